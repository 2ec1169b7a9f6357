/**
 * The console's preferences (Window > Preferences > Drover): connecting at start, migration defaults such as
 * post-copy above a size, and confirmations. {@code DroverPreferences} is the one place that reads them, with
 * their defaults, so that a preference shown on the page is one the code really consults.
 */
package drover.ui.internal.prefs;

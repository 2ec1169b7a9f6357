/**
 * Moving processes between hosts from the console: drag and drop between process views and onto the
 * Hosts view, the "Migrate to" and "Show pre-flight" menu actions, the pre-flight verdict dialog, and
 * the job that hands a migration to its source host's agent (which owns it) and watches it with progress,
 * cancels it on request and reports its outcome. Network work runs in jobs; the UI thread only shows
 * results. Not API; exported only to the test bundle.
 */
package drover.ui.internal.migration;

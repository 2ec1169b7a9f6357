/**
 * The console's views: the Hosts table and one process tree per host, plus the helper that opens
 * process views side by side. They hold no state of their own beyond widgets: the model and the
 * connections belong to the session. Not API; exported only to the test bundle.
 */
package drover.ui.internal.views;

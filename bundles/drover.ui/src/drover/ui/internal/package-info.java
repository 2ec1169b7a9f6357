/**
 * Workbench plumbing of the console: the application entry point, the workbench and window
 * advisors and the perspective layout. Not API; exported only to the test bundle.
 */
package drover.ui.internal;

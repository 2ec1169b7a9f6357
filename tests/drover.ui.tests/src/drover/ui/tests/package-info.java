/**
 * Workbench tests of the console, run by tycho-surefire inside the running Drover application
 * (UI harness, UI thread) on an X display; each test leaves a PNG screenshot under the module's
 * target/screenshots.
 */
package drover.ui.tests;

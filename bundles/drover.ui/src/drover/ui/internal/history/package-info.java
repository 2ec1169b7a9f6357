/**
 * The Migration History view: every migration, checkpoint and restore the console knows (its own
 * records and those its connected agents keep, and, polled live, the migrations they run now), with the
 * selected record's cost charts, saving records as a report file and opening their cost report.
 */
package drover.ui.internal.history;

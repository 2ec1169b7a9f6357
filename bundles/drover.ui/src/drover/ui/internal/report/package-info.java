/**
 * The report viewer: an editor that shows a report (a saved report file, or records handed over by the
 * history view) as cost charts and a table of its migrations with what their images are made of and what a
 * fork's copy does not share, and the File &gt; Open Report... command.
 */
package drover.ui.internal.report;

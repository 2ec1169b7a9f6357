/**
 * The report viewer: an editor that shows a report (a saved report file, or records handed over by the
 * history view) as cost charts and a table of its migrations, and the File &gt; Open Report... command.
 */
package drover.ui.internal.report;

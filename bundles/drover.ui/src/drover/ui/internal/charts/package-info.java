/**
 * Cost charts of migrations drawn with JFreeChart inside the workbench: datasets built from the EMF
 * model's migration records (testable without a display), the charts made from them, and
 * {@link drover.ui.internal.charts.ChartCanvas}, an SWT control that renders a chart into an image, with
 * tooltips, zoom and PNG/SVG/CSV export.
 */
package drover.ui.internal.charts;

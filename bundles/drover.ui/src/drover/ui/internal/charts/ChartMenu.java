package drover.ui.internal.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.jfree.chart.JFreeChart;

import drover.ui.internal.DroverUiPlugin;

/** A chart's context menu: reset the zoom; export as PNG, SVG or CSV (written in a job). */
final class ChartMenu {

	private final ChartCanvas canvas;

	ChartMenu(ChartCanvas canvas) {
		this.canvas = canvas;
	}

	void fill(IMenuManager menu) {
		menu.add(new Action("Reset Zoom") {
			@Override
			public void run() {
				canvas.resetZoom();
			}
		});
		menu.add(new Separator());
		for (ChartExport.Format format : ChartExport.Format.values()) {
			menu.add(new Action("Export " + format + "...") {
				@Override
				public void run() {
					export(format);
				}
			});
		}
	}

	private void export(ChartExport.Format format) {
		JFreeChart chart = canvas.getChart();
		if (chart == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setText("Export Chart as " + format);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		dialog.setFileName(fileName(chart) + "." + format.extension());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Point size = canvas.getSize();
		Path file = Path.of(chosen);
		Job job = Job.create("Exporting chart to " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				ChartExport.write(chart, format, file, Math.max(size.x, 400), Math.max(size.y, 300));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, DroverUiPlugin.PLUGIN_ID, "Cannot export the chart to " + file + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static String fileName(JFreeChart chart) {
		String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
		return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}
}

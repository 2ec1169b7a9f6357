package drover.ui.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import drover.model.Migration;

/** The console's cost charts, made from the datasets of this package, with tooltips on every data item. */
public final class CostCharts {

	private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.##");

	private CostCharts() {
	}

	/** Phases of each migration, stacked (ms). */
	public static JFreeChart phases(List<Migration> migrations) {
		JFreeChart chart = ChartFactory.createStackedBarChart("Phases", "Migration", "Milliseconds",
				PhaseDataset.of(migrations), PlotOrientation.HORIZONTAL, true, true, false);
		categoryTooltips(chart, "{0}: {2} ms");
		return chart;
	}

	/** The composition of each migration's image (MiB). */
	public static JFreeChart image(List<Migration> migrations) {
		JFreeChart chart = ChartFactory.createStackedBarChart("Image", "Migration", "MiB", ImageDataset.of(migrations),
				PlotOrientation.HORIZONTAL, true, true, false);
		categoryTooltips(chart, "{0}: {2} MiB");
		return chart;
	}

	/** Downtime against image size, with the fitted least-squares line. */
	public static JFreeChart downtime(List<Migration> migrations) {
		DowntimeDataset data = new DowntimeDataset(migrations);
		JFreeChart chart = ChartFactory.createScatterPlot("Downtime by image size", "Image (MiB)", "Downtime (ms)",
				data.dataset(), PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
		renderer.setSeriesLinesVisible(0, false);
		renderer.setSeriesShapesVisible(1, false);
		renderer.setSeriesStroke(1, new BasicStroke(1.5f));
		renderer.setSeriesPaint(1, Color.GRAY);
		renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} MiB, {2} ms", NUMBER, NUMBER));
		plot.setRenderer(renderer);
		double[] fit = data.fit();
		if (fit != null) {
			chart.addSubtitle(new org.jfree.chart.title.TextTitle(
					"downtime \u2248 " + NUMBER.format(fit[0]) + " ms + " + NUMBER.format(fit[1]) + " ms/MiB \u00d7 size"));
		}
		return chart;
	}

	/** Mean throughput per host pair (MiB/s). */
	public static JFreeChart throughput(List<Migration> migrations) {
		JFreeChart chart = ChartFactory.createBarChart("Throughput by host pair", "Hosts", "MiB/s",
				ThroughputDataset.of(migrations), PlotOrientation.VERTICAL, false, true, false);
		categoryTooltips(chart, "{1}: {2} MiB/s");
		return chart;
	}

	private static void categoryTooltips(JFreeChart chart, String format) {
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getRenderer().setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(format, NUMBER));
	}
}

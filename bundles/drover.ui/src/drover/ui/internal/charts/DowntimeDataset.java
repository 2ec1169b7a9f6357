package drover.ui.internal.charts;

import java.util.List;

import org.jfree.data.statistics.Regression;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import drover.model.Migration;
import drover.model.MigrationPhase;

/**
 * Downtime (ms) against image size (MiB) across finished migrations, with the least-squares line
 * fitted through them ({@link Regression#getOLSRegression}) once there are two different sizes.
 * Series 0 holds the migrations (item i is the i-th migration with an image), series 1 the fitted
 * line's two end points.
 */
public final class DowntimeDataset {

	public static final String MIGRATIONS = "Migrations";
	public static final String FIT = "Least-squares fit";

	private final XYSeriesCollection dataset = new XYSeriesCollection();
	private final double[] fit;

	public DowntimeDataset(List<Migration> migrations) {
		XYSeries points = new XYSeries(MIGRATIONS, false, true);
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (Migration m : migrations) {
			if (m.getImage() != null && m.getPhase() == MigrationPhase.DONE) {
				double x = Units.mib(m.getImage().getTotalSize());
				points.add(x, m.getDowntimeMillis());
				min = Math.min(min, x);
				max = Math.max(max, x);
			}
		}
		dataset.addSeries(points);
		if (points.getItemCount() >= 2 && max > min) {
			fit = Regression.getOLSRegression(dataset, 0);
			XYSeries line = new XYSeries(FIT, false, true);
			line.add(min, fit[0] + fit[1] * min);
			line.add(max, fit[0] + fit[1] * max);
			dataset.addSeries(line);
		} else {
			fit = null;
		}
	}

	public XYSeriesCollection dataset() {
		return dataset;
	}

	/** The fitted line's intercept (ms) and slope (ms per MiB), or null with fewer than two sizes. */
	public double[] fit() {
		return fit == null ? null : fit.clone();
	}
}

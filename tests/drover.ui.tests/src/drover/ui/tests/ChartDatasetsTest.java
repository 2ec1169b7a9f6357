package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.Regression;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import drover.model.Cluster;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.PhaseCost;
import drover.ui.internal.charts.DowntimeDataset;
import drover.ui.internal.charts.ImageDataset;
import drover.ui.internal.charts.PhaseDataset;
import drover.ui.internal.charts.ThroughputDataset;
import drover.ui.internal.charts.Units;

/** The charts' datasets hold exactly the migration records they were built from (no display needed). */
class ChartDatasetsTest {

	private final Cluster cluster = CostRecords.cluster();
	private final List<Migration> migrations = cluster.getMigrations();

	@Test
	void phaseSeriesAreThePhaseDurations() {
		CategoryDataset data = PhaseDataset.of(migrations);
		assertEquals(migrations.size(), data.getColumnCount());
		assertEquals(CostRecords.PHASES.length, data.getRowCount(), "one series per phase any migration went through");
		for (Migration m : migrations) {
			for (MigrationPhase phase : MigrationPhase.VALUES) {
				long expected = m.getPhaseCosts().stream().filter(c -> c.getPhase() == phase).mapToLong(PhaseCost::getDurationMillis)
						.sum();
				if (data.getRowIndex(phase.getName()) >= 0) {
					assertEquals(expected, data.getValue(phase.getName(), m.getId()).longValue(), m.getId() + " " + phase);
				} else {
					assertEquals(0, expected, phase + " has a duration but no series");
				}
			}
		}
	}

	@Test
	void imageSeriesAreMemoryPagesAndTheRest() {
		CategoryDataset data = ImageDataset.of(migrations);
		List<Migration> imaged = migrations.stream().filter(m -> m.getImage() != null).toList();
		assertEquals(4, imaged.size());
		assertEquals(imaged.size(), data.getColumnCount());
		for (Migration m : imaged) {
			assertEquals(Units.mib(m.getImage().getMemoryPagesSize()), data.getValue(ImageDataset.MEMORY_PAGES, m.getId()).doubleValue());
			assertEquals(Units.mib(m.getImage().getOtherSize()), data.getValue(ImageDataset.OTHER, m.getId()).doubleValue());
		}
	}

	@Test
	void downtimePointsAndTheFittedLine() {
		DowntimeDataset downtime = new DowntimeDataset(migrations);
		XYDataset data = downtime.dataset();
		List<Migration> done = migrations.stream().filter(m -> m.getPhase() == MigrationPhase.DONE).toList();
		assertEquals(done.size(), data.getItemCount(0));
		double[][] points = new double[done.size()][];
		for (int i = 0; i < done.size(); i++) {
			Migration m = done.get(i);
			points[i] = new double[] { Units.mib(m.getImage().getTotalSize()), m.getDowntimeMillis() };
			assertEquals(points[i][0], data.getXValue(0, i), m.getId());
			assertEquals(points[i][1], data.getYValue(0, i), m.getId());
		}
		double[] expected = Regression.getOLSRegression(points);
		assertArrayEquals(expected, downtime.fit(), 1e-9);
		// and by hand, so the chart's line is the least-squares line of these records
		double n = points.length, sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (double[] p : points) {
			sx += p[0];
			sy += p[1];
			sxx += p[0] * p[0];
			sxy += p[0] * p[1];
		}
		double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
		assertArrayEquals(new double[] { (sy - slope * sx) / n, slope }, downtime.fit(), 1e-6);
		double minX = Math.min(Math.min(points[0][0], points[1][0]), Math.min(points[2][0], points[3][0]));
		assertEquals(expected[0] + expected[1] * minX, data.getYValue(1, 0), 1e-9, "fitted line starts at the smallest image");
	}

	@Test
	void noLineThroughASinglePoint() {
		assertNull(new DowntimeDataset(migrations.subList(0, 1)).fit());
	}

	@Test
	void throughputIsTheMeanPerHostPair() {
		CategoryDataset data = ThroughputDataset.of(migrations);
		assertEquals(List.of("node-a \u2192 node-b", "node-b \u2192 node-c", "node-c \u2192 node-a"), data.getColumnKeys());
		assertEquals(Units.mibPerSecond((40e6 + 60e6) / 2), data.getValue(ThroughputDataset.SERIES, "node-a \u2192 node-b").doubleValue(),
				1e-9);
		assertEquals(Units.mibPerSecond(90e6), data.getValue(ThroughputDataset.SERIES, "node-b \u2192 node-c").doubleValue(), 1e-9);
	}
}

package drover.ui.internal.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.data.category.DefaultCategoryDataset;

import drover.model.Migration;
import drover.model.MigrationPhase;

/**
 * Mean transfer throughput (MiB/s) per host pair ("source → target"), over the finished migrations
 * that moved bytes; pairs in the order they first appear.
 */
public final class ThroughputDataset {

	public static final String SERIES = "Throughput";

	private ThroughputDataset() {
	}

	public static String pair(Migration m) {
		return m.getSourceHost() + " \u2192 " + m.getTargetHost();
	}

	public static DefaultCategoryDataset of(List<Migration> migrations) {
		Map<String, double[]> sums = new LinkedHashMap<>(); // pair -> {sum, count}
		for (Migration m : migrations) {
			if (m.getPhase() == MigrationPhase.DONE && m.getThroughput() > 0) {
				double[] sum = sums.computeIfAbsent(pair(m), k -> new double[2]);
				sum[0] += Units.mibPerSecond(m.getThroughput());
				sum[1]++;
			}
		}
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		sums.forEach((pair, sum) -> dataset.addValue(sum[0] / sum[1], SERIES, pair));
		return dataset;
	}
}

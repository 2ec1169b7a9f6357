package drover.ui.internal.report;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import drover.core.evacuation.Sizes;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;

/**
 * What an evacuation's summary report says: the counts (moved, failed with reasons, left), the per-tree rows of
 * predicted against actual, and the chart of them (seconds of downtime and of the whole migration, per tree).
 */
public final class EvacuationSummary {

	public static final String PREDICTED_DOWNTIME = "predicted downtime";
	public static final String ACTUAL_DOWNTIME = "actual downtime";
	public static final String PREDICTED_TOTAL = "predicted total";
	public static final String ACTUAL_TOTAL = "actual total";

	private EvacuationSummary() {
	}

	/** The text above the table. */
	public static String text(EvacuationRecord r) {
		StringBuilder b = new StringBuilder();
		long failed = count(r, StepOutcome.FAILED);
		long left = count(r, StepOutcome.LEFT) + count(r, StepOutcome.PENDING) + count(r, StepOutcome.CANCELLED);
		b.append(String.format(Locale.ROOT, "%s: %s. %d moved, %d failed, %d left, %d checkpointed, %d stopped, of %d tree(s).",
				r.id, r.state, r.moved(), failed, left, count(r, StepOutcome.CHECKPOINTED), count(r, StepOutcome.STOPPED),
				r.results.size()));
		if (r.restoreOf != null) {
			b.append(" Returns what ").append(r.restoreOf).append(" moved.");
		}
		if (r.cause != null) {
			b.append('\n').append(r.cause);
		}
		for (Result x : r.results) {
			if (x.outcome == StepOutcome.FAILED) {
				b.append("\nPID ").append(x.pid).append(" (").append(x.command).append(") failed: ").append(x.cause);
			}
		}
		for (String d : r.planDiff) {
			b.append("\nSince the plan shown: ").append(d);
		}
		for (String w : r.warnings) {
			b.append("\nWarning: ").append(w);
		}
		return b.toString();
	}

	private static long count(EvacuationRecord r, StepOutcome o) {
		return r.results.stream().filter(x -> x.outcome == o).count();
	}

	/** One row of the table: the tree and its predicted against actual cost. */
	public static String[] row(Result x) {
		boolean ran = x.outcome == StepOutcome.MOVED || x.outcome == StepOutcome.FAILED || x.outcome == StepOutcome.CHECKPOINTED;
		return new String[] { x.pid + " " + (x.command == null ? "" : x.command), String.valueOf(x.action),
				x.target != null
						? x.target
								+ (x.plannedTarget != null && !x.plannedTarget.equals(x.target) ? " (planned " + x.plannedTarget + ")" : "")
						: "\u2014",
				String.valueOf(x.outcome), x.predicted == null ? "\u2014" : Sizes.millis(x.predicted.downtimeMillis()),
				ran ? Sizes.millis(x.actualDowntimeMillis) : "\u2014",
				x.predicted == null ? "\u2014" : Sizes.millis(x.predicted.totalMillis()),
				ran ? Sizes.millis(x.actualTotalMillis) : "\u2014", x.predicted == null ? "\u2014" : Sizes.human(x.predicted.imageBytes()),
				ran ? Sizes.human(x.actualImageBytes) : "\u2014", x.cause == null ? "" : x.cause };
	}

	public static final List<String> COLUMNS = List.of("Process", "Action", "Target", "Outcome", "Predicted downtime", "Actual downtime",
			"Predicted total", "Actual total", "Predicted size", "Actual size", "Cause");

	/** The trees that ran, as category data: predicted and actual seconds, downtime and total. */
	public static DefaultCategoryDataset dataset(EvacuationRecord r) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Result x : r.results) {
			if (x.predicted == null || !(x.outcome == StepOutcome.MOVED || x.outcome == StepOutcome.FAILED)) {
				continue;
			}
			String key = "PID " + x.pid;
			data.addValue(x.predicted.downtimeMillis() / 1000.0, PREDICTED_DOWNTIME, key);
			data.addValue(x.actualDowntimeMillis / 1000.0, ACTUAL_DOWNTIME, key);
			data.addValue(x.predicted.totalMillis() / 1000.0, PREDICTED_TOTAL, key);
			data.addValue(x.actualTotalMillis / 1000.0, ACTUAL_TOTAL, key);
		}
		return data;
	}

	public static JFreeChart chart(EvacuationRecord r) {
		JFreeChart chart = ChartFactory.createBarChart("Predicted against actual", "Process tree", "Seconds", dataset(r),
				PlotOrientation.VERTICAL, true, true, false);
		chart.getCategoryPlot().getRenderer().setDefaultToolTipGenerator(
				new StandardCategoryToolTipGenerator("{1}, {0}: {2} s", new java.text.DecimalFormat("#,##0.###")));
		return chart;
	}
}

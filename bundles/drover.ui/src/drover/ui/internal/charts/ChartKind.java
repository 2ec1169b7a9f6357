package drover.ui.internal.charts;

import java.util.List;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;

import drover.model.Migration;

/** The cost charts the console draws, each made from a list of migration records. */
public enum ChartKind {
	PHASES(CostCharts::phases), IMAGE(CostCharts::image), DOWNTIME(CostCharts::downtime), THROUGHPUT(CostCharts::throughput);

	/** One migration's costs. */
	public static final List<ChartKind> ONE = List.of(PHASES, IMAGE);
	/** Costs across migrations. */
	public static final List<ChartKind> ALL = List.of(values());

	private final Function<List<Migration>, JFreeChart> factory;

	ChartKind(Function<List<Migration>, JFreeChart> factory) {
		this.factory = factory;
	}

	public JFreeChart create(List<Migration> migrations) {
		return factory.apply(migrations);
	}
}

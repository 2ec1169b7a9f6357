package drover.ui.internal.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A chart's data as CSV. Category data: a header {@code category,<series>...} and one row per category
 * (for the cost charts: one per migration or host pair). XY data: {@code series,x,y}, one row per item.
 */
public final class DatasetCsv {

	private DatasetCsv() {
	}

	public static void write(JFreeChart chart, Path file) throws IOException {
		Files.write(file, lines(chart), StandardCharsets.UTF_8);
	}

	public static List<String> lines(JFreeChart chart) {
		Plot plot = chart.getPlot();
		if (plot instanceof CategoryPlot category) {
			return lines(category.getDataset());
		}
		if (plot instanceof XYPlot xy) {
			return lines(xy.getDataset());
		}
		throw new IllegalArgumentException("no CSV for a " + plot.getPlotType());
	}

	public static List<String> lines(CategoryDataset data) {
		List<String> lines = new ArrayList<>();
		StringBuilder header = new StringBuilder("category");
		for (Object series : data.getRowKeys()) {
			header.append(',').append(field(series));
		}
		lines.add(header.toString());
		for (int column = 0; column < data.getColumnCount(); column++) {
			StringBuilder row = new StringBuilder(field(data.getColumnKey(column)));
			for (int series = 0; series < data.getRowCount(); series++) {
				Number value = data.getValue(series, column);
				row.append(',').append(value == null ? "" : value.toString());
			}
			lines.add(row.toString());
		}
		return lines;
	}

	public static List<String> lines(XYDataset data) {
		List<String> lines = new ArrayList<>();
		lines.add("series,x,y");
		for (int series = 0; series < data.getSeriesCount(); series++) {
			for (int item = 0; item < data.getItemCount(series); item++) {
				lines.add(field(data.getSeriesKey(series)) + "," + data.getXValue(series, item) + "," + data.getYValue(series, item));
			}
		}
		return lines;
	}

	private static String field(Object value) {
		String text = String.valueOf(value);
		if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}

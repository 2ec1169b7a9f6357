package drover.ui.internal.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart to a file: PNG (JFreeChart), SVG (JFreeSVG) or the CSV of its dataset ({@link DatasetCsv}). */
public final class ChartExport {

	/** The formats offered, by file extension. */
	public enum Format {
		PNG, SVG, CSV;

		public String extension() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private ChartExport() {
	}

	public static void write(JFreeChart chart, Format format, Path file, int width, int height) throws IOException {
		switch (format) {
		case PNG -> png(chart, file, width, height);
		case SVG -> svg(chart, file, width, height);
		case CSV -> DatasetCsv.write(chart, file);
		}
	}

	public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			ChartUtils.writeChartAsPNG(out, chart, width, height);
		}
	}

	public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
	}
}

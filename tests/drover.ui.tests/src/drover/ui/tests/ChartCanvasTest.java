package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.ui.internal.charts.ChartCanvas;
import drover.ui.internal.charts.ChartExport;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.charts.PhaseDataset;
import drover.ui.internal.charts.Units;

/**
 * The SWT chart control draws a chart at its own size, shows data-item tooltips, zooms, and exports PNG,
 * SVG and CSV files whose CSV rows are the records the chart was made from.
 */
class ChartCanvasTest {

	private final List<Migration> migrations = CostRecords.cluster().getMigrations();
	private Shell shell;
	private ChartCanvas canvas;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		canvas = new ChartCanvas(shell, SWT.NONE);
		shell.setSize(700, 450);
		shell.open();
		Ui.drain();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void drawsAtTheRequestedSizeAndAgainWhenResized() throws Exception {
		canvas.setChart(ChartKind.PHASES.create(migrations));
		canvas.setSize(640, 400);
		Rectangle bounds = canvas.getImage().getBounds();
		assertEquals(640, bounds.width);
		assertEquals(400, bounds.height);
		canvas.setSize(500, 300);
		assertEquals(new Rectangle(0, 0, 500, 300), canvas.getImage().getBounds(), "not drawn again after a resize");
		Screenshots.save(shell, "ChartCanvasTest.phases");
	}

	@Test
	void tooltipsNameTheDataItemUnderThePointer() {
		canvas.setChart(ChartKind.DOWNTIME.create(migrations));
		canvas.setSize(640, 400);
		canvas.getImage();
		List<String> tips = new ArrayList<>();
		for (Object o : canvas.getRenderingInfo().getEntityCollection().getEntities()) {
			if (o instanceof XYItemEntity item && item.getSeriesIndex() == 0) {
				Rectangle2D area = item.getArea().getBounds2D();
				tips.add(canvas.toolTipAt((int) area.getCenterX(), (int) area.getCenterY()));
			}
		}
		assertEquals(4, tips.size(), "one entity per finished migration: " + tips);
		assertTrue(tips.stream().allMatch(t -> t != null && t.contains("MiB") && t.contains("ms")), tips.toString());
	}

	@Test
	void zoomsIntoADraggedRectangleAndBack() {
		JFreeChart chart = ChartKind.DOWNTIME.create(migrations);
		canvas.setChart(chart);
		canvas.setSize(640, 400);
		canvas.getImage();
		Range before = chart.getXYPlot().getDomainAxis().getRange();
		Rectangle2D data = canvas.getRenderingInfo().getPlotInfo().getDataArea();
		canvas.zoomTo(new Rectangle((int) data.getX(), (int) data.getY(), (int) data.getWidth() / 2, (int) data.getHeight() / 2));
		Range zoomed = chart.getXYPlot().getDomainAxis().getRange();
		assertTrue(zoomed.getLength() < before.getLength() * 0.6, before + " -> " + zoomed);
		canvas.getImage();
		canvas.resetZoom();
		assertNotEquals(zoomed, chart.getXYPlot().getDomainAxis().getRange());
	}

	@Test
	void exportsPngSvgAndCsvOfTheRecords(@TempDir Path dir) throws Exception {
		JFreeChart phases = ChartKind.PHASES.create(migrations);
		for (ChartExport.Format format : ChartExport.Format.values()) {
			Path file = dir.resolve("phases." + format.extension());
			ChartExport.write(phases, format, file, 800, 500);
			assertTrue(Files.size(file) > 0, "empty " + file);
		}
		byte[] png = Files.readAllBytes(dir.resolve("phases.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
		assertTrue(Files.readString(dir.resolve("phases.svg")).contains("<svg"), "not an SVG");

		List<String> csv = Files.readAllLines(dir.resolve("phases.csv"));
		List<MigrationPhase> columns = new ArrayList<>();
		String[] header = csv.get(0).split(",");
		assertEquals("category", header[0]);
		for (int i = 1; i < header.length; i++) {
			columns.add(MigrationPhase.get(header[i]));
		}
		assertEquals(migrations.size() + 1, csv.size());
		for (int row = 0; row < migrations.size(); row++) {
			Migration m = migrations.get(row);
			String[] cells = csv.get(row + 1).split(",");
			assertEquals(m.getId(), cells[0]);
			for (int i = 0; i < columns.size(); i++) {
				assertEquals(PhaseDataset.millis(m, columns.get(i)), Double.parseDouble(cells[i + 1]), m.getId() + " " + columns.get(i));
			}
		}

		Path downtime = dir.resolve("downtime.csv");
		ChartExport.write(ChartKind.DOWNTIME.create(migrations), ChartExport.Format.CSV, downtime, 800, 500);
		List<String> points = Files.readAllLines(downtime).stream().filter(l -> l.startsWith("Migrations,")).toList();
		List<String> expected = migrations.stream().filter(m -> m.getImage() != null && m.getPhase() == MigrationPhase.DONE)
				.map(m -> "Migrations," + Units.mib(m.getImage().getTotalSize()) + "," + (double) m.getDowntimeMillis()).toList();
		assertEquals(expected, points);
		assertNotNull(canvas);
	}
}

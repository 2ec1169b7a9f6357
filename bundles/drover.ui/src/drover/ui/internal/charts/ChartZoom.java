package drover.ui.internal.charts;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.Zoomable;

/**
 * Zooming a {@link ChartCanvas} the way JFreeChart's own ChartPanel does: a rectangle dragged with the
 * left button over the data area zooms into it, the wheel zooms in or out around the pointer, and
 * {@link #reset()} returns to the automatic bounds. Works on plots that are {@link Zoomable} (the scatter
 * plot on both axes, the bar charts on their value axis).
 */
final class ChartZoom {

	private static final int MIN_DRAG = 5;
	private static final double WHEEL_FACTOR = 0.8;

	private final ChartCanvas canvas;
	private org.eclipse.swt.graphics.Point start;
	private Rectangle selection;

	ChartZoom(ChartCanvas canvas) {
		this.canvas = canvas;
	}

	void install() {
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && dataArea() != null && dataArea().contains(e.x, e.y)) {
				start = new org.eclipse.swt.graphics.Point(e.x, e.y);
			}
		});
		canvas.addListener(SWT.MouseMove, e -> {
			if (start != null) {
				selection = new Rectangle(Math.min(start.x, e.x), Math.min(start.y, e.y), Math.abs(e.x - start.x),
						Math.abs(e.y - start.y));
				canvas.redraw();
			}
		});
		canvas.addListener(SWT.MouseUp, e -> {
			Rectangle done = selection;
			start = null;
			selection = null;
			if (done != null && done.width >= MIN_DRAG && done.height >= MIN_DRAG) {
				zoomTo(new Rectangle2D.Double(done.x, done.y, done.width, done.height));
			}
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
	}

	boolean dragging() {
		return start != null;
	}

	Rectangle selection() {
		return selection;
	}

	/** Back to the automatic axis ranges. */
	void reset() {
		Zoomable zoomable = zoomable();
		PlotRenderingInfo plotInfo = canvas.getRenderingInfo().getPlotInfo();
		if (zoomable != null) {
			Point2D centre = new Point2D.Double(plotInfo.getDataArea().getCenterX(), plotInfo.getDataArea().getCenterY());
			if (zoomable.isDomainZoomable()) {
				zoomable.zoomDomainAxes(0.0, plotInfo, centre);
			}
			if (zoomable.isRangeZoomable()) {
				zoomable.zoomRangeAxes(0.0, plotInfo, centre);
			}
		}
	}

	/** Zooms into a rectangle given in the canvas's coordinates. */
	void zoomTo(Rectangle2D selected) {
		Zoomable zoomable = zoomable();
		Rectangle2D area = dataArea();
		if (zoomable == null || area == null || area.isEmpty()) {
			return;
		}
		Rectangle2D s = selected.createIntersection(area);
		double hLower = (s.getMinX() - area.getMinX()) / area.getWidth();
		double hUpper = (s.getMaxX() - area.getMinX()) / area.getWidth();
		double vLower = (area.getMaxY() - s.getMaxY()) / area.getHeight();
		double vUpper = (area.getMaxY() - s.getMinY()) / area.getHeight();
		PlotRenderingInfo plotInfo = canvas.getRenderingInfo().getPlotInfo();
		Point2D anchor = new Point2D.Double(s.getCenterX(), s.getCenterY());
		Plot plot = (Plot) zoomable;
		boolean notify = plot.isNotify();
		plot.setNotify(false); // one redraw for both axes
		boolean horizontal = zoomable.getOrientation() == PlotOrientation.HORIZONTAL;
		if (zoomable.isDomainZoomable()) {
			zoomable.zoomDomainAxes(horizontal ? vLower : hLower, horizontal ? vUpper : hUpper, plotInfo, anchor);
		}
		if (zoomable.isRangeZoomable()) {
			zoomable.zoomRangeAxes(horizontal ? hLower : vLower, horizontal ? hUpper : vUpper, plotInfo, anchor);
		}
		plot.setNotify(notify);
	}

	private void wheel(Event e) {
		Zoomable zoomable = zoomable();
		Rectangle2D area = dataArea();
		if (zoomable == null || area == null || !area.contains(e.x, e.y) || e.count == 0) {
			return;
		}
		double factor = e.count > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR;
		PlotRenderingInfo plotInfo = canvas.getRenderingInfo().getPlotInfo();
		Point2D anchor = new Point2D.Double(e.x, e.y);
		Plot plot = (Plot) zoomable;
		boolean notify = plot.isNotify();
		plot.setNotify(false);
		if (zoomable.isDomainZoomable()) {
			zoomable.zoomDomainAxes(factor, plotInfo, anchor, true);
		}
		if (zoomable.isRangeZoomable()) {
			zoomable.zoomRangeAxes(factor, plotInfo, anchor, true);
		}
		plot.setNotify(notify);
	}

	private Zoomable zoomable() {
		JFreeChart chart = canvas.getChart();
		return chart != null && chart.getPlot() instanceof Zoomable z ? z : null;
	}

	private Rectangle2D dataArea() {
		PlotRenderingInfo plotInfo = canvas.getRenderingInfo().getPlotInfo();
		return plotInfo == null ? null : plotInfo.getDataArea();
	}
}

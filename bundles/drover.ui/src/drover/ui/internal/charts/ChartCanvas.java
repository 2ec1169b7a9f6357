package drover.ui.internal.charts;

import java.awt.image.BufferedImage;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.event.ChartChangeListener;

/**
 * Shows a {@link JFreeChart} in SWT: the chart is drawn by JFreeChart into an AWT image of the control's
 * size, converted and painted; it is drawn again when the control is resized or the chart changes.
 * Hovering a data item shows its tooltip (from the drawing's entity collection); dragging a rectangle
 * zooms into it, the mouse wheel zooms around the pointer; the context menu resets the zoom and exports
 * the chart as PNG, SVG or CSV ({@link ChartMenu}).
 */
public class ChartCanvas extends Canvas {

	private final ChartChangeListener changed = e -> invalidate();
	private final ChartZoom zoom = new ChartZoom(this);
	private JFreeChart chart;
	private ChartRenderingInfo info = new ChartRenderingInfo();
	private Image image;

	public ChartCanvas(Composite parent, int style) {
		super(parent, style | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> invalidate());
		addListener(SWT.MouseMove, e -> {
			if (!zoom.dragging()) {
				setToolTipText(toolTipAt(e.x, e.y));
			}
		});
		zoom.install();
		MenuManager menu = new MenuManager();
		new ChartMenu(this).fill(menu);
		setMenu(menu.createContextMenu(this));
		addListener(SWT.Dispose, e -> {
			setChart(null);
			disposeImage();
		});
	}

	/** Shows another chart (null: nothing). */
	public void setChart(JFreeChart chart) {
		checkWidget();
		if (this.chart != null) {
			this.chart.removeChangeListener(changed);
		}
		this.chart = chart;
		if (chart != null) {
			chart.addChangeListener(changed);
		}
		invalidate();
	}

	public JFreeChart getChart() {
		return chart;
	}

	/** Where the last drawing put its plot and data items (for tooltips and zoom). */
	public ChartRenderingInfo getRenderingInfo() {
		return info;
	}

	/** Zooms into a rectangle of this control (as a mouse drag does). */
	public void zoomTo(Rectangle area) {
		zoom.zoomTo(new java.awt.geom.Rectangle2D.Double(area.x, area.y, area.width, area.height));
	}

	/** Back to the automatic axis ranges. */
	public void resetZoom() {
		zoom.reset();
	}

	/** The tooltip of the data item drawn at (x, y), or null. */
	public String toolTipAt(int x, int y) {
		ChartEntity entity = info.getEntityCollection() == null ? null : info.getEntityCollection().getEntity(x, y);
		return entity == null ? null : entity.getToolTipText();
	}

	/** The chart as drawn now, drawing it first if it is out of date; null without a chart or size. */
	public Image getImage() {
		checkWidget();
		Point size = getSize();
		if (image == null && chart != null && size.x > 0 && size.y > 0) {
			info = new ChartRenderingInfo();
			BufferedImage drawn = chart.createBufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB, info);
			image = new Image(getDisplay(), AwtImages.toImageData(drawn));
		}
		return image;
	}

	private void invalidate() {
		if (!isDisposed()) {
			disposeImage();
			redraw();
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Image current = getImage();
		if (current == null) {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(getClientArea());
			return;
		}
		gc.drawImage(current, 0, 0);
		Rectangle selection = zoom.selection();
		if (selection != null) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle(selection);
		}
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}

package drover.ui.internal.images;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import drover.protocol.ImageInfo;

/**
 * A process's (or a schedule's) checkpoints on a time axis, oldest on the left: one bar per image, filled as high as
 * the image is large on disk against the largest of the series, its uncompressed size as an outline, its time below
 * and both sizes above ("66 KB / 410 KB"). Click a bar (or use the arrow keys) to select it; the view's menu restores
 * the selected one. Drawn with SWT alone: a handful of bars needs no chart library, and the bars stay clickable.
 */
public final class CheckpointTimeline {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
	private static final int MARGIN = 60;
	private static final int BAR = 14;

	private final Canvas canvas;
	private final List<Consumer<ImageInfo>> listeners = new ArrayList<>();
	private List<ImageInfo> images = List.of();
	private String title = "Select an image or a schedule to see its checkpoints in time.";
	private ImageInfo selected;

	public CheckpointTimeline(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			int i = at(e.x);
			if (i >= 0) {
				select(images.get(i));
			}
		});
		canvas.addListener(SWT.MouseHover, e -> {
			int i = at(e.x);
			canvas.setToolTipText(i < 0 ? null : tip(images.get(i)));
		});
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
	}

	public Canvas getControl() {
		return canvas;
	}

	/** Shows another series (oldest first); the selection stays if its image is still in it. */
	public void setSeries(String title, List<ImageInfo> series) {
		this.title = title;
		this.images = List.copyOf(series);
		String keep = selected == null ? null : selected.name();
		selected = images.stream().filter(i -> i.name().equals(keep)).findFirst().orElse(null);
		canvas.redraw();
	}

	/** The checkpoints shown, oldest first. */
	public List<ImageInfo> getImages() {
		return images;
	}

	public String getTitle() {
		return title;
	}

	public ImageInfo getSelection() {
		return selected;
	}

	public void select(ImageInfo image) {
		selected = image;
		canvas.redraw();
		listeners.forEach(l -> l.accept(image));
	}

	public void addSelectionListener(Consumer<ImageInfo> listener) {
		listeners.add(listener);
	}

	private void key(Event e) {
		if (images.isEmpty() || (e.keyCode != SWT.ARROW_LEFT && e.keyCode != SWT.ARROW_RIGHT)) {
			return;
		}
		int i = selected == null ? -1 : images.indexOf(selected);
		i = e.keyCode == SWT.ARROW_LEFT ? Math.max(0, i - 1) : Math.min(images.size() - 1, i + 1);
		select(images.get(i));
	}

	private static String tip(ImageInfo image) {
		return image.name() + "\n" + Instant.ofEpochMilli(image.createdAt()) + "\n" + ImageColumn.size(image.storedSize())
				+ " on disk, " + ImageColumn.size(image.totalSize()) + " uncompressed\nPID " + image.pid() + "  " + image.command();
	}

	/** The x of each bar's centre: by time, but never closer than a bar's width to the one before. */
	private int[] xs(int width) {
		int n = images.size();
		int[] xs = new int[n];
		if (n == 0) {
			return xs;
		}
		long first = images.get(0).createdAt();
		long span = Math.max(1, images.get(n - 1).createdAt() - first);
		int usable = Math.max(1, width - 2 * MARGIN);
		for (int i = 0; i < n; i++) {
			xs[i] = n == 1 ? width / 2 : MARGIN + (int) ((images.get(i).createdAt() - first) * usable / span);
			if (i > 0 && xs[i] < xs[i - 1] + BAR + 2) {
				xs[i] = xs[i - 1] + BAR + 2;
			}
		}
		return xs;
	}

	private int at(int x) {
		int[] xs = xs(canvas.getClientArea().width);
		for (int i = 0; i < xs.length; i++) {
			if (Math.abs(x - xs[i]) <= BAR / 2 + 2) {
				return i;
			}
		}
		return -1;
	}

	/** A label's x, moved in so that it is not cut at either edge. */
	private static int within(int x, int width, int areaWidth) {
		return Math.max(2, Math.min(x, areaWidth - width - 2));
	}

	private void paint(GC gc) {
		Display display = canvas.getDisplay();
		Rectangle area = canvas.getClientArea();
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(title, 6, 4, true);
		int lineHeight = gc.getFontMetrics().getHeight();
		int axis = area.height - 2 * lineHeight - 6;
		int top = 2 * lineHeight + 10;
		if (images.isEmpty() || axis - top < 10) {
			return;
		}
		gc.drawLine(MARGIN / 2, axis, area.width - MARGIN / 2, axis);
		long largest = images.stream().mapToLong(ImageInfo::totalSize).max().orElse(1);
		int[] xs = xs(area.width);
		Color bar = display.getSystemColor(SWT.COLOR_DARK_CYAN);
		Color chosen = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		int lastLabel = Integer.MIN_VALUE;
		for (int i = 0; i < images.size(); i++) {
			ImageInfo image = images.get(i);
			int full = Math.max(2, (int) ((axis - top) * image.totalSize() / Math.max(1, largest)));
			int stored = Math.max(2, (int) ((axis - top) * image.storedSize() / Math.max(1, largest)));
			int left = xs[i] - BAR / 2;
			gc.setBackground(image == selected ? chosen : bar);
			gc.fillRectangle(left, axis - stored, BAR, stored);
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(left, axis - full, BAR, full);
			String time = TIME.format(Instant.ofEpochMilli(image.createdAt()));
			Point extent = gc.textExtent(time);
			// labels only where they fit: a dense series would otherwise be unreadable; the tooltip has them all
			String size = ImageColumn.size(image.storedSize()) + " / " + ImageColumn.size(image.totalSize());
			int sizeX = within(xs[i] - gc.textExtent(size).x / 2, gc.textExtent(size).x, area.width);
			if (image == selected || Math.min(xs[i] - extent.x / 2, sizeX) > lastLabel + 4) {
				gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
				gc.drawText(time, within(xs[i] - extent.x / 2, extent.x, area.width), axis + 3, true);
				gc.drawText(size, sizeX, axis - full - lineHeight - 1, true);
				lastLabel = Math.max(xs[i] + extent.x / 2, sizeX + gc.textExtent(size).x);
			}
		}
	}
}

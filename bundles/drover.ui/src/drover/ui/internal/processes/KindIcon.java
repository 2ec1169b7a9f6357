package drover.ui.internal.processes;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * A 16x16 icon for a {@link RowKind}, drawn at run time so the repository holds no icon files: a
 * small window for a process, a coloured rounded badge with a letter for a resource. Drawn at the
 * zoom asked for, so it stays sharp on HiDPI screens.
 */
final class KindIcon extends ImageDescriptor {

	private static final int SIZE = 16;

	private final RowKind kind;

	KindIcon(RowKind kind) {
		this.kind = kind;
	}

	@Override
	public ImageData getImageData(int zoom) {
		int size = Math.max(SIZE, SIZE * zoom / 100);
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		// SWT's GC cannot draw onto a transparent image everywhere; drawing the same icon on black and
		// on white tells each pixel's coverage (alpha) apart from its colour, anti-aliased edges too
		ImageData onBlack = draw(display, size, SWT.COLOR_BLACK);
		ImageData onWhite = draw(display, size, SWT.COLOR_WHITE);
		ImageData result = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		result.alphaData = new byte[size * size];
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				RGB b = onBlack.palette.getRGB(onBlack.getPixel(x, y));
				RGB w = onWhite.palette.getRGB(onWhite.getPixel(x, y));
				int coverage = 255 - ((w.red - b.red) + (w.green - b.green) + (w.blue - b.blue)) / 3;
				coverage = Math.clamp(coverage, 0, 255);
				result.alphaData[y * size + x] = (byte) coverage;
				if (coverage > 0) {
					result.setPixel(x, y, result.palette.getPixel(new RGB(unblend(b.red, coverage),
							unblend(b.green, coverage), unblend(b.blue, coverage))));
				}
			}
		}
		return result;
	}

	private static int unblend(int onBlack, int coverage) {
		return Math.min(255, onBlack * 255 / coverage);
	}

	private ImageData draw(Display display, int size, int background) {
		Image image = new Image(display, size, size);
		GC gc = new GC(image);
		Color colour = new Color(display, kind.colour);
		try {
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(background));
			gc.fillRectangle(0, 0, size, size);
			float unit = size / (float) SIZE;
			if (kind == RowKind.PROCESS) {
				drawProcess(gc, display, colour, unit);
			} else {
				drawBadge(gc, display, colour, size, unit);
			}
		} finally {
			gc.dispose();
			colour.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	/** A program window: a title bar in the kind's colour over a light body with a prompt. */
	private static void drawProcess(GC gc, Display display, Color colour, float unit) {
		int x = round(1, unit);
		int y = round(2, unit);
		int w = round(14, unit);
		int h = round(12, unit);
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(x, y, w, h);
		gc.setBackground(colour);
		gc.fillRectangle(x, y, w, round(4, unit));
		gc.setForeground(colour);
		gc.setLineWidth(Math.max(1, round(1, unit)));
		gc.drawRectangle(x, y, w - 1, h - 1);
		// the prompt ">_" says "a running program" better than a plain window
		gc.drawPolyline(new int[] { round(4, unit), round(8, unit), round(6, unit), round(10, unit), round(4, unit),
				round(12, unit) });
		gc.drawLine(round(8, unit), round(12, unit), round(11, unit), round(12, unit));
	}

	/** A rounded square in the kind's colour with its letter in white. */
	private void drawBadge(GC gc, Display display, Color colour, int size, float unit) {
		gc.setBackground(colour);
		int inset = round(1, unit);
		gc.fillRoundRectangle(inset, inset, size - 2 * inset, size - 2 * inset, round(6, unit), round(6, unit));
		FontData data = display.getSystemFont().getFontData()[0];
		Font font = null;
		try {
			// the largest bold font whose letter fits the badge: point sizes map to pixels by screen DPI
			for (int height = 14; height >= 5; height--) {
				if (font != null) {
					font.dispose();
				}
				font = new Font(display, data.getName(), height, SWT.BOLD);
				gc.setFont(font);
				Point extent = gc.textExtent(kind.letter);
				if (extent.y <= size - round(2, unit) && extent.x <= size - round(4, unit)) {
					break;
				}
			}
			Point extent = gc.textExtent(kind.letter);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.drawText(kind.letter, (size - extent.x) / 2, (size - extent.y) / 2, true);
		} finally {
			gc.setFont(null);
			if (font != null) {
				font.dispose();
			}
		}
	}

	private static int round(int pixels, float unit) {
		return Math.round(pixels * unit);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KindIcon icon && icon.kind == kind;
	}

	@Override
	public int hashCode() {
		return kind.hashCode();
	}
}

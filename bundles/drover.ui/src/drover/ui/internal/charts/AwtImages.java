package drover.ui.internal.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Converts what JFreeChart draws (an AWT {@link BufferedImage} of type INT_RGB) into SWT image data. */
public final class AwtImages {

	private AwtImages() {
	}

	public static ImageData toImageData(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + image.getType());
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < height; y++) {
			data.setPixels(0, y, width, pixels, y * width);
		}
		return data;
	}
}

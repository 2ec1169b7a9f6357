package drover.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Scrollable;

/** Saves what a shell (or one of its controls) shows as PNG, with SWT only (SWTBot is not on Maven Central). */
final class Screenshots {

	/** Set by the test module's pom to its target/screenshots; a relative fallback otherwise. */
	private static final String DIRECTORY_PROPERTY = "drover.screenshots";

	private static final int PAINT_MILLIS = 300;

	private Screenshots() {
	}

	static Path save(Control control, String name) throws IOException {
		Display display = control.getDisplay();
		// let pending layout and paint requests run, so the picture shows the current state
		// GTK paints on its frame clock, a few ms after the last event: an empty loop is not enough
		// (a process view once looked empty in a screenshot while its tree had items)
		control.update();
		long until = System.nanoTime() + PAINT_MILLIS * 1_000_000L;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		control.update();
		Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(name + ".png");
		Rectangle area = control instanceof Scrollable s ? s.getClientArea() : control.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}

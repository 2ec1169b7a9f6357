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
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as PNG, with SWT only (SWTBot is not on Maven Central). */
final class Screenshots {

	/** Set by the test module's pom to its target/screenshots; a relative fallback otherwise. */
	private static final String DIRECTORY_PROPERTY = "drover.screenshots";

	private static final int PAINT_MILLIS = 300;

	private Screenshots() {
	}

	static Path save(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		// let pending layout and paint requests run, so the picture shows the current state
		// GTK paints on its frame clock, a few ms after the last event: an empty loop is not enough
		// (a process view once looked empty in a screenshot while its tree had items)
		shell.update();
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
		shell.update();
		Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(name + ".png");
		Rectangle area = shell.getClientArea();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(shell);
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

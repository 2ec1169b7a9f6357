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

	private Screenshots() {
	}

	static Path save(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		// let pending layout and paint requests run, so the picture shows the current state
		while (display.readAndDispatch()) {
			// drain
		}
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

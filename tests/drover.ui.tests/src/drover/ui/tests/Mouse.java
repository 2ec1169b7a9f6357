package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * A real drag with the mouse, driven from outside the process by {@code xdotool}: SWT's own
 * {@code Display.post} starts no drag under GTK, the X server's pointer does. xdotool runs on a
 * helper thread while the UI thread keeps the event loop spinning, or GTK would never see the motion.
 */
final class Mouse {

	private static final int STEPS = 20;

	private Mouse() {
	}

	/** Presses at {@code from} (screen coordinates), moves in small steps to {@code to} and releases there. */
	static void drag(Point from, Point to) {
		drag(from, to, null);
	}

	/**
	 * The same with {@code key} (e.g. "ctrl", which makes the drag a copy) held down once the drag is under way
	 * until after the release (pressed with the button, Ctrl would toggle the row's selection instead); null: no key.
	 */
	static void drag(Point from, Point to, String key) {
		List<String> argv = new ArrayList<>(List.of("xdotool", "mousemove", str(from.x), str(from.y), "sleep", "0.2",
				"mousedown", "1", "sleep", "0.2"));
		for (int i = 1; i <= STEPS; i++) {
			if (key != null && i == STEPS / 4) {
				argv.addAll(List.of("keydown", key, "sleep", "0.1"));
			}
			argv.addAll(List.of("mousemove", str(from.x + (to.x - from.x) * i / STEPS), str(from.y + (to.y - from.y) * i / STEPS),
					"sleep", "0.05"));
		}
		argv.addAll(List.of("sleep", "0.3", "mouseup", "1"));
		if (key != null) {
			argv.addAll(List.of("sleep", "0.1", "keyup", key));
		}
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
			try {
				return new ProcessBuilder(argv).inheritIO().start().waitFor();
			} catch (Exception e) {
				throw new IllegalStateException("cannot run xdotool (scripts/install-deps.sh installs it)", e);
			}
		});
		int code = Ui.waitFor(Duration.ofSeconds(30), "xdotool to finish the drag", () -> exit.isDone() ? exit.join() : null);
		assertEquals(0, code, "xdotool exit code");
		Display.getCurrent().readAndDispatch();
	}

	private static String str(int n) {
		return Integer.toString(n);
	}
}

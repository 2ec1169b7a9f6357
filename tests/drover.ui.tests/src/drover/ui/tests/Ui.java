package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Waiting on the UI thread while jobs work, and answering dialogs, with SWT alone (no SWTBot on Central). */
final class Ui {

	private Ui() {
	}

	/** Runs the event loop until {@code probe} gives a non-null value, or fails after {@code timeout}. */
	static <T> T waitFor(Duration timeout, String what, Supplier<T> probe) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20); // jobs post their results with asyncExec; look again soon
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what);
				}
			}
		}
		return fail("timed out after " + timeout.toSeconds() + " s waiting for " + what);
	}

	/** Drains pending UI work (asyncExecs of finished jobs, repaints). */
	static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/**
	 * Answers the next dialog titled {@code title}: a timer on the UI thread fires inside the dialog's own
	 * event loop, records the dialog's message and default button, and presses {@code button}.
	 */
	static final class DialogAnswer implements Runnable {
		private final String title;
		private final String button;
		String message;
		String defaultButton;

		DialogAnswer(String title, String button) {
			this.title = title;
			this.button = button;
			Display.getCurrent().timerExec(100, this);
		}

		@Override
		public void run() {
			Display display = Display.getCurrent();
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && title.equals(shell.getText())) {
					message = texts(shell, new StringBuilder()).toString();
					defaultButton = shell.getDefaultButton() == null ? null : shell.getDefaultButton().getText();
					Button target = find(shell, button);
					if (target == null) {
						fail("no button '" + button + "' in dialog '" + title + "'");
					}
					target.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			display.timerExec(100, this); // not open yet
		}

		void cancel() {
			Display.getCurrent().timerExec(-1, this);
		}

		private static Button find(Composite parent, String text) {
			for (Control child : parent.getChildren()) {
				if (child instanceof Button b && text.equals(b.getText())) {
					return b;
				}
				if (child instanceof Composite c) {
					Button found = find(c, text);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		private static StringBuilder texts(Composite parent, StringBuilder out) {
			for (Control child : parent.getChildren()) {
				if (child instanceof org.eclipse.swt.widgets.Label l) {
					out.append(l.getText()).append('\n');
				} else if (child instanceof Composite c) {
					texts(c, out);
				}
			}
			return out;
		}
	}
}

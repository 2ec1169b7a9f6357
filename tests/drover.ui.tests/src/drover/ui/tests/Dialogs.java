package drover.ui.tests;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Handles a dialog that opens while the test spins the event loop: a modal dialog runs its own loop,
 * so a timer (which fires inside it) looks for the shell, hands it to the test and presses a button.
 */
final class Dialogs implements Runnable {

	private final String title;
	private final Consumer<Shell> onOpen;
	volatile Shell seen;
	volatile String text;

	private Dialogs(String title, Consumer<Shell> onOpen) {
		this.title = title;
		this.onOpen = onOpen;
	}

	/** Watches for a dialog titled {@code title}; {@code onOpen} runs once, inside the dialog's loop. */
	static Dialogs whenOpen(String title, Consumer<Shell> onOpen) {
		Dialogs watcher = new Dialogs(title, onOpen);
		Display.getCurrent().timerExec(100, watcher);
		return watcher;
	}

	@Override
	public void run() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				seen = shell;
				text = texts(shell, new StringBuilder()).toString();
				onOpen.accept(shell);
				return;
			}
		}
		Display.getCurrent().timerExec(100, this);
	}

	void stop() {
		Display.getCurrent().timerExec(-1, this);
	}

	static void press(Shell shell, String label) {
		Button button = find(shell, label);
		if (button == null) {
			throw new AssertionError("no button '" + label + "' in '" + shell.getText() + "'");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button find(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b && label.equals(b.getText().replace("&", ""))) {
				return b;
			}
			if (child instanceof Composite c) {
				Button found = find(c, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Every label, text and table cell in the dialog, to assert on what it says. */
	private static StringBuilder texts(Composite parent, StringBuilder out) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				out.append(l.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Text t) {
				out.append(t.getText()).append('\n');
			} else if (child instanceof Table table) {
				for (TableItem item : table.getItems()) {
					for (int i = 0; i < table.getColumnCount(); i++) {
						out.append(item.getText(i)).append(i + 1 < table.getColumnCount() ? " | " : "\n");
					}
				}
			} else if (child instanceof Composite c) {
				texts(c, out);
			}
		}
		return out;
	}
}

package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import drover.ui.DroverUi;

/** Help &gt; Move Your First Process opens the view with its steps, chosen from the menu bar as an operator would. */
class HelpMenuTest {

	static final String VIEW_ID = "drover.ui.views.firstProcess";

	@BeforeAll
	static void requireDisplay() {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "DISPLAY is not set: the UI tests need an X server (Xvfb :99)");
	}

	@Test
	void helpMoveYourFirstProcessOpensItsSteps() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		IViewPart before = page.findView(VIEW_ID);
		if (before != null) {
			page.hideView(before);
		}

		MenuItem help = item(window.getShell().getMenuBar(), "Help");
		MenuItem first = item(help.getMenu(), "Move Your First Process");
		first.notifyListeners(SWT.Selection, new Event());

		IViewPart view = Ui.waitFor(Duration.ofSeconds(20), "the Move Your First Process view", () -> page.findView(VIEW_ID));
		Composite shell = window.getShell();
		Ui.waitFor(Duration.ofSeconds(20), "its steps", () -> texts(shell).contains("Connect two hosts") ? true : null);
		String shown = texts(shell);
		assertTrue(shown.contains("Move your first process") && shown.contains("Drag the process onto the other host"), shown);
		Screenshots.save(window.getShell(), "HelpMenuTest.firstProcess");
		page.hideView(view);
	}

	/** The item of {@code menu} whose text (without mnemonics and accelerators) is {@code label}, after the menu was shown. */
	private static MenuItem item(Menu menu, String label) {
		assertNotNull(menu, "no menu to look for '" + label + "' in");
		menu.notifyListeners(SWT.Show, new Event()); // contributions fill a menu when it is shown
		Ui.drain();
		List<String> seen = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "").split("\t")[0];
			seen.add(text);
			if (text.equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no menu item '" + label + "' among " + seen);
	}

	/** Every text the controls under {@code parent} show (any control with a getText()), one per line. */
	private static String texts(Composite parent) {
		StringBuilder out = new StringBuilder();
		List<Control> controls = new ArrayList<>(List.of(parent.getChildren()));
		while (!controls.isEmpty()) {
			Control c = controls.remove(0);
			if (!c.isVisible()) {
				continue;
			}
			try {
				Method getText = c.getClass().getMethod("getText");
				if (getText.getReturnType() == String.class) {
					Object text = getText.invoke(c);
					if (text != null) {
						out.append(text).append('\n');
					}
				}
			} catch (ReflectiveOperationException e) {
				// a control without text
			}
			if (c instanceof Composite comp) {
				controls.addAll(List.of(comp.getChildren()));
			}
		}
		return out.toString();
	}
}

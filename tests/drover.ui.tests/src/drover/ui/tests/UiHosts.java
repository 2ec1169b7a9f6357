package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;

import drover.model.Host;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessViews;

/** Reading the console's tables and trees, and removing what a test added. */
final class UiHosts {

	private UiHosts() {
	}

	static TableItem row(HostsView view, String name) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (name.equals(item.getText(0))) {
				return item;
			}
		}
		return fail("no row for host " + name + " in the Hosts view");
	}

	/** The tree (Properties view) if it has a row {@code key} (at any depth) whose value is {@code value}. */
	static Tree hasRow(Control control, String key, String value) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				if (hasRow(item, key, value)) {
					return tree;
				}
			}
		}
		return null;
	}

	private static boolean hasRow(TreeItem item, String key, String value) {
		if (key.equals(item.getText(0)) && value.equals(item.getText(1))) {
			return true;
		}
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			if (hasRow(child, key, value)) {
				return true;
			}
		}
		return false;
	}

	static void removeTestHosts(IWorkbenchPage page, ConsoleSession session) {
		for (Host host : session.cluster().getHosts().toArray(Host[]::new)) {
			if (host.getName().startsWith("uitest")) {
				ProcessViews.close(page, host.getName());
				session.removeHost(host);
			}
		}
		Ui.drain();
	}
}

package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import drover.core.HostEntry;
import drover.core.HostRegistry;
import drover.model.Host;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostCatalog;
import drover.ui.internal.views.HostsView;

/**
 * Hosts added, edited and removed in the console show in the Hosts view and are kept in the workspace
 * preferences: a fresh catalog (as after a restart) reads back exactly what was saved.
 */
class HostEditingTest {

	@Test
	void addEditRemoveAreShownAndKeptInThePreferences() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID,
				PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
		HostsView view = (HostsView) page.showView(DroverUi.HOSTS_VIEW_ID);
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		HostCatalog saved = new HostCatalog(new HostRegistry(session.home()));

		Host host = session.putHost(new HostEntry("edit-me", "192.0.2.10", 2222, "ops", null));
		Ui.drain();
		TableItem row = UiHosts.row(view, "edit-me");
		assertEquals("192.0.2.10:2222", row.getText(1), "the Hosts view shows the new host");
		assertTrue(saved.load().contains(new HostEntry("edit-me", "192.0.2.10", 2222, "ops", null)));

		session.putHost(new HostEntry("edit-me", "192.0.2.11", 2200, "root", "/keys/id"));
		Ui.drain();
		assertEquals("192.0.2.11", host.getAddress(), "the same model object is edited in place");
		assertEquals("192.0.2.11:2200", UiHosts.row(view, "edit-me").getText(1));
		List<HostEntry> reloaded = new HostCatalog(new HostRegistry(session.home())).load();
		assertTrue(reloaded.contains(new HostEntry("edit-me", "192.0.2.11", 2200, "root", "/keys/id")), reloaded.toString());

		session.removeHost(host);
		Ui.drain();
		assertNull(session.host("edit-me"));
		assertTrue(new HostCatalog(new HostRegistry(session.home())).load().stream().noneMatch(e -> e.name().equals("edit-me")),
				"removed from the preferences");
		assertTrue(java.util.Arrays.stream(view.getViewer().getTable().getItems()).noneMatch(i -> i.getText(0).equals("edit-me")),
				"removed from the Hosts view");
	}
}

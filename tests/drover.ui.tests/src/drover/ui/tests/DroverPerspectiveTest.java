package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import drover.ui.DroverUi;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;

/** The Drover perspective opens its views, including process views keyed by host (here: unknown hosts). */
class DroverPerspectiveTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeAll
	static void requireDisplay() {
		// fail, never skip: a UI test that silently does nothing hides a broken CI setup
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(),
				"DISPLAY is not set: the UI tests need an X server, e.g. 'Xvfb :99 &' and 'export DISPLAY=:99'");
	}

	@BeforeEach
	void openPerspective() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		window = workbench.getWorkbenchWindows()[0];
		page = workbench.showPerspective(DroverUi.PERSPECTIVE_ID, window);
	}

	@AfterEach
	void screenshot(TestInfo test) throws Exception {
		// always, not only on failure: the picture is the evidence of what the test saw
		Path file = Screenshots.save(window.getShell(), test.getTestClass().orElseThrow().getSimpleName() + "."
				+ test.getTestMethod().orElseThrow().getName());
		assertTrue(Files.size(file) > 0, "empty screenshot " + file);
	}

	@Test
	void showsHostsAndProcessViews() throws Exception {
		assertEquals(DroverUi.PERSPECTIVE_ID, page.getPerspective().getId());

		HostsView hosts = assertInstanceOf(HostsView.class, page.showView(DroverUi.HOSTS_VIEW_ID));
		ProcessView nodeB = assertInstanceOf(ProcessView.class,
				page.showView(DroverUi.PROCESS_VIEW_ID, "node-b", IWorkbenchPage.VIEW_CREATE));
		ProcessView nodeA = assertInstanceOf(ProcessView.class,
				page.showView(DroverUi.PROCESS_VIEW_ID, "node-a", IWorkbenchPage.VIEW_ACTIVATE));

		assertTrue(hosts.getViewer().getTable().isVisible(), "Hosts: table not visible");
		assertEquals(7, hosts.getViewer().getTable().getColumnCount(), "Hosts: columns");
		assertShowing("Processes: node-a", nodeA.getViewer());
		assertEquals("There is no host named node-a.", nodeA.getContentDescription());
		assertEquals("Processes: node-a", nodeA.getPartName());
		assertEquals("Processes: node-b", nodeB.getPartName());
		assertFalse(nodeB.getViewer().getTree().isDisposed(), "second process view has no tree");
		assertFalse(nodeA.getViewer().getTree() == nodeB.getViewer().getTree(), "process views share a tree");
		assertNotNull(page.findView(DroverUi.PROPERTIES_VIEW_ID), "Properties view not in the perspective");
	}

	private static void assertShowing(String name, TreeViewer viewer) {
		Tree tree = viewer.getTree();
		assertFalse(tree.isDisposed(), name + ": tree disposed");
		assertTrue(tree.isVisible(), name + ": tree not visible");
		// the process columns and the pre-flight markers' column
		assertEquals(ProcessColumn.values().length + 1, tree.getColumnCount(), name + ": columns");
		assertEquals(0, tree.getItemCount(), name + ": a tree of an unknown host has no items");
	}
}

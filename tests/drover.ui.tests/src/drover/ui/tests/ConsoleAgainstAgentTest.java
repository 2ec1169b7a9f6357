package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import drover.core.HostRegistry;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.processes.ProcessContentProvider;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;

/**
 * The console against a real agent: a host from the shared registry shows in the Hosts view, connects,
 * and its process view shows the agent's own process with its open resources; the Properties view
 * shows the selected process's attributes; two process views open side by side.
 */
class ConsoleAgainstAgentTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static ExternalAgent agent;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;

	@BeforeAll
	static void startAgent() throws Exception {
		agent = new ExternalAgent();
	}

	@AfterAll
	static void stopAgent() throws Exception {
		if (agent != null) {
			agent.close();
		}
	}

	@BeforeEach
	void open() throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		page.showView(DroverUi.HOSTS_VIEW_ID);
		session = DroverUiPlugin.getDefault().session();
		agent.pinItsKey();
	}

	@AfterEach
	void cleanUp(TestInfo test) throws Exception {
		Screenshots.save(window.getShell(), "ConsoleAgainstAgentTest." + test.getTestMethod().orElseThrow().getName());
		UiHosts.removeTestHosts(page, session);
	}

	@Test
	void showsTheAgentsProcessTreeAndProperties() throws Exception {
		// as 'drover demo up' does: the host is in the shared registry; the console imports it
		new HostRegistry(agent.home).put(agent.entry("uitest"));
		new HostRegistry(agent.home).put(agent.entry("uitest-b"));
		session.importRegistry(true);
		HostsView hostsView = (HostsView) page.showView(DroverUi.HOSTS_VIEW_ID);
		Host host = session.host("uitest");
		assertNotNull(host, "registry host not imported");
		Ui.drain();
		TableItem row = UiHosts.row(hostsView, "uitest");
		assertEquals("127.0.0.1:" + agent.port, row.getText(1));
		assertEquals("DISCONNECTED", row.getText(2));

		// the "Open Processes" action (as a double-click does) connects and opens the view
		hostsView.getViewer().setSelection(new StructuredSelection(host), true);
		hostsView.getActions().openProcesses();
		ProcessView view = (ProcessView) page.findViewReference(DroverUi.PROCESS_VIEW_ID, "uitest").getView(false);
		assertNotNull(view, "process view of uitest not open");
		long pid = agent.pid();
		Process agentProcess = Ui.waitFor(TIMEOUT, "the agent's process (pid " + pid + ") with open resources",
				() -> host.getProcesses().stream().filter(p -> p.getPid() == pid && !p.getResources().isEmpty())
						.findFirst().orElse(null));
		assertEquals(ConnectionStatus.CONNECTED, host.getStatus(), host.getStatusMessage());
		Ui.drain();
		assertEquals("CONNECTED", UiHosts.row(hostsView, "uitest").getText(2));
		assertTrue(UiHosts.row(hostsView, "uitest").getText(4).length() > 0, "agent version column empty");

		// the tree shows the process (PID, command) and, below it, its open resources
		TreeViewer tree = view.getViewer();
		tree.reveal(agentProcess);
		tree.expandToLevel(agentProcess, 1);
		TreeItem item = (TreeItem) tree.testFindItem(agentProcess);
		assertNotNull(item, "no tree item for the agent's process");
		int pidColumn = ProcessColumn.PID.ordinal();
		int commandColumn = ProcessColumn.COMMAND.ordinal();
		assertEquals(String.valueOf(pid), item.getText(pidColumn));
		assertTrue(item.getText(commandColumn).contains("drover.agent"), "command column: " + item.getText(commandColumn));
		// a virtual tree's row gets its element when it is painted or read (getText), not when its parent opens
		TreeItem fd = Arrays.stream(item.getItems()).filter(i -> !i.getText(pidColumn).isEmpty() && i.getData() instanceof OpenResource)
				.findFirst().orElse(null);
		assertNotNull(fd, "no open resource under the agent's process");
		assertTrue(fd.getText(pidColumn).startsWith("fd "), fd.getText(pidColumn));
		assertNotNull(fd.getImage(commandColumn), "resource without icon");
		// the PID column is not the tree column, so indentation does not cut deep PIDs
		GC gc = new GC(item.getParent());
		try {
			assertTrue(item.getBounds(pidColumn).width > gc.textExtent(item.getText(pidColumn)).x,
					"PID cut: column " + item.getBounds(pidColumn).width + " px at depth of pid " + pid);
		} finally {
			gc.dispose();
		}

		// the Properties view shows the selected process's attributes
		page.activate(view);
		tree.setSelection(new StructuredSelection(agentProcess), true);
		IPropertySource source = Adapters.adapt(agentProcess, IPropertySource.class);
		assertNotNull(source, "no property source for a process");
		IPropertyDescriptor pidRow = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Pid")).findFirst().orElse(null);
		assertNotNull(pidRow, "no Pid property among " + Arrays.stream(source.getPropertyDescriptors())
				.map(IPropertyDescriptor::getDisplayName).toList());
		assertEquals((int) pid, source.getPropertyValue(pidRow.getId()));
		PropertySheet sheet = (PropertySheet) page.showView(DroverUi.PROPERTIES_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Tree sheetTree = Ui.waitFor(TIMEOUT, "the Properties view to show Pid = " + pid,
				() -> UiHosts.hasRow(sheet.getCurrentPage().getControl(), "Pid", String.valueOf(pid)));
		assertNotNull(sheetTree);

		// the filter keeps the match and its ancestors
		view.setFilter(String.valueOf(pid));
		assertNotNull(tree.testFindItem(agentProcess), "filtered tree lost the matching process");
		view.setFilter("");

		// a second host's view opens beside the first, both visible
		hostsView.getViewer().setSelection(new StructuredSelection(session.host("uitest-b")), true);
		hostsView.getActions().openProcesses();
		ProcessView second = (ProcessView) page.findViewReference(DroverUi.PROCESS_VIEW_ID, "uitest-b").getView(false);
		Host hostB = second.getHost();
		Process agentInB = Ui.waitFor(TIMEOUT, "the agent's process (pid " + pid + ") on uitest-b",
				() -> hostB.getProcesses().stream().filter(p -> p.getPid() == pid).findFirst().orElse(null));
		// the tree itself, not only the model: it once stayed empty while the host had 73 processes
		Tree secondTree = second.getViewer().getTree();
		Ui.waitFor(TIMEOUT, "uitest-b's tree to show its root processes",
				() -> secondTree.getItemCount() > 0 && secondTree.getItemCount() == ProcessContentProvider.roots(hostB).size());
		second.getViewer().reveal(agentInB);
		TreeItem itemInB = (TreeItem) second.getViewer().testFindItem(agentInB);
		assertNotNull(itemInB, "no tree item for the agent's process on uitest-b");
		assertEquals(String.valueOf(pid), itemInB.getText(ProcessColumn.PID.ordinal()));
		Ui.drain();
		Control first = view.getViewer().getControl();
		Control other = second.getViewer().getControl();
		assertTrue(first.isVisible() && other.isVisible(), "the two process views are not both visible");
		assertNotSame(first.getParent().getParent(), other.getParent().getParent(), "process views share a stack");
		Screenshots.save(window.getShell(), "ConsoleAgainstAgentTest.sideBySide");

		// disconnect empties the tree and says so in the Hosts view
		session.disconnect(host);
		Ui.drain();
		assertEquals("DISCONNECTED", UiHosts.row(hostsView, "uitest").getText(2));
		assertEquals(0, view.getViewer().getTree().getItemCount());
	}
}

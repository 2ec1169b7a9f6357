package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import drover.model.Host;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.FirstProcessView;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.StartViews;

/**
 * The console's first minute, as after {@code ./setup}: two demo hosts with the sample workloads on the first
 * (scripts/samples, started as setup starts them), the console connecting its known hosts at start: a process
 * view per host opens by itself, side by side, and the samples are there by their short names, ready to drag.
 * Also the "Move Your First Process" view.
 */
class FirstMinuteTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String FIRST = DemoCluster.name(1);
	private static final String SECOND = DemoCluster.name(2);

	private static DemoCluster demo;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2);
		Path samples = Path.of(System.getProperty("drover.repo")).toAbsolutePath().normalize().resolve("scripts/samples");
		Path out = Files.createDirectories(demo.home.dir().resolve("demo/samples"));
		demo.spawn(FIRST, "bash", samples.resolve("sample-counter.sh").toString(), out.resolve("counter.txt").toString());
		demo.spawn(FIRST, "/usr/bin/python3", samples.resolve("sample-kv-store.py").toString(), "--port", "7070");
	}

	@AfterAll
	static void stopCluster() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiHosts.removeTestHosts(window.getActivePage(), DroverUiPlugin.getDefault().session());
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void theConsoleOpensAProcessViewPerConnectedHostSideBySideWithTheSamplesToDrag() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		UiHosts.removeTestHosts(page, session);
		page.showView(DroverUi.HOSTS_VIEW_ID);
		page.showView(DroverUi.HISTORY_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		session.importRegistry(true);
		// what the workbench advisor does at start: views for the hosts, then connect them all
		List<String> hosts = session.cluster().getHosts().stream().map(Host::getName).filter(n -> n.matches(DemoCluster.PREFIX + "[0-9]+"))
				.toList(); // not other tests' hosts in the shared registry
		assertEquals(List.of(FIRST, SECOND), hosts);
		StartViews.install(session, page, hosts);
		session.connectAll();

		ProcessView first = Ui.waitFor(TIMEOUT, "a process view of " + FIRST, () -> view(page, FIRST));
		ProcessView second = Ui.waitFor(TIMEOUT, "a process view of " + SECOND, () -> view(page, SECOND));
		Ui.drain();
		Point a = first.getViewer().getTree().toDisplay(0, 0);
		Point b = second.getViewer().getTree().toDisplay(0, 0);
		assertTrue(first.getViewer().getTree().isVisible() && second.getViewer().getTree().isVisible(), "both views visible at once");
		assertTrue(Math.abs(a.y - b.y) < 40 && Math.abs(a.x - b.x) > 300, "side by side: " + a + " and " + b);

		// the samples, by their short names first (program and main argument), the command line after
		String counter = Ui.waitFor(TIMEOUT, "the sample counter in " + FIRST + "'s view", () -> row(first, "bash sample-counter.sh"));
		String store = Ui.waitFor(TIMEOUT, "the sample key-value store in " + FIRST + "'s view",
				() -> row(first, "python3 sample-kv-store.py"));
		assertTrue(counter.contains("\u2014") && counter.contains("/scripts/samples/sample-counter.sh"), counter);
		assertTrue(store.contains("--port 7070"), store);
		// the picture: processes, not their open files
		first.getViewer().collapseAll();
		first.getViewer().expandToLevel(2);
		second.getViewer().expandToLevel(2);
		Ui.drain();
		Screenshots.save(window.getShell(), "FirstMinuteTest.console");

		// Window > Preferences > Drover is there, with the defaults the code reads
		assertTrue(PlatformUI.getWorkbench().getPreferenceManager().find("drover.ui.preferences") != null, "no Drover preference page");
		assertEquals(0, drover.ui.internal.prefs.DroverPreferences.postCopyFromMiB());
		assertTrue(
				drover.ui.internal.prefs.DroverPreferences.openViewsAtStart() && drover.ui.internal.prefs.DroverPreferences.showFailures());

		// Help > Move Your First Process (chosen from the menu bar: HelpMenuTest)
		FirstProcessView help = (FirstProcessView) page.showView(FirstProcessView.ID);
		assertTrue(help.getText().startsWith("Move your first process") && help.getText().contains("sample-counter.sh"), help.getText());
		Ui.drain();
		Screenshots.save(window.getShell(), "FirstMinuteTest.help");
		page.hideView(help);
	}

	private static ProcessView view(IWorkbenchPage page, String host) {
		IViewReference ref = page.findViewReference(DroverUi.PROCESS_VIEW_ID, host);
		return ref == null ? null : (ProcessView) ref.getView(false);
	}

	/** The text of the first row (at any depth, expanded) whose process column starts with {@code prefix}, or null. */
	private static String row(ProcessView view, String prefix) {
		view.getViewer().expandAll();
		List<TreeItem> items = new ArrayList<>(List.of(view.getViewer().getTree().getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			String text = item.getText(ProcessColumn.COMMAND.ordinal());
			if (text.startsWith(prefix)) {
				return text;
			}
			items.addAll(List.of(item.getItems()));
		}
		return null;
	}
}

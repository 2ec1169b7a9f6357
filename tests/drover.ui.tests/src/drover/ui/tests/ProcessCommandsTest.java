package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.OpenResource;
import drover.model.Process;
import drover.protocol.ImageInfo;
import drover.protocol.Preflight.Verdict;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.commands.ProcessCommands;
import drover.ui.internal.commands.RestoreHandler;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.readiness.Readiness;
import drover.ui.internal.readiness.ReadinessProperties;
import drover.ui.internal.readiness.ReadinessStore;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.ProcessViews;

/**
 * The process view's pre-flight markers and commands on a real demo host (its own cluster, brought
 * down afterwards): a process with a TCP connection off the host is marked not migratable with its
 * socket highlighted, a plain sleep migratable; Ctrl+Shift+C checkpoints a process (it leaves the host,
 * its image is listed) and Ctrl+Shift+R restores the image (the same PID runs again).
 */
class ProcessCommandsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String HOST = DemoCluster.name(1);
	/** The demo network's bridge: the test's own end of the connection, off the demo host. */
	private static final String BRIDGE = "10.213.7.1";

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;
	private ProcessView view;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(1);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiHosts.removeTestHosts(window.getActivePage(), DroverUiPlugin.getDefault().session());
		if (demo != null) {
			demo.close();
		}
	}

	@BeforeEach
	void open() throws Exception {
		page = ConnectedConsole.open(TIMEOUT, HOST);
		window = page.getWorkbenchWindow();
		session = DroverUiPlugin.getDefault().session();
		view = ProcessViews.open(page, HOST);
	}

	@Test
	void markersShowWhatKeepsAProcessFromMigrating() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName(BRIDGE))) {
			CompletableFuture<Socket> peer = CompletableFuture.supplyAsync(() -> {
				try {
					return server.accept();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			int connected = demo.spawn(HOST, "bash", "-c", "exec 3<>/dev/tcp/" + BRIDGE + "/" + server.getLocalPort()
					+ "; sleep 100000");
			try (Socket accepted = peer.get(30, TimeUnit.SECONDS)) {
				int plain = demo.spawn(HOST, "sleep", "100000");
				ReadinessStore store = session.readiness();
				Ui.waitFor(TIMEOUT, "PID " + connected + " marked not migratable",
						() -> store.readiness(HOST, connected) == Readiness.NOT_MIGRATABLE);
				Ui.waitFor(TIMEOUT, "PID " + plain + " checked", () -> store.readiness(HOST, plain) != Readiness.UNKNOWN);
				assertEquals(Readiness.MIGRATABLE, store.readiness(HOST, plain), "verdicts: " + store.get(HOST, plain));

				Process process = shown(connected);
				int column = ProcessColumn.values().length; // the pre-flight column comes last
				TreeItem row = (TreeItem) view.getViewer().testFindItem(process);
				Ui.waitFor(TIMEOUT, "the row of PID " + connected + " marked",
						() -> Readiness.NOT_MIGRATABLE.label.equals(row.getText(column)));
				TreeItem plainRow = (TreeItem) view.getViewer().testFindItem(shown(plain));
				Ui.waitFor(TIMEOUT, "the row of PID " + plain + " marked",
						() -> Readiness.MIGRATABLE.label.equals(plainRow.getText(column)));

				// the socket: red, with the reason in its tooltip
				view.getViewer().expandToLevel(process, 1);
				OpenResource socket = process.getResources().stream().filter(r -> r.getFd() == 3).findFirst().orElse(null);
				assertNotNull(socket, "no fd 3 in " + process.getResources());
				TreeItem socketRow = Ui.waitFor(TIMEOUT, "the socket's row",
						() -> view.getViewer().testFindItem(socket) instanceof TreeItem i ? i : null);
				assertEquals(Display.getCurrent().getSystemColor(SWT.COLOR_RED), socketRow.getForeground(0));
				Verdict error = store.get(HOST, connected).verdicts().stream()
						.filter(v -> Verdict.ERROR.equals(v.severity())).findFirst().orElseThrow();
				assertTrue(error.resource().startsWith("fd 3 tcp"), error.toString());
				String tip = ((ColumnLabelProvider) view.getViewer().getLabelProvider(0)).getToolTipText(socket);
				assertTrue(tip.contains(error.reason()), tip);

				// the Properties view: the summary and one row per verdict
				IPropertySource properties = Platform.getAdapterManager().getAdapter(process, IPropertySource.class);
				IPropertyDescriptor summary = Arrays.stream(properties.getPropertyDescriptors())
						.filter(d -> ReadinessProperties.CATEGORY.equals(d.getDisplayName())).findFirst().orElseThrow();
				assertEquals(Readiness.NOT_MIGRATABLE.label, properties.getPropertyValue(summary.getId()));
				assertTrue(Arrays.stream(properties.getPropertyDescriptors())
						.anyMatch(d -> error.reason().equals(properties.getPropertyValue(d.getId()))));

				page.showView(DroverUi.PROPERTIES_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
				page.activate(view);
				// the process selected: its pre-flight in the Properties view, its socket's row red
				view.getViewer().setSelection(new StructuredSelection(process), true);
				save(window.getShell(), "ProcessCommandsTest.markers");
			}
		}
	}

	@Test
	void checkpointAndRestoreFromTheKeyboard() throws Exception {
		int pid = demo.spawn(HOST, "sleep", "100000");
		Process process = shown(pid);
		Dialogs checkpointed = Dialogs.whenOpen(ProcessCommands.CHECKPOINT_TITLE, shell -> {
			save(shell, "ProcessCommandsTest.checkpoint");
			Dialogs.press(shell, "OK");
		});
		select(process);
		press('c');
		Ui.waitFor(TIMEOUT, "the checkpoint's outcome", () -> checkpointed.seen);
		assertTrue(checkpointed.text.contains("as image"), checkpointed.text);
		assertNull(demo.process(HOST, pid), "PID " + pid + " still runs on " + HOST);
		List<ImageInfo> images = demo.images(HOST);
		ImageInfo image = images.stream().filter(i -> i.pid() == pid).findFirst().orElse(null);
		assertNotNull(image, "no image of PID " + pid + " in " + images);
		assertTrue(checkpointed.text.contains(image.name()), checkpointed.text);
		Ui.waitFor(TIMEOUT, "PID " + pid + " gone from the view", () -> find(pid) == null);

		Dialogs chooser = Dialogs.whenOpen(RestoreHandler.CHOOSE_TITLE, shell -> {
			Table table = table(shell);
			for (int i = 0; i < table.getItemCount(); i++) {
				if (table.getItem(i).getText().startsWith(image.name() + " ")) {
					table.setSelection(i);
					table.notifyListeners(SWT.Selection, new Event());
				}
			}
			save(shell, "ProcessCommandsTest.restore");
			Dialogs.press(shell, "OK");
		});
		Dialogs restored = Dialogs.whenOpen(ProcessCommands.RESTORE_TITLE, shell -> Dialogs.press(shell, "OK"));
		page.activate(view);
		window.getShell().forceActive();
		view.getViewer().getTree().setFocus();
		Ui.drain();
		press('r');
		Ui.waitFor(TIMEOUT, "the image list", () -> chooser.seen != null || restored.seen != null);
		assertNotNull(chooser.seen, "no image list: " + restored.text);
		Ui.waitFor(TIMEOUT, "the restore's outcome", () -> restored.seen);
		assertTrue(restored.text.contains("as PID " + pid), restored.text);
		assertNotNull(demo.process(HOST, pid), "PID " + pid + " does not run on " + HOST + " again");
		shown(pid);
		save(window.getShell(), "ProcessCommandsTest.restored");
	}

	private void select(Process process) {
		page.activate(view);
		window.getShell().forceActive();
		view.getViewer().setSelection(new StructuredSelection(process), true);
		view.getViewer().getTree().setFocus();
		Ui.drain();
	}

	/** Ctrl+Shift+key, posted to the display as the keyboard would. */
	private static void press(char key) {
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, SWT.CTRL, (char) 0);
		post(display, SWT.KeyDown, SWT.SHIFT, (char) 0);
		post(display, SWT.KeyDown, key, key);
		post(display, SWT.KeyUp, key, key);
		post(display, SWT.KeyUp, SWT.SHIFT, (char) 0);
		post(display, SWT.KeyUp, SWT.CTRL, (char) 0);
		Ui.drain();
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event), "cannot post a key event");
	}

	private Process shown(int pid) {
		Process process = Ui.waitFor(TIMEOUT, "PID " + pid + " in " + HOST + "'s model", () -> find(pid));
		view.getViewer().reveal(process);
		return Ui.waitFor(TIMEOUT, "PID " + pid + " in " + HOST + "'s tree",
				() -> view.getViewer().testFindItem(process) instanceof TreeItem ? process : null);
	}

	private Process find(int pid) {
		return view.getHost().getProcesses().stream().filter(p -> p.getPid() == pid).findFirst().orElse(null);
	}

	private static Table table(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Table t) {
				return t;
			}
			if (child instanceof Composite c && table(c) != null) {
				return table(c);
			}
		}
		return null;
	}

	private static void save(Shell shell, String name) {
		try {
			Screenshots.save(shell, name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

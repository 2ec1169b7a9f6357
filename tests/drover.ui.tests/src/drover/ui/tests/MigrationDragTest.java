package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.Migration;
import drover.model.Process;
import drover.protocol.MigrationReport;
import drover.protocol.Phase;
import drover.protocol.ProcessInfo;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.migration.MigrationJob;
import drover.ui.internal.migration.MigrationMenu;
import drover.ui.internal.migration.MigrationStarter;
import drover.ui.internal.migration.VerdictDialog;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.ProcessViews;

/**
 * Migration from the console on a real demo cluster (two simulated hosts in their own namespaces):
 * a process dragged with the real mouse (xdotool) from uitest1's process view to uitest2's moves there,
 * as the agents' inventories confirm; a process whose PID is taken on the target is refused at
 * pre-flight through the context menu, and keeps running on its source. The console hands each migration
 * to the source's agent and watches it there; the agents run with test fault pauses on
 * ({@link DemoCluster#pauseAt}), which hold a migration still at a phase so that a test can act there.
 */
class MigrationDragTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String SOURCE = DemoCluster.name(1);
	private static final String TARGET = DemoCluster.name(2);

	private static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;
	private ProcessView from;
	private ProcessView to;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2, "-Ddrover.test.faults=true");
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
		page = ConnectedConsole.open(TIMEOUT, SOURCE, TARGET);
		window = page.getWorkbenchWindow();
		session = DroverUiPlugin.getDefault().session();
		from = ProcessViews.open(page, SOURCE);
		to = ProcessViews.open(page, TARGET);
	}

	@Test
	void dragMovesAProcessToTheOtherHost() throws Exception {
		// a counter: its number lives in the shell's memory, each one is written at fd 3's file offset
		java.nio.file.Path counter = demo.home.dir().resolve("drag-counter.txt");
		int pid = demo.spawn(SOURCE, "bash", "-c",
				"exec 3>" + counter + "; i=0; while :; do i=$((i+1)); echo $i >&3; sleep 0.05; done");
		Process process = shown(from, pid);
		int before = Ui.waitFor(TIMEOUT, "the counter counting", () -> {
			int n = consecutive(counter);
			return n > 5 ? n : null;
		});

		// the menu way first: pre-flight only, nothing moves
		Dialogs preflight = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> {
			save(shell, "MigrationDragTest.preflight");
			Dialogs.press(shell, "Close");
		});
		from.getViewer().setSelection(new StructuredSelection(process), true);
		menuAction(from, MigrationMenu.PREFLIGHT_FOR, TARGET).run();
		Ui.waitFor(TIMEOUT, "the pre-flight dialog", () -> preflight.seen);
		assertTrue(preflight.text.contains("Nothing stands in the way"), preflight.text);

		// now the real drag, from the process's row to the other host's tree
		// the Progress view shows the job's phase, bytes, throughput and time left while it runs
		page.showView(PROGRESS_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		AtomicBoolean finished = new AtomicBoolean();
		AtomicBoolean running = new AtomicBoolean();
		AtomicBoolean pictured = new AtomicBoolean();
		JobChangeAdapter watch = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					running.set(true);
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					finished.set(true);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(watch);
		// should the pre-flight find warnings after all, consent (sleep holds nothing that needs it)
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			Mouse.drag(centre(from, process), centre(to.getViewer().getTree()));
			Ui.waitFor(TIMEOUT, "the migration job to finish", () -> {
				if (running.get() && !pictured.getAndSet(true)) {
					save(window.getShell(), "MigrationDragTest.progress");
				}
				return finished.get();
			});
		} finally {
			Job.getJobManager().removeJobChangeListener(watch);
			consent.stop();
		}
		awaitMoved("PID " + pid + " shown under " + TARGET + " and gone from " + SOURCE,
				() -> find(to, pid) != null && find(from, pid) == null);
		shown(to, pid);
		ProcessInfo there = demo.process(TARGET, pid);
		assertNotNull(there, "PID " + pid + " is not in " + TARGET + "'s inventory");
		assertTrue(String.join(" ", there.commandLine()).contains(counter.toString()), there.commandLine().toString());
		int counted = Ui.waitFor(TIMEOUT, "the counter going on from where it was on " + TARGET, () -> {
			int n = consecutive(counter);
			return n > before + 5 ? n : null;
		});
		assertTrue(counted > before, "state intact: the counter went on (" + before + " -> " + counted + "), not from zero");
		assertNull(demo.process(SOURCE, pid), "PID " + pid + " still on " + SOURCE);
		Migration record = Ui.waitFor(TIMEOUT, "the final migration record in the model", () -> session.cluster()
				.getMigrations().stream().filter(m -> m.getPid() == pid && m.getPhase() == drover.model.MigrationPhase.DONE)
				.reduce((a, b) -> b).orElse(null));
		assertEquals(TARGET, record.getTargetHost());
		assertTrue(demo.accepted(SOURCE, record.getId()), "not run by " + SOURCE + "'s agent: " + record.getId());
		// the pages streamed to the target while CRIU dumped them: its agent read what the whole image was made of
		assertTrue(record.getImage() != null && record.getImage().isCompositionRecorded(), "no image composition in the record");
		save(window.getShell(), "MigrationDragTest.result");

		// and back, dropped on the source's row in the Hosts view this time
		HostsView hosts = (HostsView) page.findView(DroverUi.HOSTS_VIEW_ID);
		org.eclipse.swt.widgets.TableItem row = UiHosts.row(hosts, SOURCE);
		Rectangle cell = row.getBounds(0);
		Point onRow = row.getParent().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
		Process moved = shown(to, pid);
		to.getViewer().setSelection(new StructuredSelection(moved), true);
		Dialogs consentBack = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			Mouse.drag(centre(to, moved), onRow);
			awaitMoved("PID " + pid + " back under " + SOURCE + " and gone from " + TARGET,
					() -> find(from, pid) != null && find(to, pid) == null);
		} finally {
			consentBack.stop();
		}
		assertNotNull(demo.process(SOURCE, pid), "PID " + pid + " is not back in " + SOURCE + "'s inventory");
		assertNull(demo.process(TARGET, pid), "PID " + pid + " still on " + TARGET);
	}

	@Test
	void postCopyFromTheMenuMovesACounterWithItsMemory() throws Exception {
		java.nio.file.Path counter = demo.home.dir().resolve("postcopy-counter.txt");
		// 64 MB of memory that has to follow the process to the target after it runs there
		int pid = demo.spawn(SOURCE, "bash", "-c", "exec 3>" + counter + "; x=$(head -c 64000000 /dev/zero | tr '\\0' a); i=0;"
				+ " while :; do i=$((i+1)); echo $i >&3; sleep 0.05; done");
		Process process = shown(from, pid);
		int before = Ui.waitFor(TIMEOUT, "the counter counting", () -> {
			int n = consecutive(counter);
			return n > 5 ? n : null;
		});
		AtomicReference<String> jobName = new AtomicReference<>();
		JobChangeAdapter watch = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					jobName.set(event.getJob().getName());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(watch);
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			menuAction(from, MigrationMenu.MIGRATE_POST_COPY_TO, TARGET).run();
			awaitMoved("PID " + pid + " shown under " + TARGET + " and gone from " + SOURCE,
					() -> find(to, pid) != null && find(from, pid) == null);
		} finally {
			Job.getJobManager().removeJobChangeListener(watch);
			consent.stop();
		}
		assertTrue(String.valueOf(jobName.get()).contains("(post-copy)"), "job: " + jobName.get());
		// the record in progress (shown as the agent accepts it) gives way to the final one
		Migration record = Ui.waitFor(TIMEOUT, "the final migration record", () -> session.cluster().getMigrations().stream()
				.filter(m -> m.getPid() == pid && m.getPhase() == drover.model.MigrationPhase.DONE).reduce((a, b) -> b)
				.orElse(null));
		assertTrue(record.getPhaseCosts().stream().anyMatch(c -> c.getPhase() == drover.model.MigrationPhase.POSTCOPY),
				"the record has the post-copy phase");
		int counted = Ui.waitFor(TIMEOUT, "the counter going on from where it was on " + TARGET, () -> {
			int n = consecutive(counter);
			return n > before + 5 ? n : null;
		});
		assertTrue(counted > before, "state intact: " + before + " -> " + counted);
		ProcessInfo there = demo.process(TARGET, pid);
		assertNotNull(there, "PID " + pid + " is not in " + TARGET + "'s inventory");
		assertTrue(there.residentMemory() > 60_000_000L, "its memory followed: " + there.residentMemory() + " bytes resident");
		assertNull(demo.process(SOURCE, pid), "PID " + pid + " still on " + SOURCE);
		demo.kill(TARGET, pid);
	}

	@Test
	void refusedAtPreflightWhenThePidIsTakenOnTheTarget() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		assertEquals(pid, demo.takePid(TARGET, pid), "could not take PID " + pid + " on " + TARGET);
		Process process = shown(from, pid);
		AtomicInteger failures = new AtomicInteger();
		Dialogs failure = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> {
			failures.incrementAndGet();
			Dialogs.press(shell, "OK");
		});
		Dialogs verdicts = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> {
			save(shell, "MigrationDragTest.refused");
			Dialogs.press(shell, "Close");
		});
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			menuAction(from, MigrationMenu.MIGRATE_TO, TARGET).run();
			Ui.waitFor(TIMEOUT, "the pre-flight verdicts", () -> verdicts.seen);
		} finally {
			failure.stop();
		}
		assertTrue(verdicts.text.contains("ERROR") && verdicts.text.contains(String.valueOf(pid)), verdicts.text);
		assertTrue(verdicts.text.contains("cannot migrate"), verdicts.text);
		assertEquals(0, failures.get(), "a migration started although the pre-flight refused");
		assertTrue(Job.getJobManager().find(MigrationJob.FAMILY).length == 0, "a migration job runs");
		ProcessInfo still = demo.process(SOURCE, pid);
		assertNotNull(still, "PID " + pid + " left " + SOURCE);
		assertTrue(!still.state().startsWith("T"), "PID " + pid + " is frozen: " + still.state());
		session.refresh(session.host(SOURCE));
		Ui.waitFor(TIMEOUT, "PID " + pid + " still shown under " + SOURCE, () -> find(from, pid));
	}

	@Test
	void cancelBeforeTheFreezeLeavesTheProcessRunningOnItsSource() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		Process process = shown(from, pid);
		AtomicBoolean finished = new AtomicBoolean();
		JobChangeAdapter cancelAtOnce = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					event.getJob().cancel(); // the operator presses the red square before anything froze
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					finished.set(event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(cancelAtOnce);
		Dialogs failure = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> Dialogs.press(shell, "OK"));
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			menuAction(from, MigrationMenu.MIGRATE_TO, TARGET).run();
			Ui.waitFor(TIMEOUT, "the canceled migration job to end", finished::get);
		} finally {
			Job.getJobManager().removeJobChangeListener(cancelAtOnce);
		}
		Ui.drain();
		failure.stop();
		assertNull(failure.seen, "an error dialog for the operator's own cancel: " + failure.text);
		Migration record = Ui.waitFor(TIMEOUT, "the canceled migration's record", () -> session.cluster().getMigrations()
				.stream().filter(m -> m.getPid() == pid).findFirst().orElse(null));
		assertEquals(drover.model.MigrationPhase.PREFLIGHT, record.getFailurePhase());
		ProcessInfo still = demo.process(SOURCE, pid);
		assertNotNull(still, "PID " + pid + " left " + SOURCE);
		assertTrue(!still.state().startsWith("T"), "PID " + pid + " is frozen: " + still.state());
		assertNull(demo.process(TARGET, pid), "PID " + pid + " appeared on " + TARGET);
	}

	@Test
	void aFailureAfterTheFreezeShowsTheFailureDialogAndTheProcessRunsOnItsSource() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		Process process = shown(from, pid);
		// The fault: the dumped image vanishes from the source's disk while the agent holds the migration at the
		// start of TRANSFER (a disk lost under it); the tree is frozen by then, so the migration must roll back.
		demo.pauseAt(SOURCE, Phase.TRANSFER, 4000);
		Dialogs failure = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> {
			save(shell, "MigrationDragTest.failure");
			Dialogs.press(shell, "OK");
		});
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			menuAction(from, MigrationMenu.MIGRATE_TO, TARGET).run();
			MigrationReport held = Ui.waitFor(TIMEOUT, "the agent holding the migration at TRANSFER",
					() -> inPhase(demo, SOURCE, pid, Phase.TRANSFER));
			java.nio.file.Path image = demo.home.demoDir().resolve(SOURCE).resolve("images").resolve(held.id);
			assertTrue(java.nio.file.Files.isDirectory(image), "no image at " + image);
			try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(image)) {
				for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					java.nio.file.Files.delete(f);
				}
			}
			Ui.waitFor(TIMEOUT, "the failure dialog", () -> failure.seen);
		} finally {
			consent.stop();
			failure.stop();
		}
		assertTrue(failure.text.contains("TRANSFER"), failure.text);
		assertTrue(failure.text.contains("resumed PID " + pid + " on " + SOURCE), "what Drover did about it: " + failure.text);
		ProcessInfo still = demo.process(SOURCE, pid);
		assertNotNull(still, "PID " + pid + " left " + SOURCE);
		assertTrue(!still.state().startsWith("T"), "PID " + pid + " is still frozen: " + still.state());
		assertNull(demo.process(TARGET, pid), "PID " + pid + " appeared on " + TARGET);
		session.refresh(session.host(SOURCE));
		Ui.waitFor(TIMEOUT, "PID " + pid + " still shown under " + SOURCE, () -> find(from, pid));
	}

	@AfterEach
	void noPauses() throws Exception {
		demo.pauseAt(SOURCE, null, 0);
		demo.pauseAt(TARGET, null, 0);
	}

	/** How many numbers the counter wrote, asserting they are 1..n: a lost offset or memory breaks the run. */
	private static int consecutive(java.nio.file.Path file) {
		try {
			if (!java.nio.file.Files.exists(file)) {
				return 0;
			}
			java.util.List<Integer> numbers = java.nio.file.Files.readString(file).lines().filter(l -> !l.isBlank())
					.map(Integer::parseInt).toList();
			for (int i = 0; i < numbers.size(); i++) {
				assertEquals(i + 1, numbers.get(i), file + " is not 1..n at line " + (i + 1) + ": the state was lost");
			}
			return numbers.size();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The migration of {@code pid} that {@code host}'s agent runs now, if it is in {@code phase}; else null. */
	static MigrationReport inPhase(DemoCluster demo, String host, int pid, Phase phase) {
		MigrationReport running = demo.running(host, pid);
		return running != null && running.phase == phase ? running : null;
	}

	/** Waits for {@code moved}; a failure dialog instead ends the wait with what it says. */
	static void awaitMoved(String what, java.util.function.BooleanSupplier moved) {
		Dialogs failed = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> Dialogs.press(shell, "OK"));
		try {
			Ui.waitFor(TIMEOUT, what, () -> {
				assertNull(failed.seen, "the migration failed: " + failed.text);
				return moved.getAsBoolean();
			});
		} finally {
			failed.stop();
		}
	}

	static org.eclipse.jface.action.IAction menuAction(ProcessView view, String submenu, String host) {
		MenuManager menu = new MenuManager();
		view.getMigrationMenu().fill(menu);
		for (IContributionItem item : menu.getItems()) {
			if (item instanceof MenuManager sub && submenu.equals(sub.getMenuText())) {
				for (IContributionItem entry : sub.getItems()) {
					if (entry instanceof ActionContributionItem a && host.equals(a.getAction().getText())) {
						assertTrue(a.getAction().isEnabled(), submenu + " " + host + " disabled");
						return a.getAction();
					}
				}
			}
		}
		throw new AssertionError("no '" + submenu + " > " + host + "' in the process view's menu");
	}

	/** Waits until the view's host has the process and its tree shows it. */
	static Process shown(ProcessView view, int pid) {
		Process process = Ui.waitFor(TIMEOUT, "PID " + pid + " in " + view.getHost().getName() + "'s model",
				() -> view.getHost().getProcesses().stream().filter(p -> p.getPid() == pid).findFirst().orElse(null));
		view.getViewer().reveal(process);
		return Ui.waitFor(TIMEOUT, "PID " + pid + " in " + view.getHost().getName() + "'s tree",
				() -> view.getViewer().testFindItem(process) instanceof TreeItem ? process : null);
	}

	static Process find(ProcessView view, int pid) {
		return view.getHost().getProcesses().stream().filter(p -> p.getPid() == pid).findFirst().orElse(null);
	}

	private static Point centre(ProcessView view, Process process) {
		TreeViewer viewer = view.getViewer();
		viewer.reveal(process);
		TreeItem item = (TreeItem) viewer.testFindItem(process);
		viewer.getTree().showItem(item);
		Ui.drain();
		Rectangle cell = item.getBounds(ProcessColumn.PID.ordinal());
		return viewer.getTree().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	private static Point centre(Tree tree) {
		Rectangle area = tree.getClientArea();
		return tree.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
	}

	static void save(org.eclipse.swt.widgets.Shell shell, String name) {
		try {
			Screenshots.save(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

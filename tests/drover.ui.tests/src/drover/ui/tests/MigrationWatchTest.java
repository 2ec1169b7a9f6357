package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.Process;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.ProcessInfo;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.migration.MigrationJob;
import drover.ui.internal.migration.MigrationMenu;
import drover.ui.internal.migration.MigrationStarter;
import drover.ui.internal.migration.VerdictDialog;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.ProcessViews;

/**
 * The console's migration job as a watcher of a migration its source agent owns, on a real demo cluster whose
 * agents hold each migration a few seconds at a chosen phase (test fault pauses) and send one migration at a
 * time (-Ddrover.agent.maxOutgoing=1): a cancel from the progress view while the agent runs pre-flight stops
 * it there, nothing frozen; a cancel after the freeze is too late, the job says so, keeps watching and the
 * process arrives; a migration that waits behind one started with the CLI shows its place in the queue; a
 * migration whose watch breaks goes on in its agent, and the history shows it in progress, then its end.
 */
class MigrationWatchTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String SOURCE = DemoCluster.name(1);
	private static final String TARGET = DemoCluster.name(2);

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private ConsoleSession session;
	private ProcessView from;
	private ProcessView to;
	private final AtomicReference<MigrationJob> job = new AtomicReference<>();
	private final AtomicReference<IStatus> result = new AtomicReference<>();
	private final JobChangeAdapter jobs = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob() instanceof MigrationJob j) {
				job.set(j);
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof MigrationJob) {
				result.set(event.getResult());
			}
		}
	};

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2, "-Ddrover.test.faults=true -Ddrover.agent.maxOutgoing=1");
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
		IWorkbenchPage page = ConnectedConsole.open(TIMEOUT, SOURCE, TARGET);
		window = page.getWorkbenchWindow();
		session = DroverUiPlugin.getDefault().session();
		from = ProcessViews.open(page, SOURCE);
		to = ProcessViews.open(page, TARGET);
		page.showView("org.eclipse.ui.views.ProgressView", null, IWorkbenchPage.VIEW_VISIBLE);
		Job.getJobManager().addJobChangeListener(jobs);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().removeJobChangeListener(jobs);
		demo.pauseAt(SOURCE, null, 0);
	}

	@Test
	void cancelWhileTheAgentRunsPreflightStopsItThereWithNothingFrozen() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		Process process = MigrationDragTest.shown(from, pid);
		demo.pauseAt(SOURCE, Phase.PREFLIGHT, 4000);
		Dialogs failure = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> Dialogs.press(shell, "OK"));
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		MigrationReport held;
		try {
			migrateFromTheMenu(process);
			held = Ui.waitFor(TIMEOUT, "the agent holding the migration in PREFLIGHT",
					() -> job.get() != null ? MigrationDragTest.inPhase(demo, SOURCE, pid, Phase.PREFLIGHT) : null);
			job.get().cancel(); // the red square in the progress view
			Ui.waitFor(TIMEOUT, "the job to end", () -> result.get() != null);
			Ui.drain();
		} finally {
			consent.stop();
			failure.stop();
		}
		assertEquals(IStatus.CANCEL, result.get().getSeverity(), result.get().getMessage());
		assertNull(failure.seen, "an error dialog for the operator's own cancel: " + failure.text);
		// the agent's final record, not a live snapshot polled on the way (it may say FAILED before it says where)
		Migration record = Ui.waitFor(TIMEOUT, "the cancelled migration's final record", () -> {
			Migration m = record(held.id);
			return m != null && m.getPhase() == MigrationPhase.FAILED && m.getFailurePhase() != MigrationPhase.NONE ? m : null;
		});
		assertEquals(MigrationPhase.PREFLIGHT, record.getFailurePhase());
		assertTrue(record.getFailureCause().startsWith(MigrationJob.CANCELED), record.getFailureCause());
		MigrationReport kept = demo.migrations(SOURCE).stream().filter(r -> held.id.equals(r.id)).reduce((a, b) -> b)
				.orElse(null);
		assertNotNull(kept, "the agent has no record of " + held.id);
		assertEquals(Outcome.REFUSED, kept.outcome, "the agent itself stopped it: " + kept.cause);
		ProcessInfo still = demo.process(SOURCE, pid);
		assertNotNull(still, "PID " + pid + " left " + SOURCE);
		assertTrue(!still.state().startsWith("T"), "PID " + pid + " is frozen: " + still.state());
		assertNull(demo.process(TARGET, pid), "PID " + pid + " appeared on " + TARGET);
		demo.kill(SOURCE, pid);
	}

	@Test
	void cancelAfterTheFreezeIsTooLateAndTheMigrationGoesOnToItsEnd() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		Process process = MigrationDragTest.shown(from, pid);
		demo.pauseAt(SOURCE, Phase.TRANSFER, 4000);
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			migrateFromTheMenu(process);
			MigrationReport frozen = Ui.waitFor(TIMEOUT, "the agent holding the frozen tree at TRANSFER",
					() -> job.get() != null ? MigrationDragTest.inPhase(demo, SOURCE, pid, Phase.TRANSFER) : null);
			Migration shownInProgress = Ui.waitFor(TIMEOUT, "the history showing it in progress", () -> {
				Migration m = record(frozen.id);
				return m != null && drover.ui.internal.history.LiveStatus.of(m) != null ? m : null;
			});
			assertEquals(SOURCE, drover.ui.internal.history.LiveStatus.of(shownInProgress).owner());
			job.get().cancel();
			String shown = Ui.waitFor(TIMEOUT, "the job saying it is too late to cancel", () -> {
				String text = job.get().progressText();
				return text.contains(MigrationJob.TOO_LATE) ? text : null;
			});
			assertTrue(shown.startsWith("TRANSFER"), "still watching, in TRANSFER: " + shown);
			MigrationDragTest.save(window.getShell(), "MigrationWatchTest.tooLate");
			MigrationDragTest.awaitMoved("PID " + pid + " shown under " + TARGET + " after the late cancel",
					() -> MigrationDragTest.find(to, pid) != null && MigrationDragTest.find(from, pid) == null);
			Ui.waitFor(TIMEOUT, "the job to end", () -> result.get() != null);
		} finally {
			consent.stop();
		}
		assertNotEquals(IStatus.CANCEL, result.get().getSeverity(), "the job claims the migration was cancelled");
		assertTrue(result.get().getMessage().contains("went on to its end (DONE)"), result.get().getMessage());
		Migration record = Ui.waitFor(TIMEOUT, "the migration's record", () -> session.cluster().getMigrations().stream()
				.filter(m -> m.getPid() == pid && m.getPhase() == MigrationPhase.DONE).findFirst().orElse(null));
		assertEquals(TARGET, record.getTargetHost());
		assertNotNull(demo.process(TARGET, pid), "PID " + pid + " is not on " + TARGET);
		assertNull(demo.process(SOURCE, pid), "PID " + pid + " still on " + SOURCE);
		demo.kill(TARGET, pid);
	}

	@Test
	void aMigrationBehindAnotherShowsItsPlaceInTheQueue() throws Exception {
		int first = demo.spawn(SOURCE, "sleep", "100000");
		int second = demo.spawn(SOURCE, "sleep", "100000");
		Process process = MigrationDragTest.shown(from, second);
		demo.pauseAt(SOURCE, Phase.TRANSFER, 5000);
		// the first one from a terminal: it takes the only outgoing slot and holds it through its pause
		String firstId = demo.migrateDetached(SOURCE, TARGET, first);
		Ui.waitFor(TIMEOUT, "the first migration running", () -> {
			MigrationReport r = demo.running(SOURCE, first);
			return r != null && r.outcome == Outcome.RUNNING;
		});
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		try {
			migrateFromTheMenu(process);
			String shown = Ui.waitFor(TIMEOUT, "the job showing its place in the queue", () -> {
				String text = job.get() == null ? "" : job.get().progressText();
				return text.startsWith("queued, position 1") ? text : null;
			});
			assertTrue(shown.contains("outgoing migrations on " + SOURCE), shown);
			MigrationDragTest.save(window.getShell(), "MigrationWatchTest.queued");
			MigrationDragTest.awaitMoved("both PIDs shown under " + TARGET, () -> MigrationDragTest.find(to, first) != null
					&& MigrationDragTest.find(to, second) != null);
			Ui.waitFor(TIMEOUT, "the job to end", () -> result.get() != null);
		} finally {
			consent.stop();
		}
		assertEquals(IStatus.OK, result.get().getSeverity(), result.get().getMessage());
		assertTrue(demo.accepted(SOURCE, firstId), firstId);
		assertNotNull(demo.process(TARGET, first));
		assertNotNull(demo.process(TARGET, second));
		demo.kill(TARGET, first);
		demo.kill(TARGET, second);
	}

	@Test
	void aMigrationTheConsoleLosesSightOfGoesOnAndTheHistoryShowsItsEnd() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100000");
		Process process = MigrationDragTest.shown(from, pid);
		// long enough for the job to try to attach again and give up while the migration is still held there
		demo.pauseAt(SOURCE, Phase.TRANSFER, 12000);
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Migrate"));
		Dialogs failure = Dialogs.whenOpen(MigrationStarter.FAILURE_TITLE, shell -> Dialogs.press(shell, "OK"));
		MigrationReport held;
		try {
			migrateFromTheMenu(process);
			held = Ui.waitFor(TIMEOUT, "the agent holding the frozen tree at TRANSFER",
					() -> job.get() != null ? MigrationDragTest.inPhase(demo, SOURCE, pid, Phase.TRANSFER) : null);
			Ui.waitFor(TIMEOUT, "the job watching it in TRANSFER", () -> job.get().progressText().startsWith("TRANSFER"));
			// the link to the source goes: here the operator disconnects it, which closes the watch's connection
			session.disconnect(session.host(SOURCE));
			Ui.waitFor(TIMEOUT, "the job to end", () -> result.get() != null);
			Ui.drain();
		} finally {
			consent.stop();
			failure.stop();
		}
		assertEquals(IStatus.WARNING, result.get().getSeverity(), result.get().getMessage());
		assertTrue(result.get().getMessage().contains("goes on in " + SOURCE + "'s agent"), result.get().getMessage());
		assertNull(failure.seen, "a failure dialog for a migration that goes on: " + failure.text);
		Migration inProgress = record(held.id);
		assertNotNull(inProgress, "no record of " + held.id + " in the history");
		assertEquals(Outcome.RUNNING, drover.ui.internal.history.LiveStatus.of(inProgress).outcome());
		assertEquals(MigrationPhase.TRANSFER, inProgress.getPhase());

		// the link comes back: the history (it fetches from a host as it connects) gets the final record
		page().showView(DroverUi.HISTORY_VIEW_ID);
		session.connect(session.host(SOURCE));
		Migration done = Ui.waitFor(TIMEOUT, "the final record in the history", () -> {
			Migration m = record(held.id);
			return m != null && m.getPhase() == MigrationPhase.DONE ? m : null;
		});
		assertEquals(1, session.cluster().getMigrations().stream().filter(m -> held.id.equals(m.getId())).count());
		assertNull(drover.ui.internal.history.LiveStatus.of(done));
		assertNotNull(demo.process(TARGET, pid), "PID " + pid + " is not on " + TARGET);
		assertNull(demo.process(SOURCE, pid), "PID " + pid + " still on " + SOURCE);
		demo.kill(TARGET, pid);
	}

	private IWorkbenchPage page() {
		return window.getActivePage();
	}

	private void migrateFromTheMenu(Process process) {
		from.getViewer().setSelection(new StructuredSelection(process), true);
		MigrationDragTest.menuAction(from, MigrationMenu.MIGRATE_TO, TARGET).run();
	}

	private Migration record(String id) {
		return session.cluster().getMigrations().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
	}
}

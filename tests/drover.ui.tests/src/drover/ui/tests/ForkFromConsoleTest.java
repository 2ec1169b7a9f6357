package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OperationKind;
import drover.model.Process;
import drover.protocol.ProcessInfo;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.history.MigrationColumn;
import drover.ui.internal.history.ReportSnapshot;
import drover.ui.internal.migration.MigrationJob;
import drover.ui.internal.migration.MigrationMenu;
import drover.ui.internal.migration.MigrationStarter;
import drover.ui.internal.migration.VerdictDialog;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.report.ReportEditor;
import drover.ui.internal.report.ReportEditors;
import drover.ui.internal.report.ReportInput;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.ProcessViews;

/**
 * A fork from the console on a real demo cluster: a process dragged with Ctrl held (xdotool; the toolkit's copy)
 * from uitest1's process view onto uitest2's is copied there, and one copied with "Copy to" in the context menu
 * after its pre-flight warned (a file both copies write) and the operator pressed Copy. Each time the original keeps
 * running on uitest1 with its PID, the copy runs on uitest2 (the agents' inventories say so), the copy ran in an
 * Eclipse job, and the history holds its record as kind FORK, with what the copy does not share and what its image
 * was made of, which the report viewer shows.
 */
class ForkFromConsoleTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String SOURCE = DemoCluster.name(1);
	private static final String TARGET = DemoCluster.name(2);

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;
	private ProcessView from;
	private ProcessView to;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getActivePage().closeAllEditors(false);
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
	void ctrlDragCopiesAProcessAndTheOriginalRunsOn() throws Exception {
		int pid = demo.spawn(SOURCE, "sleep", "100731");
		Process process = MigrationDragTest.shown(from, pid);
		List<String> jobs = watchJobs();
		// a sleep holds nothing a copy cannot share; should the pre-flight warn after all, consent
		Dialogs consent = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> Dialogs.press(shell, "Copy"));
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			Mouse.drag(centre(from, process), centre(to.getViewer().getTree()), "ctrl");
			awaitCopied(pid);
		} finally {
			consent.stop();
		}
		Migration record = forkRecord(pid, jobs);
		assertTrue(record.getImage().isCompositionRecorded(), "the target's agent read what the image is made of");
		assertTrue(record.getImage().getAnonPrivatePagesSize() + record.getImage().getHeapPagesSize()
				+ record.getImage().getPrivateFilePagesSize() > 0, "a sleep has some memory of its own");
		MigrationDragTest.shown(to, pid); // the copy, revealed in the target's tree for the picture
		MigrationDragTest.save(window.getShell(), "ForkFromConsoleTest.ctrl-drag");
	}

	@Test
	void copyToFromTheMenuAsksAboutWhatTheCopyCannotShareThenCopies() throws Exception {
		Path written = demo.home.dir().resolve("fork-menu-written.txt");
		int pid = demo.spawn(SOURCE, "python3", "-c", "import time; f = open('" + written + "', 'w');"
				+ " [time.sleep(0.3) for _ in iter(int, 1)]");
		Process process = MigrationDragTest.shown(from, pid);
		List<String> jobs = watchJobs();
		Dialogs verdicts = Dialogs.whenOpen(VerdictDialog.TITLE, shell -> {
			MigrationDragTest.save(shell, "ForkFromConsoleTest.preflight");
			Dialogs.press(shell, "Copy");
		});
		try {
			from.getViewer().setSelection(new StructuredSelection(process), true);
			MigrationDragTest.menuAction(from, MigrationMenu.COPY_TO, TARGET).run();
			Ui.waitFor(TIMEOUT, "the fork's pre-flight dialog", () -> verdicts.seen != null);
			awaitCopied(pid);
		} finally {
			verdicts.stop();
		}
		assertTrue(verdicts.text.contains("Pre-flight of a copy of PID " + pid), verdicts.text);
		assertTrue(verdicts.text.lines().anyMatch(l -> l.startsWith("WARNING | " + pid + " | fd ") && l.contains(written.toString())),
				verdicts.text);
		assertTrue(verdicts.text.contains("both write " + written), verdicts.text);

		Migration record = forkRecord(pid, jobs);
		assertTrue(record.getDifferences().stream().anyMatch(d -> d.contains(written.toString()) && d.contains("both write")),
				"the copy's record says it writes the same file: " + record.getDifferences());

		// the report viewer shows the fork with its image's composition and what the copy does not share
		ReportEditor editor = ReportEditors.open(page, ReportInput.ofRecords(ReportSnapshot.of("fork", List.of(record)), "fork"));
		Ui.waitFor(TIMEOUT, "the report", editor::getReport);
		Ui.drain();
		assertTrue(editor.getDetails().headline().startsWith("Image composition of " + record.getId()),
				editor.getDetails().headline());
		assertEquals("Total", editor.getDetails().shownRows().get(editor.getDetails().shownRows().size() - 1)[0]);
		assertTrue(editor.getDetails().differences().contains(written.toString()), editor.getDetails().differences());
		MigrationDragTest.save(window.getShell(), "ForkFromConsoleTest.report");
		page.closeAllEditors(false);
	}

	/** Names of the migration jobs that run from now on. */
	private static List<String> watchJobs() {
		List<String> names = new CopyOnWriteArrayList<>();
		JobChangeAdapter listener = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					names.add(event.getJob().getName());
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof MigrationJob) {
					Job.getJobManager().removeJobChangeListener(this);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		return names;
	}

	/** Waits until the copy runs on the target, the original still on the source; a failure dialog ends the wait. */
	private void awaitCopied(int pid) {
		Dialogs failed = Dialogs.whenOpen(MigrationStarter.FORK_FAILURE_TITLE, shell -> Dialogs.press(shell, "OK"));
		try {
			Ui.waitFor(TIMEOUT, "a copy of PID " + pid + " under " + TARGET + ", the original still under " + SOURCE, () -> {
				assertNull(failed.seen, "the fork failed: " + failed.text);
				return MigrationDragTest.find(to, pid) != null && MigrationDragTest.find(from, pid) != null;
			});
		} finally {
			failed.stop();
		}
	}

	/** Checks both hosts' inventories, the job and the history; answers the fork's final record. */
	private Migration forkRecord(int pid, List<String> jobs) throws Exception {
		ProcessInfo original = demo.process(SOURCE, pid);
		ProcessInfo copy = demo.process(TARGET, pid);
		assertNotNull(original, "the original PID " + pid + " no longer runs on " + SOURCE);
		assertNotNull(copy, "no copy of PID " + pid + " runs on " + TARGET);
		assertEquals(original.commandLine(), copy.commandLine(), "the copy runs the same command");
		assertTrue(jobs.contains("Copying PID " + pid + " from " + SOURCE + " to " + TARGET + " (fork)"), "jobs: " + jobs);
		Migration record = Ui.waitFor(TIMEOUT, "the fork's final record in the history", () -> session.cluster().getMigrations()
				.stream().filter(m -> m.getPid() == pid && m.getKind() == OperationKind.FORK && m.getPhase() == MigrationPhase.DONE)
				.reduce((a, b) -> b).orElse(null));
		assertEquals(SOURCE, record.getSourceHost());
		assertEquals(TARGET, record.getTargetHost());
		assertEquals("fork DONE", MigrationColumn.STATE.text(record).strip());
		assertFalse(record.getDifferences().isEmpty(), "the copy's record says what differs from the original");
		assertTrue(demo.accepted(SOURCE, record.getId()), "not run by " + SOURCE + "'s agent: " + record.getId());
		assertNotNull(record.getImage(), "the record has its image's sizes");
		assertTrue(record.getImage().isCompositionRecorded(), "the target's agent read what the image is made of");
		return record;
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
}

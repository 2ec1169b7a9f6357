package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.protocol.MigrationReport;
import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.charts.PhaseDataset;
import drover.ui.internal.history.HistoryView;
import drover.ui.internal.history.MigrationColumn;
import drover.ui.internal.history.ReportSnapshot;
import drover.ui.internal.report.ReportEditor;
import drover.ui.internal.session.ConsoleSession;

/**
 * A real migration on the demo cluster, run outside the console (by the core's runner, as the CLI does):
 * the history view learns of it from the agents' own records, lists it, charts its phases and image, saves
 * it as a report file and opens its cost report. And migrations started with the CLI while the console is open
 * (the agents hold each a few seconds at TRANSFER, test fault pauses, and send one at a time): the view shows
 * them by itself, one running and one queued with its place, then each with its final record.
 */
class HistoryViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String SOURCE = DemoCluster.name(1);
	private static final String TARGET = DemoCluster.name(2);

	private static DemoCluster demo;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2, "-Ddrover.test.faults=true -Ddrover.agent.maxOutgoing=1");
	}

	@AfterAll
	static void stopCluster() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getActivePage().closeAllEditors(false);
		window.getActivePage().setEditorAreaVisible(false);
		UiHosts.removeTestHosts(window.getActivePage(), DroverUiPlugin.getDefault().session());
		if (demo != null) {
			demo.close();
		}
	}

	/** The workbench with both demo hosts connected. */
	private static IWorkbenchPage connected() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(window.getShell().getDisplay().getBounds());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		session.importRegistry(true);
		for (String name : new String[] { SOURCE, TARGET }) {
			Host host = session.host(name);
			assertNotNull(host, name + " not imported from the registry");
			session.connect(host);
		}
		Ui.waitFor(TIMEOUT, "both demo hosts connected", () -> session.host(SOURCE).getStatus() == ConnectionStatus.CONNECTED
				&& session.host(TARGET).getStatus() == ConnectionStatus.CONNECTED);
		return page;
	}

	@Test
	void showsMigrationsStartedWithTheCliLiveThenTheirFinalRecords() throws Exception {
		IWorkbenchPage page = connected();
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		HistoryView history = (HistoryView) page.showView(DroverUi.HISTORY_VIEW_ID);
		int first = demo.spawn(SOURCE, "sleep", "100000");
		int second = demo.spawn(SOURCE, "sleep", "100000");
		demo.pauseAt(SOURCE, drover.protocol.Phase.TRANSFER, 8000);
		try {
			// from a terminal, as an operator would; nothing in the console is asked to fetch: the view polls
			String running = demo.migrateDetached(SOURCE, TARGET, first);
			String queued = demo.migrateDetached(SOURCE, TARGET, second);
			Ui.waitFor(TIMEOUT, "the first one shown running at TRANSFER",
					() -> "migration running: TRANSFER".equals(state(history, running)));
			Ui.waitFor(TIMEOUT, "the second one shown queued behind it",
					() -> "migration queued, position 1".equals(state(history, queued)));
			Migration live = record(session, running);
			assertEquals(first, live.getPid());
			assertEquals(SOURCE, drover.ui.internal.history.LiveStatus.of(live).owner());
			history.getViewer().getTable().setFocus();
			Screenshots.save(page.getWorkbenchWindow().getShell(), "HistoryViewTest.live");

			Ui.waitFor(TIMEOUT, "the first one's final record", () -> "migration DONE".equals(state(history, running)));
			Migration done = record(session, running);
			assertNull(drover.ui.internal.history.LiveStatus.of(done), "the final record still has a live state");
			assertTrue(done.getPhaseCosts().stream().anyMatch(c -> c.getPhase() == MigrationPhase.RESTORE),
					"the final record has its phase costs");
			assertTrue(done.getDowntimeMillis() >= 8000, "the downtime includes the pause while frozen: "
					+ done.getDowntimeMillis() + " ms");
			Ui.waitFor(TIMEOUT, "the second one running", () -> String.valueOf(state(history, queued)).startsWith("migration running"));
			Ui.waitFor(TIMEOUT, "the second one's final record", () -> "migration DONE".equals(state(history, queued)));
		} finally {
			demo.pauseAt(SOURCE, null, 0);
		}
		for (String id : new String[] { record(session, first).getId(), record(session, second).getId() }) {
			assertEquals(1, session.cluster().getMigrations().stream().filter(m -> id.equals(m.getId())).count(),
					id + " shown more than once");
		}
		assertNotNull(demo.process(TARGET, first));
		assertNotNull(demo.process(TARGET, second));
		demo.kill(TARGET, first);
		demo.kill(TARGET, second);
	}

	/** The State column's text of the record {@code id} as the table shows it now, or null while it has no row. */
	private static String state(HistoryView history, String id) {
		for (TableItem item : history.getViewer().getTable().getItems()) {
			if (item.getData() instanceof Migration m && id.equals(m.getId())) {
				return item.getText(MigrationColumn.STATE.ordinal());
			}
		}
		return null;
	}

	private static Migration record(ConsoleSession session, String id) {
		return session.cluster().getMigrations().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
	}

	private static Migration record(ConsoleSession session, int pid) {
		return session.cluster().getMigrations().stream().filter(m -> m.getPid() == pid).reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void showsAMigrationTheAgentsRecorded(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = connected();
		IWorkbenchWindow window = page.getWorkbenchWindow();
		ConsoleSession session = DroverUiPlugin.getDefault().session();

		int pid = demo.spawn(SOURCE, "sleep", "100000");
		CompletableFuture<MigrationReport> running = CompletableFuture.supplyAsync(() -> {
			try {
				return demo.migrate(SOURCE, TARGET, pid);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		MigrationReport report = Ui.waitFor(TIMEOUT, "the migration", () -> running.isDone() ? running.join() : null);
		assertEquals(drover.protocol.Outcome.DONE, report.outcome, report.cause);

		HistoryView history = (HistoryView) page.showView(DroverUi.HISTORY_VIEW_ID);
		history.getActions().fetch();
		Migration record = Ui.waitFor(TIMEOUT, "the agents' record in the history", () -> session.cluster().getMigrations().stream()
				.filter(m -> report.id.equals(m.getId())).findFirst().orElse(null));
		assertEquals(1, session.cluster().getMigrations().stream().filter(m -> report.id.equals(m.getId())).count(),
				"a record from both agents shown twice");
		assertEquals(MigrationPhase.DONE, record.getPhase());
		assertEquals(pid, record.getPid());
		Ui.drain();
		TableItem row = Ui.waitFor(TIMEOUT, "the record's row", () -> java.util.Arrays.stream(history.getViewer().getTable().getItems())
				.filter(i -> i.getData() == record).findFirst().orElse(null));
		assertEquals(SOURCE + " \u2192 " + TARGET, row.getText(MigrationColumn.HOSTS.ordinal()));
		assertEquals(Integer.toString(pid), row.getText(MigrationColumn.PID.ordinal()));
		assertEquals(MigrationColumn.DOWNTIME.text(record), row.getText(MigrationColumn.DOWNTIME.ordinal()));

		history.getViewer().setSelection(new StructuredSelection(record), true);
		CategoryDataset phases = history.getCharts().canvas(ChartKind.PHASES).getChart().getCategoryPlot().getDataset();
		assertEquals(report.id, phases.getColumnKey(0));
		for (MigrationReport.PhaseTiming timing : report.phases) {
			assertEquals(report.phaseMillis(timing.phase()), phases.getValue(timing.phase().name(), report.id).longValue(),
					timing.phase().name());
		}
		assertNotNull(history.getCharts().canvas(ChartKind.IMAGE).getChart());
		history.getViewer().getTable().setFocus();
		Screenshots.save(window.getShell(), "HistoryViewTest.history");
		Screenshots.save(history.getCharts(), "HistoryViewTest.charts");

		Path file = dir.resolve("one.xmi");
		org.eclipse.core.runtime.jobs.Job saving = history.getActions().save(file);
		Ui.waitFor(TIMEOUT, "the report saved", () -> saving.getResult() != null);
		assertEquals(org.eclipse.core.runtime.IStatus.OK, saving.getResult().getSeverity(), saving.getResult().getMessage());
		Cluster saved = ReportFiles.load(file);
		assertEquals(java.util.List.of(report.id), saved.getMigrations().stream().map(Migration::getId).toList());
		assertEquals(true, EcoreUtil.equals(ReportSnapshot.of(session.cluster().getName(), java.util.List.of(record)), saved));

		history.getActions().openReport();
		ReportEditor editor = (ReportEditor) page.getActiveEditor();
		assertNotNull(editor, "no cost report opened");
		assertEquals(1, editor.getViewer().getTable().getItemCount());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(window.getShell(), "HistoryViewTest.costReport");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}
}

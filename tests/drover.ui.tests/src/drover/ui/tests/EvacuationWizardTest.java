package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import drover.model.Host;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationPlan.Step;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest.Repeat;
import drover.protocol.Json;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.evacuation.EvacuateHandler;
import drover.ui.internal.evacuation.EvacuationPlanning;
import drover.ui.internal.evacuation.EvacuationWizard;
import drover.ui.internal.evacuation.EvacuationsView;
import drover.ui.internal.evacuation.PlanPage;
import drover.ui.internal.report.EvacuationReportEditor;
import drover.ui.internal.session.ConsoleSession;

/**
 * "Evacuate Host..." on a real demo cluster of three hosts, with real process trees of different sizes on the
 * first: the wizard's plan is the plan {@code drover plan HOST --json} prints for the same cluster, before and
 * after the operator changes an action and a target (the CLI given the same choices with {@code --set}); a
 * scheduled evacuation the wizard hands to the host's agent is listed in the Evacuations view and cancelled from
 * it; an evacuation run now moves the trees, its summary report opens (predicted against actual) and is kept,
 * and Return Processes brings them back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvacuationWizardTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);
	private static final String HOST = DemoCluster.name(1);
	private static final List<String> OTHERS = List.of(DemoCluster.name(2), DemoCluster.name(3));

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;
	private WizardDialog dialog;
	private final List<int[]> spawned = new ArrayList<>();

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(3);
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
		List<String> all = new ArrayList<>(OTHERS);
		all.add(0, HOST);
		page = ConnectedConsole.open(TIMEOUT, all.toArray(String[]::new));
		window = page.getWorkbenchWindow();
		session = DroverUiPlugin.getDefault().session();
	}

	@AfterEach
	void close() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		for (int[] p : spawned) {
			for (String h : List.of(HOST, OTHERS.get(0), OTHERS.get(1))) {
				if (demo.process(h, p[0]) != null) {
					demo.killTree(h, p[0]);
				}
			}
		}
		spawned.clear();
		page.closeAllEditors(false);
	}

	/** Three trees on the host: a sleep, a shell holding about 30 MB with its sleep, a python holding about 80 MB. */
	private int[] threeTrees() throws Exception {
		int small = demo.spawn(HOST, "sleep", "100000");
		int medium = demo.spawn(HOST, "sh", "-c", "x=$(head -c 30000000 /dev/zero | tr '\\0' a); sleep 100000");
		int large = demo.spawn(HOST, "/usr/bin/python3", "-c", "import time\nb = b'a' * (80 << 20)\ntime.sleep(1e6)");
		for (int pid : new int[] { small, medium, large }) {
			spawned.add(new int[] { pid });
		}
		Thread.sleep(1500); // the shell fills its string, python its bytes: their resident sizes are what the plan sees
		return new int[] { small, medium, large };
	}

	private EvacuationWizard openWizard() {
		dialog = EvacuateHandler.dialog(window.getShell(), HOST);
		dialog.setBlockOnOpen(false);
		dialog.open();
		EvacuationWizard wizard = (EvacuationWizard) dialog.getCurrentPage().getWizard();
		Ui.waitFor(TIMEOUT, "the wizard's first plan", () -> wizard.planCurrent() || wizard.problem() != null);
		assertEquals(null, wizard.problem());
		return wizard;
	}

	private static EvacuationPlan waitForPlan(EvacuationWizard wizard) {
		return Ui.waitFor(TIMEOUT, "the plan of the operator's choices", () -> wizard.planCurrent() ? wizard.plan() : null);
	}

	/** What the CLI plans for the host with {@code args} ({@code --set ...}), as JSON. */
	private static EvacuationPlan cliPlan(String... args) throws Exception {
		List<String> argv = new ArrayList<>(List.of("plan", HOST, "--json"));
		argv.addAll(List.of(args));
		String out = demo.drover(argv.toArray(String[]::new));
		return Json.newMapper().readValue(out.substring(out.indexOf('{')), EvacuationPlan.class);
	}

	/** What a plan decides, tree by tree: PID, proposed action, action, target, verdict. */
	private static List<String> decisions(EvacuationPlan plan) {
		return plan.steps().stream().sorted(Comparator.comparingInt(Step::pid))
				.map(s -> s.pid() + " " + s.proposed() + " " + s.action() + " " + s.target() + " " + s.verdict() + " " + s.pids())
				.toList();
	}

	@Test
	@Order(0)
	void evacuateHostIsInTheHostsViewsAndTheProcessViewsContextMenusAndOpensTheWizard() throws Exception {
		drover.ui.internal.views.HostsView hosts = (drover.ui.internal.views.HostsView) page.showView(DroverUi.HOSTS_VIEW_ID);
		hosts.getViewer().setSelection(new StructuredSelection(session.host(HOST)));
		assertTrue(menuItems(hosts.getViewer().getControl()).contains("Evacuate Host..."),
				menuItems(hosts.getViewer().getControl()).toString());
		drover.ui.internal.views.ProcessView processes = drover.ui.internal.views.ProcessViews.open(page, HOST);
		assertTrue(menuItems(processes.getViewer().getControl()).contains("Evacuate Host..."),
				menuItems(processes.getViewer().getControl()).toString());
		page.activate(hosts);
		Dialogs wizard = Dialogs.whenOpen(EvacuationWizard.TITLE + " " + HOST, shell -> Dialogs.press(shell, "Cancel"));
		try {
			PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(EvacuateHandler.COMMAND_ID,
					null);
		} finally {
			wizard.stop();
		}
		assertNotNull(wizard.seen, "the command opened no wizard for " + HOST);
		Ui.waitFor(TIMEOUT, "no planning left behind", () -> Job.getJobManager().find(EvacuationPlanning.FAMILY).length == 0);
	}

	/** The labels of a control's context menu as it shows (contributions from plugin.xml included). */
	private static List<String> menuItems(org.eclipse.swt.widgets.Control control) {
		org.eclipse.swt.widgets.Menu menu = control.getMenu();
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> out = new ArrayList<>();
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			out.add(item.getText().replace("&", "").replaceAll("\\t.*", ""));
		}
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		return out;
	}

	@Test
	@Order(1)
	void theWizardPlansWhatDroverPlanPrintsAlsoAfterTheOperatorChangesAnActionAndATarget() throws Exception {
		int[] trees = threeTrees();
		EvacuationWizard wizard = openWizard();
		EvacuationPlan first = wizard.plan();
		for (int pid : trees) {
			Step s = first.step(pid);
			assertNotNull(s, "PID " + pid + " is not a tree of the plan: " + decisions(first));
			assertTrue(s.action().moves() && OTHERS.contains(s.target()), "PID " + pid + " does not move: " + s);
		}
		assertEquals(first.steps().size(), wizard.processesPage().viewer().getTable().getItemCount(), "page 1 rows");
		assertEquals(decisions(cliPlan()), decisions(first), "the wizard's plan and drover plan's");
		Screenshots.save(dialog.getShell(), "EvacuationWizardTest.processes");

		// page 1: the small tree stays; page 2: the large one goes to the host the planner ranked second
		wizard.processesPage().setAction(trees[0], EvacuationAction.LEAVE);
		Dialogs.press(dialog.getShell(), "Next >");
		EvacuationPlan second = waitForPlan(wizard);
		assertEquals(EvacuationAction.LEAVE, second.step(trees[0]).action());
		Step large = second.step(trees[2]);
		String other = OTHERS.stream().filter(h -> !h.equals(large.target())).findFirst().orElseThrow();
		assertTrue(large.alternatives().stream().anyMatch(a -> a.host().equals(other) && !a.excluded()),
				"the large tree's alternatives: " + large.alternatives());
		wizard.planPage().viewer().setSelection(new StructuredSelection(large));
		String details = wizard.planPage().detailsText();
		assertTrue(details.contains("Other hosts, best first") && details.contains(other), details);
		wizard.planPage().setTarget(trees[2], other);
		EvacuationPlan third = waitForPlan(wizard);
		Step moved = third.step(trees[2]);
		assertEquals(other, moved.target(), "the operator's target: " + moved);
		assertTrue(moved.overridden() && moved.reasons().stream().anyMatch(r -> r.contains("the operator chose " + other)),
				moved.reasons().toString());
		assertTrue(PlanPage.describe(moved).contains(large.target()), "the planner's own choice is not among the alternatives: "
				+ PlanPage.describe(moved));
		Ui.drain();
		Screenshots.save(dialog.getShell(), "EvacuationWizardTest.plan");
		EvacuationPlan cli = cliPlan("--set", trees[0] + "=leave", "--set",
				trees[2] + "=" + moved.action().name().toLowerCase().replace('_', '-') + "@" + other);
		assertEquals(decisions(cli), decisions(third), "the wizard's plan and drover plan's with the same choices");
		Dialogs.press(dialog.getShell(), "Cancel");
	}

	@Test
	@Order(2)
	void aScheduledEvacuationIsListedInTheEvacuationsViewAndCancelledThere() throws Exception {
		int[] trees = threeTrees();
		EvacuationWizard wizard = openWizard();
		Dialogs.press(dialog.getShell(), "Next >");
		waitForPlan(wizard);
		Dialogs.press(dialog.getShell(), "Next >");
		long at = (System.currentTimeMillis() / 1000 + 3600) * 1000;
		wizard.schedulePage().schedule(at, Repeat.DAILY);
		Ui.waitFor(TIMEOUT, "Finish enabled", () -> wizard.canFinish());
		Screenshots.save(dialog.getShell(), "EvacuationWizardTest.schedule");
		Dialogs.press(dialog.getShell(), "Finish");
		assertEquals(at, wizard.request().startAt());
		EvacuationsView view = (EvacuationsView) Ui.waitFor(TIMEOUT, "the Evacuations view",
				() -> page.findView(EvacuationsView.ID));
		EvacuationRecord listed = Ui.waitFor(TIMEOUT, "the scheduled evacuation in the view", () -> view.records().stream()
				.filter(r -> HOST.equals(r.host) && r.state == EvacuationRecord.State.SCHEDULED && r.startsAt == at).findFirst()
				.orElse(null));
		assertEquals(Repeat.DAILY, listed.request.repeat());
		assertNotNull(listed.request.seenPlan(), "the plan the operator saw goes with it");
		EvacuationRecord kept = demo.evacuations(HOST).stream().filter(r -> r.id.equals(listed.id)).findFirst().orElse(null);
		assertNotNull(kept, HOST + "'s agent does not keep " + listed.id);
		assertEquals(EvacuationRecord.State.SCHEDULED, kept.state);
		Object row = view.records().stream().filter(r -> r.id.equals(listed.id)).findFirst().orElseThrow();
		view.getViewer().setSelection(new StructuredSelection(row));
		assertTrue(view.cancelAction().isEnabled(), "Cancel is not offered for a scheduled evacuation");
		Screenshots.save(view.getViewer().getControl().getShell(), "EvacuationWizardTest.evacuations");
		view.cancelAction().run();
		Ui.waitFor(TIMEOUT, "the view to show it cancelled", () -> view.records().stream()
				.anyMatch(r -> r.id.equals(listed.id) && r.state == EvacuationRecord.State.CANCELLED));
		EvacuationRecord after = demo.evacuations(HOST).stream().filter(r -> r.id.equals(listed.id)).findFirst().orElseThrow();
		assertEquals(EvacuationRecord.State.CANCELLED, after.state, after.cause);
		for (int pid : trees) {
			assertNotNull(demo.process(HOST, pid), "PID " + pid + " left " + HOST + " although the evacuation was cancelled");
		}
	}

	@Test
	@Order(3)
	void anEvacuationRunNowMovesTheTreesItsReportOpensAndReturnProcessesBringsThemBack() throws Exception {
		int[] trees = threeTrees();
		EvacuationWizard wizard = openWizard();
		Dialogs.press(dialog.getShell(), "Next >");
		EvacuationPlan plan = waitForPlan(wizard);
		Dialogs.press(dialog.getShell(), "Next >");
		Ui.waitFor(TIMEOUT, "Finish enabled", () -> wizard.canFinish());
		Dialogs.press(dialog.getShell(), "Finish");
		EvacuationReportEditor report = Ui.waitFor(TIMEOUT, "the evacuation's report", () -> reportOf(r -> r.restoreOf == null));
		EvacuationRecord done = report.record();
		assertEquals(EvacuationRecord.State.DONE, done.state, EvacuationRecordText.of(done));
		for (int pid : trees) {
			EvacuationRecord.Result r = done.results.stream().filter(x -> x.pid == pid).findFirst().orElseThrow();
			assertEquals(EvacuationRecord.StepOutcome.MOVED, r.outcome, r.cause);
			assertEquals(plan.step(pid).target(), r.target, "PID " + pid + " went elsewhere than planned");
			assertNotNull(demo.process(r.target, r.targetPid), "PID " + pid + " is not on " + r.target);
			assertEquals(null, demo.process(HOST, pid), "PID " + pid + " still on " + HOST);
			assertTrue(r.actualTotalMillis > 0 && r.predicted.totalMillis() > 0, "no predicted and actual cost for PID " + pid);
		}
		assertEquals(done.results.size(), report.getViewer().getTable().getItemCount());
		assertTrue(report.getChart().getChart().getCategoryPlot().getDataset().getColumnCount() >= trees.length,
				"the chart has no bars for the trees");
		assertTrue(report.summaryText().contains(done.moved() + " moved"), report.summaryText());
		assertNotNull(DroverUiPlugin.getDefault().evacuations().reports().get(done.id), "the report is not kept");
		page.toggleZoom(page.getReference(report)); // the editor area opens small beside the views
		Ui.drain();
		Screenshots.save(report.getViewer().getControl().getShell(), "EvacuationWizardTest.report");
		page.toggleZoom(page.getReference(report));

		EvacuationsView view = (EvacuationsView) page.showView(EvacuationsView.ID);
		Object row = Ui.waitFor(TIMEOUT, "the ended evacuation in the view",
				() -> view.records().stream().filter(r -> r.id.equals(done.id) && r.state.isFinal()).findFirst().orElse(null));
		view.getViewer().setSelection(new StructuredSelection(row));
		assertTrue(view.restoreAction().isEnabled(), "Return Processes is not offered");
		view.restoreAction().run();
		EvacuationReportEditor back = Ui.waitFor(TIMEOUT, "the return's report", () -> reportOf(r -> done.id.equals(r.restoreOf)));
		assertEquals(EvacuationRecord.State.DONE, back.record().state, EvacuationRecordText.of(back.record()));
		for (int pid : trees) {
			assertNotNull(demo.process(HOST, pid), "PID " + pid + " did not come back to " + HOST);
		}
		assertNotEquals(null, demo.evacuations(HOST).stream().filter(r -> done.id.equals(r.restoreOf)).findFirst().orElse(null),
				HOST + "'s agent keeps no record of the return");
	}

	private EvacuationReportEditor reportOf(java.util.function.Predicate<EvacuationRecord> which) {
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof EvacuationReportEditor e && which.test(e.record())) {
				return e;
			}
		}
		return null;
	}

	/** A record's outcome per tree, for assertion messages. */
	private static final class EvacuationRecordText {
		static String of(EvacuationRecord r) {
			StringBuilder b = new StringBuilder(r.state + " " + r.cause);
			r.results.forEach(x -> b.append("\n  ").append(x.pid).append(' ').append(x.outcome).append(' ').append(x.target)
					.append(' ').append(x.cause));
			return b.toString();
		}
	}
}

package drover.ui.internal.evacuation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;

import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRequest;

/**
 * "Evacuate host...": page 1 the host's process trees and the action for each (the planner's proposal, changeable),
 * page 2 the plan (target, reasons, predicted cost and verdict per tree; a target can be overridden, its ranked
 * alternatives shown with why they are worse), page 3 when (now, or a date and time with a repeat), how many at
 * once, and what to do with trees that cannot move. Every change of choice plans again in a job; Finish hands the
 * request, with the plan the operator saw, to {@code finish} (which sends it to the host's agent).
 */
public final class EvacuationWizard extends Wizard {

	public static final String TITLE = "Evacuate host";

	private final EvacuationPlanning planning;
	private final Consumer<EvacuationRequest> finish;
	private final ProcessesPage processes;
	private final PlanPage planPage;
	private final SchedulePage schedule;
	private PlanChoices choices;
	private PlanChoices planned;
	private EvacuationPlan plan;
	private String problem;
	private Job running;
	private EvacuationRequest request;
	private final List<Runnable> planListeners = new ArrayList<>();

	public EvacuationWizard(EvacuationPlanning planning, String host, Consumer<EvacuationRequest> finish) {
		this.planning = planning;
		this.finish = finish;
		this.choices = PlanChoices.of(host).withRules(planning.clusterRules()); // as drover plan starts from them
		// the pages read the host from the wizard: made once it is set
		this.processes = new ProcessesPage(this);
		this.planPage = new PlanPage(this);
		this.schedule = new SchedulePage(this);
		setWindowTitle(TITLE + " " + host);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(processes);
		addPage(planPage);
		addPage(schedule);
		replan();
	}

	public String host() {
		return choices.host();
	}

	public PlanChoices choices() {
		return choices;
	}

	/** The latest plan, or null while the first is being made (or when it failed: {@link #problem()}). */
	public EvacuationPlan plan() {
		return plan;
	}

	/** Is the plan shown the plan of the current choices? */
	public boolean planCurrent() {
		return plan != null && choices.equals(planned) && running == null;
	}

	public String problem() {
		return problem;
	}

	/** UI thread: the operator changed something; plan again. */
	void choose(PlanChoices newChoices) {
		if (!newChoices.equals(choices)) {
			choices = newChoices;
			replan();
		}
	}

	void onPlan(Runnable listener) {
		planListeners.add(listener);
	}

	private void replan() {
		PlanChoices asked = choices;
		problem = null;
		running = planning.plan(asked, p -> {
			if (asked.equals(choices)) { // an answer to older choices is not shown
				plan = p;
				planned = asked;
				running = null;
				changed();
			}
		}, why -> {
			if (asked.equals(choices)) {
				problem = why;
				running = null;
				changed();
			}
		});
		changed();
	}

	private void changed() {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		planListeners.forEach(Runnable::run);
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
			getContainer().updateMessage();
		}
	}

	@Override
	public boolean canFinish() {
		return planCurrent() && schedule.isPageComplete() && getContainer().getCurrentPage() == schedule;
	}

	@Override
	public boolean performFinish() {
		request = planning.request(choices, schedule.startAt(), schedule.repeat(), plan);
		finish.accept(request);
		return true;
	}

	/** What Finish sent, or null: for tests. */
	public EvacuationRequest request() {
		return request;
	}

	public ProcessesPage processesPage() {
		return processes;
	}

	public PlanPage planPage() {
		return planPage;
	}

	public SchedulePage schedulePage() {
		return schedule;
	}
}

package drover.ui.internal.evacuation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.ui.internal.ConsoleLog;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.HostRegistry;
import drover.core.evacuation.ClusterRules;
import drover.core.evacuation.EvacuationPlanner;
import drover.core.evacuation.EvacuationTargets;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRequest;
import drover.protocol.EvacuationRules;
import drover.protocol.EvacuationTarget;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * Plans an evacuation off the UI thread with the core's {@link EvacuationPlanner}, the planner {@code drover plan}
 * uses, over the console's connected hosts: the host to empty and every other connected host as a candidate.
 * Each plan is a job of {@link #FAMILY}; its answer (or why there is none) goes back to the UI thread.
 */
public final class EvacuationPlanning {

	/** Job family of planning jobs (tests join it). */
	public static final Object FAMILY = EvacuationPlanning.class;

	private final ConsoleSession session;
	private final Display display;

	public EvacuationPlanning(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	/** UI thread: the other hosts the console is connected to, the candidates for {@code host}'s trees. */
	public List<HostEntry> candidates(String host) {
		return session.cluster().getHosts().stream()
				.filter(h -> !h.getName().equals(host) && h.getStatus() == ConnectionStatus.CONNECTED).map(HostEntries::of)
				.toList();
	}

	/** UI thread: the candidates as an evacuation request names them (with the host keys pinned for them). */
	public List<EvacuationTarget> targets(String host) {
		return EvacuationTargets.of(candidates(host), session.pins(), host, null); // as the CLI builds them, from connected hosts
	}

	/** UI thread: plans in a job; {@code answer} or {@code failure} is called on the UI thread. */
	public Job plan(PlanChoices choices, Consumer<EvacuationPlan> answer, Consumer<String> failure) {
		Host host = session.host(choices.host());
		if (host == null) {
			failure.accept("There is no host " + choices.host() + " in the console.");
			return null;
		}
		HostEntry source = HostEntries.of(host);
		List<HostEntry> others = candidates(choices.host());
		EvacuationRequest request = request(choices, 0, EvacuationRequest.Repeat.NONE, null);
		Job job = new Job("Planning the evacuation of " + choices.host()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					EvacuationPlan plan = planNow(source, others, request);
					ui(() -> answer.accept(plan));
				} catch (IOException | RuntimeException e) {
					ConsoleLog.ifInternal(getName(), e);
					String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
					ui(() -> failure.accept("Cannot plan the evacuation of " + choices.host() + ": " + why));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.schedule();
		return job;
	}

	/**
	 * UI thread: the request {@code drover plan} and {@code drover evacuate} send for the same choices: every other
	 * connected host as a target, with the key the operator pinned for it, and the host's settings from the registry
	 * (its Slurm node, which the host's agent drains).
	 */
	public EvacuationRequest request(PlanChoices choices, long startAt, EvacuationRequest.Repeat repeat, EvacuationPlan seen) {
		return new EvacuationRequest(choices.host(), null, choices.rules(), choices.overrides(), targets(choices.host()),
				choices.parallel(), startAt, repeat, seen, false, settingsOf(choices.host()));
	}

	/** The cluster's evacuation rules ({@code drover evacuation-rules}), as the CLI starts from them; the defaults if unreadable. */
	public EvacuationRules clusterRules() {
		try {
			return ClusterRules.load(session.home());
		} catch (IOException e) {
			return EvacuationRules.defaults();
		}
	}

	/** The host's settings in the registry the console shares with the CLI; none when it cannot be read. */
	private Map<String, String> settingsOf(String host) {
		try {
			return new HostRegistry(session.home()).find(host).map(HostEntry::settings).orElse(Map.of());
		} catch (IOException e) {
			return Map.of(); // the evacuation still runs; only the cluster scheduler's drain is left out
		}
	}

	/**
	 * Job threads: the plan, now (blocks while the hosts are asked). The host's agent plans when it can ({@code plan},
	 * as {@code drover plan} asks it: it asks the targets itself, with its node key); an older agent's host is planned
	 * from here, over the console's connections, by the same planner.
	 */
	EvacuationPlan planNow(HostEntry source, List<HostEntry> others, EvacuationRequest request) throws IOException {
		AgentConnection agent = session.connection(source);
		if (agent.hello().capabilities().contains(EVACUATION_CAPABILITY)) {
			return agent.plan(request);
		}
		return EvacuationPlanner.plan(new ClusterFacts(session).gather(source, others, request));
	}

	/** The capability of agents that plan and run evacuations themselves. */
	static final String EVACUATION_CAPABILITY = "evacuation";

	private void ui(Runnable r) {
		if (!display.isDisposed()) {
			display.asyncExec(r);
		}
	}
}

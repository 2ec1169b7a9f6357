package drover.ui.internal.evacuation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.evacuation.CostModel;
import drover.core.evacuation.PlanInput;
import drover.core.evacuation.Trees;
import drover.core.migration.MigrationRunner;
import drover.protocol.EvacuationRequest;
import drover.protocol.EvacuationTarget;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.MigrationReport;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;
import drover.ui.internal.session.ConsoleSession;

/**
 * Gathers what the planner decides from over the console's own connections, for an agent that cannot plan by
 * itself (no {@code evacuation} capability): the host's inventory, facts and pre-flight of each tree, each other
 * connected host's {@code hello} and {@code preflight-target} of each tree, and the cost records the host's
 * agent keeps. The same facts the host's agent gathers for {@code plan}, asked from here; job threads only.
 */
final class ClusterFacts {

	private final ConsoleSession session;

	ClusterFacts(ConsoleSession session) {
		this.session = session;
	}

	PlanInput gather(HostEntry source, List<HostEntry> others, EvacuationRequest request) throws IOException {
		AgentConnection agent = session.connection(source);
		Hello hello = agent.hello();
		Inventory inventory = agent.inventory();
		Set<Integer> excluded = agentPids(inventory);
		Map<Integer, Preflight> preflights = new HashMap<>();
		for (ProcessInfo root : Trees.roots(inventory, excluded, request.selection())) {
			try {
				preflights.put(root.pid(), agent.preflight(root.pid()));
			} catch (AgentException e) {
				preflights.put(root.pid(), null); // the planner says it could not be judged
			}
		}
		List<CompletableFuture<PlanInput.Candidate>> asked = new ArrayList<>();
		for (HostEntry other : others) {
			asked.add(CompletableFuture.supplyAsync(() -> ask(other, preflights), r -> Thread.ofVirtual().start(r)));
		}
		List<PlanInput.Candidate> candidates = asked.stream().map(CompletableFuture::join).toList();
		return new PlanInput(source.name(), inventory, hello.host(), excluded, preflights, candidates, model(agent),
				request.selection(), request.rules(), request.overrides(), request.parallel(), System.currentTimeMillis());
	}

	/** The host the console knows as {@code entry}, as an evacuation names it: where, and the key pinned for it. */
	EvacuationTarget target(HostEntry entry) {
		return new EvacuationTarget(entry.name(), entry.address(), entry.port(), entry.user(),
				MigrationRunner.pinnedFingerprint(session.pins(), entry));
	}

	private PlanInput.Candidate ask(HostEntry entry, Map<Integer, Preflight> source) {
		EvacuationTarget target = target(entry);
		try {
			AgentConnection c = session.connection(entry);
			Hello hello = c.hello();
			Map<Integer, Preflight> pf = new HashMap<>();
			for (Map.Entry<Integer, Preflight> e : source.entrySet()) {
				Preflight tree = e.getValue();
				if (tree == null || tree.blocked()) {
					continue;
				}
				try {
					pf.put(e.getKey(), c.preflightTarget(tree.pids(), tree.residentBytes(), tree.residentBytes(), false, tree.ptys()));
				} catch (IOException ex) {
					pf.put(e.getKey(), new Preflight(entry.name(), tree.pids(), 0, List.of(new Preflight.Verdict(Preflight.Verdict.ERROR,
							e.getKey(), "pre-flight on " + entry.name(), ex.getMessage())), List.of(), 0, 0));
				}
			}
			String criu = hello.criu() != null && hello.criu().checkOk() ? null
					: hello.criu() == null ? "no CRIU status" : hello.criu().checkMessage();
			return new PlanInput.Candidate(target, hello.host(), criu, pf, null);
		} catch (IOException | RuntimeException e) {
			return new PlanInput.Candidate(target, null, null, null, e instanceof AgentException a ? a.explain() : e.getMessage());
		}
	}

	/** The agent's records teach the model, as the agent's own planning does. */
	private static CostModel model(AgentConnection agent) {
		try {
			List<MigrationReport> records = agent.migrations();
			return CostModel.fit(records);
		} catch (IOException e) {
			return CostModel.fit(List.of()); // no history: the defaults, which the reasons name
		}
	}

	/**
	 * The agent's own process (a Java running the agent's jar) and, by {@link Trees}, its helpers below it: the
	 * agent leaves itself out when it plans; from here it is found by its command line.
	 */
	static Set<Integer> agentPids(Inventory inventory) {
		Set<Integer> out = new HashSet<>();
		for (ProcessInfo p : inventory.processes()) {
			String command = String.join(" ", p.commandLine());
			if (command.contains("-jar") && command.contains("drover.agent")) {
				out.add(p.pid());
			}
		}
		return out;
	}
}

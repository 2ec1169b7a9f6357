package drover.agent.internal.evacuation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.HostFactsReader;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.RequestException;
import drover.agent.internal.criu.PreflightCheck;
import drover.agent.internal.proc.ProcScanner;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.evacuation.CostModel;
import drover.core.evacuation.EvacuationPlanner;
import drover.core.evacuation.PlanInput;
import drover.core.evacuation.Trees;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRequest;
import drover.protocol.EvacuationTarget;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;

/**
 * Gathers what the planner decides from and plans: this host's inventory, facts and pre-flight of each tree; each
 * other host's {@code hello} (memory, load, CPU flags, free PIDs, CRIU) and its {@code preflight-target} of each
 * tree (PIDs and ptys free, room), asked with the node key, from the host key the operator pinned for it; the cost
 * records this agent keeps. The other hosts are asked in parallel; one that does not answer is a candidate with
 * its error (never chosen).
 */
final class PlanFacts {

	private static final Logger LOG = LoggerFactory.getLogger(PlanFacts.class);

	private final String hostName;
	private final ProcScanner scanner;
	private final RequestDispatcher dispatcher;
	private final AgentClient peers;
	private final ObjectMapper json = Json.newMapper();

	PlanFacts(String hostName, ProcScanner scanner, RequestDispatcher dispatcher, AgentClient peers) {
		this.hostName = hostName;
		this.scanner = scanner;
		this.dispatcher = dispatcher;
		this.peers = peers;
	}

	EvacuationPlan plan(EvacuationRequest request, long now) throws IOException {
		Inventory inventory = scanner.scan(hostName);
		Set<Integer> excluded = agentAndAncestors(); // with what runs below them: the agent's CRIU and helpers
		Map<Integer, Preflight> source = new HashMap<>();
		for (ProcessInfo root : Trees.roots(inventory, excluded, request.selection())) {
			try {
				source.put(root.pid(), PreflightCheck.source(inventory, root.pid()));
			} catch (RequestException | RuntimeException e) {
				source.put(root.pid(), null); // the planner says it could not be judged
				LOG.debug("pre-flight of {} for the evacuation: {}", root.pid(), e.getMessage());
			}
		}
		CostModel model = model();
		List<CompletableFuture<PlanInput.Candidate>> asked = new ArrayList<>();
		for (EvacuationTarget t : request.targets()) {
			if (!t.name().equals(hostName)) {
				asked.add(CompletableFuture.supplyAsync(() -> ask(t, source, model), r -> Thread.ofVirtual().start(r)));
			}
		}
		List<PlanInput.Candidate> candidates = asked.stream().map(CompletableFuture::join).toList();
		return EvacuationPlanner.plan(new PlanInput(hostName, inventory, HostFactsReader.read(), excluded, source, candidates,
				model, request.selection(), request.rules(), request.overrides(), request.parallel(), now, request.seenPlan()));
	}

	/** The agent and the processes above it up to init (a wrapper that started it: moving it would take the agent along). */
	static Set<Integer> agentAndAncestors() {
		Set<Integer> out = new java.util.HashSet<>();
		for (ProcessHandle p = ProcessHandle.current(); p != null && p.pid() > 1; p = p.parent().orElse(null)) {
			out.add((int) p.pid());
		}
		return out;
	}

	/** The model of earlier costs, from every migration record this agent keeps (its own evacuations' included). */
	CostModel model() {
		List<MigrationReport> records = new ArrayList<>();
		try {
			for (JsonNode node : dispatcher.migrationRecords()) {
				try {
					records.add(json.treeToValue(node, MigrationReport.class));
				} catch (IOException | IllegalArgumentException e) {
					// a record of another shape: not a cost to learn from
				}
			}
		} catch (IOException e) {
			LOG.warn("cannot read the migration records for the cost model: {}", e.getMessage());
		}
		return CostModel.fit(records);
	}

	/** How much a probe sends to a target this agent has never migrated to (0: no probe, the model's fallbacks). */
	static final long PROBE_BYTES = Long.getLong("drover.evacuation.probeBytes", 32L << 20);

	private PlanInput.Candidate ask(EvacuationTarget t, Map<Integer, Preflight> source, CostModel model) {
		if (t.hostKey() == null) {
			return new PlanInput.Candidate(t, null, null, null, "no host key is pinned for it ('drover hosts trust " + t.name() + "')");
		}
		try (AgentConnection c = connect(t)) {
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
					pf.put(e.getKey(), new Preflight(t.name(), tree.pids(), 0, List.of(new Preflight.Verdict(Preflight.Verdict.ERROR,
							e.getKey(), "pre-flight on " + t.name(), ex.getMessage())), List.of(), 0, 0));
				}
			}
			if (PROBE_BYTES > 0 && !model.knowsPair(hostName, t.name())) {
				Double speed = probeOf(t);
				if (speed != null) {
					model.probed(hostName, t.name(), speed);
				}
			}
			String criu = hello.criu() != null && hello.criu().checkOk() ? null
					: hello.criu() == null ? "no CRIU status" : hello.criu().checkMessage();
			return new PlanInput.Candidate(t, hello.host(), criu, pf, null);
		} catch (IOException | RuntimeException e) {
			return new PlanInput.Candidate(t, null, null, null, e.getMessage());
		}
	}

	/** A measured link speed, kept a while so that plans made one after another (the wizard's) see the same one. */
	private record Probe(double bytesPerMilli, long at) {
	}

	private static final long PROBE_KEPT_MILLIS = 10 * 60_000;
	private final Map<String, Probe> probes = new java.util.concurrent.ConcurrentHashMap<>();

	/** The link speed to {@code t} in bytes per millisecond: measured now, or within the last 10 minutes; null if it fails. */
	private Double probeOf(EvacuationTarget t) {
		String key = t.name() + " " + t.address() + ":" + t.port();
		Probe kept = probes.get(key);
		if (kept != null && System.currentTimeMillis() - kept.at() < PROBE_KEPT_MILLIS) {
			return kept.bytesPerMilli();
		}
		try { // no record of this pair: measure its link now, as an image would cross it
			double speed = dispatcher.peers().probe(t.address() + ":" + t.port(), t.hostKey(), t.user(),
					Math.min(PROBE_BYTES, drover.protocol.Protocol.PROBE_MAX_BYTES));
			probes.put(key, new Probe(speed, System.currentTimeMillis()));
			return speed;
		} catch (IOException | RequestException | RuntimeException e) {
			LOG.info("probe of the link to {} failed ({}): the cost model's fallbacks stand in", t.name(), e.getMessage());
			return null;
		}
	}

	AgentConnection connect(EvacuationTarget t) throws IOException {
		return peers.connect(new HostEntry(t.name(), t.address(), t.port(), t.user(), null), t.hostKey());
	}
}

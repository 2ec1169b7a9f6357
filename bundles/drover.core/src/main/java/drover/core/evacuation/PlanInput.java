package drover.core.evacuation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import drover.protocol.EvacuationOverride;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRules;
import drover.protocol.EvacuationSelection;
import drover.protocol.EvacuationTarget;
import drover.protocol.HostFacts;
import drover.protocol.Inventory;
import drover.protocol.Preflight;

/**
 * Everything the planner decides from, gathered beforehand by whoever plans (the evacuated host's agent): the
 * host's inventory and facts, its own pre-flight of each tree ({@code sourcePreflights}, by root PID; a tree the
 * pre-flight could not even judge maps to null), the PIDs never to take ({@code excluded}: the agent and its
 * helpers), each candidate host as it answered, the model of earlier costs, and the operator's choices; {@code shown}:
 * the plan the operator saw (null if none): a re-plan places its trees in the same order and keeps each one's target
 * unless another host is clearly better ({@link EvacuationPlanner#KEEP_MARGIN} points) or it can no longer take it.
 */
public record PlanInput(String host, Inventory inventory, HostFacts facts, Set<Integer> excluded,
		Map<Integer, Preflight> sourcePreflights, List<Candidate> candidates, CostModel model, EvacuationSelection selection,
		EvacuationRules rules, List<EvacuationOverride> overrides, int parallel, long now, EvacuationPlan shown) {

	/** Without a plan shown before (a first plan). */
	public PlanInput(String host, Inventory inventory, HostFacts facts, Set<Integer> excluded,
			Map<Integer, Preflight> sourcePreflights, List<Candidate> candidates, CostModel model, EvacuationSelection selection,
			EvacuationRules rules, List<EvacuationOverride> overrides, int parallel, long now) {
		this(host, inventory, facts, excluded, sourcePreflights, candidates, model, selection, rules, overrides, parallel, now, null);
	}

	public PlanInput {
		excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
		selection = selection == null ? EvacuationSelection.all() : selection;
		rules = rules == null ? EvacuationRules.defaults() : rules;
		parallel = parallel <= 0 ? 2 : parallel;
	}

	/**
	 * A host the trees may go to: its facts (null with {@code error} when it did not answer), whether its CRIU
	 * works ({@code criuProblem} null if so), and its pre-flight of each tree by root PID (PIDs and ptys free,
	 * room), a missing entry meaning it was not asked.
	 */
	public record Candidate(EvacuationTarget target, HostFacts facts, String criuProblem, Map<Integer, Preflight> preflights,
			String error) {

		public Candidate {
			preflights = preflights == null ? Map.of() : Map.copyOf(preflights);
		}

		public String name() {
			return target.name();
		}
	}
}

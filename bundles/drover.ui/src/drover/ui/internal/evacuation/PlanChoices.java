package drover.ui.internal.evacuation;

import java.util.ArrayList;
import java.util.List;

import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationOverride;
import drover.protocol.EvacuationRules;

/**
 * What the operator chose in the wizard so far: the host, the per-tree overrides (action, target), the rules and
 * the parallelism. Immutable; each change makes a new one, which the wizard plans again.
 */
public record PlanChoices(String host, List<EvacuationOverride> overrides, EvacuationRules rules, int parallel) {

	public PlanChoices {
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
		rules = rules == null ? EvacuationRules.defaults() : rules;
		parallel = parallel <= 0 ? 2 : parallel;
	}

	public static PlanChoices of(String host) {
		return new PlanChoices(host, null, null, 2);
	}

	/** The operator's override for a tree, or null. */
	public EvacuationOverride override(int pid) {
		return overrides.stream().filter(o -> o.pid() == pid).findFirst().orElse(null);
	}

	/** With the tree's action set (its target kept only while it still moves). */
	public PlanChoices withAction(int pid, EvacuationAction action) {
		EvacuationOverride old = override(pid);
		String target = old != null && action.moves() ? old.target() : null;
		return with(new EvacuationOverride(pid, action, target));
	}

	/** With the tree sent to {@code target} by {@code action} (a move). */
	public PlanChoices withTarget(int pid, EvacuationAction action, String target) {
		return with(new EvacuationOverride(pid, action, target));
	}

	public PlanChoices withRules(EvacuationRules newRules) {
		return new PlanChoices(host, overrides, newRules, parallel);
	}

	public PlanChoices withParallel(int n) {
		return new PlanChoices(host, overrides, rules, n);
	}

	private PlanChoices with(EvacuationOverride o) {
		List<EvacuationOverride> list = new ArrayList<>(overrides.stream().filter(x -> x.pid() != o.pid()).toList());
		list.add(o);
		return new PlanChoices(host, list, rules, parallel);
	}
}

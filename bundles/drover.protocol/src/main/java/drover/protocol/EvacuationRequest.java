package drover.protocol;

import java.util.List;
import java.util.Map;

/**
 * What an operator asks the agent of {@code host} with {@code evacuate} (or {@code plan}): empty the host of the
 * selected process trees, sending them to {@code targets} (the other hosts as the operator's registry has them,
 * with their pinned keys), with the operator's {@code overrides}, at most {@code parallel} migrations at once,
 * starting at {@code startAt} (epoch milliseconds; 0 = now) and, with {@code repeat}, again every day or week.
 * {@code seenPlan} is the plan the operator was shown, so the agent can record what changed when it starts. A
 * {@code dryRun} only plans. {@code hostSettings} are the evacuated host's settings in the operator's registry
 * ({@code slurm.node} and friends): the agent has no registry, and needs them to drain the host in its cluster
 * scheduler, now or at a scheduled run.
 */
public record EvacuationRequest(String host, EvacuationSelection selection, EvacuationRules rules,
		List<EvacuationOverride> overrides, List<EvacuationTarget> targets, int parallel, long startAt, Repeat repeat,
		EvacuationPlan seenPlan, boolean dryRun, Map<String, String> hostSettings) {

	/** How often a scheduled evacuation comes back. */
	public enum Repeat {
		NONE, DAILY, WEEKLY;

		public long periodMillis() {
			return switch (this) {
			case NONE -> 0;
			case DAILY -> 86_400_000L;
			case WEEKLY -> 7 * 86_400_000L;
			};
		}
	}

	public EvacuationRequest {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("an evacuation needs the host to empty");
		}
		selection = selection == null ? EvacuationSelection.all() : selection;
		rules = rules == null ? EvacuationRules.defaults() : rules;
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
		targets = targets == null ? List.of() : List.copyOf(targets);
		parallel = parallel <= 0 ? 2 : parallel;
		repeat = repeat == null ? Repeat.NONE : repeat;
		hostSettings = hostSettings == null ? Map.of() : Map.copyOf(hostSettings);
	}

	/** A request for a host with no settings. */
	public EvacuationRequest(String host, EvacuationSelection selection, EvacuationRules rules, List<EvacuationOverride> overrides,
			List<EvacuationTarget> targets, int parallel, long startAt, Repeat repeat, EvacuationPlan seenPlan, boolean dryRun) {
		this(host, selection, rules, overrides, targets, parallel, startAt, repeat, seenPlan, dryRun, Map.of());
	}

	/** The same request with other targets (the same hosts with the operator's tickets). */
	public EvacuationRequest withTargets(List<EvacuationTarget> others) {
		return new EvacuationRequest(host, selection, rules, overrides, others, parallel, startAt, repeat, seenPlan, dryRun, hostSettings);
	}

	/** The same request for its next run (a repeat), with no plan shown for it. */
	public EvacuationRequest next() {
		return new EvacuationRequest(host, selection, rules, overrides, targets, parallel, startAt + repeat.periodMillis(), repeat,
				null, false, hostSettings);
	}
}

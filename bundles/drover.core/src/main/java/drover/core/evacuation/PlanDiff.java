package drover.core.evacuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationPlan.Step;

/**
 * What changed between the plan an operator saw and the plan made again when the evacuation starts (the cluster
 * moved on meanwhile): trees gone or new, actions and targets changed. One line each, for the record.
 */
public final class PlanDiff {

	private PlanDiff() {
	}

	public static List<String> between(EvacuationPlan seen, EvacuationPlan now) {
		List<String> out = new ArrayList<>();
		if (seen == null) {
			out.add("no plan was shown before (scheduled without one): the plan made at the start is the only one");
			return out;
		}
		for (Step s : seen.steps()) {
			Step n = now.step(s.pid());
			if (n == null) {
				out.add("PID " + s.pid() + " (" + s.command() + ") is gone since the plan was shown");
			} else if (n.action() != s.action() || !Objects.equals(n.target(), s.target())) {
				out.add("PID " + s.pid() + " (" + s.command() + "): " + describe(s) + " in the plan shown, now " + describe(n)
						+ (n.immovableReason() != null ? " (" + n.immovableReason() + ")"
								: n.reasons().isEmpty() ? "" : " (" + n.reasons().get(0) + ")"));
			}
		}
		for (Step n : now.steps()) {
			if (seen.step(n.pid()) == null) {
				out.add("PID " + n.pid() + " (" + n.command() + ") is new since the plan was shown: " + describe(n));
			}
		}
		return out;
	}

	static String describe(Step s) {
		return s.action() + (s.target() != null ? " to " + s.target() : "");
	}
}

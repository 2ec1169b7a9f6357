package drover.protocol;

import java.util.List;

/**
 * What an evacuation of {@code host} would do, before anything runs: per process tree its action, target, the
 * reasons and the ranked alternatives, and its predicted cost; the hosts as the planner saw them; the total.
 */
public record EvacuationPlan(String host, long plannedAt, List<Step> steps, List<HostView> hosts, Cost total,
		int parallel, List<String> notes) {

	public EvacuationPlan {
		steps = steps == null ? List.of() : List.copyOf(steps);
		hosts = hosts == null ? List.of() : List.copyOf(hosts);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/**
	 * One process tree: {@code proposed} is what the planner chose, {@code action} what will be done (an operator's
	 * override, else the proposal); {@code target} for a move; {@code verdict} OK, WARNING or ERROR from pre-flight;
	 * {@code immovableReason} set when it cannot move anywhere (the pre-flight's or the targets' reason).
	 */
	public record Step(int pid, List<Integer> pids, String command, String user, long residentBytes, EvacuationAction proposed,
			EvacuationAction action, boolean overridden, String target, List<String> reasons, List<Alternative> alternatives,
			String verdict, String immovableReason, Cost predicted) {

		public Step {
			pids = pids == null ? List.of() : List.copyOf(pids);
			reasons = reasons == null ? List.of() : List.copyOf(reasons);
			alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
		}
	}

	/** Another host considered for a tree, in rank order: its score, or why it was excluded ({@code excluded}). */
	public record Alternative(String host, double score, boolean excluded, String why) {
	}

	/**
	 * A predicted (or actual) cost: downtime, image size, time on the wire, the whole migration's time, and what the
	 * prediction is based on (a fitted model of N earlier records between the pair, the source's records, a default).
	 */
	public record Cost(long downtimeMillis, long imageBytes, long wireMillis, long totalMillis, String basis) {
	}

	/** A candidate host as the planner saw it. {@code error}: it could not be asked (the host is not used). */
	public record HostView(String name, long memoryAvailable, long memoryTotal, double loadPerCpu, int cpuCount,
			long pidsFree, int incomingLimit, long plannedBytes, int plannedCount, String error) {
	}

	public Step step(int pid) {
		return steps.stream().filter(s -> s.pid() == pid).findFirst().orElse(null);
	}
}

package drover.protocol;

import java.util.Map;

/**
 * The rules a cluster keeps for evacuations (the planner's knobs). {@code postCopyAboveBytes}: a tree with more
 * resident memory moves post-copy; {@code incomingLimit}: at most this many migrations into one host at once
 * (per host in {@code incomingLimits}); {@code memoryReserveBytes}: what a target must keep free after it took
 * what the plan sends it; {@code immovable}: the action proposed for a tree that cannot move (LEAVE, CHECKPOINT
 * or STOP); {@code acceptWarnings}: whether pre-flight warnings (a pipe whose other end stays behind) count as
 * movable.
 */
public record EvacuationRules(long postCopyAboveBytes, int incomingLimit, Map<String, Integer> incomingLimits,
		long memoryReserveBytes, EvacuationAction immovable, boolean acceptWarnings) {

	public static final long GIB = 1L << 30;

	public EvacuationRules {
		postCopyAboveBytes = postCopyAboveBytes <= 0 ? GIB : postCopyAboveBytes;
		incomingLimit = incomingLimit <= 0 ? 2 : incomingLimit; // the agents' own default (drover.agent.maxIncoming)
		incomingLimits = incomingLimits == null ? Map.of() : Map.copyOf(incomingLimits);
		memoryReserveBytes = memoryReserveBytes < 0 ? 0 : memoryReserveBytes;
		immovable = immovable == null || immovable.moves() ? EvacuationAction.LEAVE : immovable;
	}

	/** Post-copy above 1 GiB, two incoming per host, 256 MiB kept free, immovable trees left running. */
	public static EvacuationRules defaults() {
		return new EvacuationRules(GIB, 2, null, 256L << 20, EvacuationAction.LEAVE, false);
	}

	public int incomingLimit(String host) {
		return incomingLimits.getOrDefault(host, incomingLimit);
	}
}

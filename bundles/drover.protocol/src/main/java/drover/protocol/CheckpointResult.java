package drover.protocol;

/**
 * The outcome of {@code checkpoint}: the image made, CRIU's statistics, the wall time of the dump and what
 * became of the process tree ({@code treeState}: "killed", "stopped" or "running"). {@code setupMillis} is the
 * time the agent spent before CRIU started (pre-flight, opening the page stream): the process still ran then.
 */
public record CheckpointResult(ImageInfo image, CriuStats stats, long dumpMillis, String treeState, String log,
		long setupMillis) {
}

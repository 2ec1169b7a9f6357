package drover.protocol;

/**
 * The outcome of {@code checkpoint}: the image made, CRIU's statistics, the wall time of the dump and what
 * became of the process tree ({@code treeState}: "killed", "stopped" or "running").
 */
public record CheckpointResult(ImageInfo image, CriuStats stats, long dumpMillis, String treeState, String log) {
}

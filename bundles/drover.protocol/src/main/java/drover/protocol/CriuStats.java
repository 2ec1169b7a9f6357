package drover.protocol;

/**
 * CRIU's own statistics of one dump or restore (from {@code --display-stats}), in microseconds and pages.
 * Fields a run did not report are 0.
 */
public record CriuStats(long freezingMicros, long frozenMicros, long memdumpMicros, long memwriteMicros,
		long pagesScanned, long pagesWritten, long restoreMicros, long forkingMicros, long pagesRestored) {
}

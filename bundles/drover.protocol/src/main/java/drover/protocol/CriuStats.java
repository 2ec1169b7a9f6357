package drover.protocol;

/**
 * CRIU's own statistics of one dump or restore (from {@code --display-stats}), in microseconds and pages.
 * Fields a run did not report are 0. {@code pagesLazy}: pages a post-copy dump left for the target to fetch
 * while the process already ran there.
 */
public record CriuStats(long freezingMicros, long frozenMicros, long memdumpMicros, long memwriteMicros,
		long pagesScanned, long pagesWritten, long restoreMicros, long forkingMicros, long pagesRestored,
		long pagesLazy) {
}

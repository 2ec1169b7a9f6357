package drover.protocol;

/** Totals over a process's memory mappings (/proc/PID/maps), in bytes. */
public record MemorySummary(int mappingCount, long virtualSize, long anonymousSize, long fileBackedSize,
		long sharedSize, long stackSize, long heapSize, int mappedFiles) {
}

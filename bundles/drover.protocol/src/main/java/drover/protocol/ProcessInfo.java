package drover.protocol;

import java.util.List;

/**
 * One process as /proc shows it. Memory figures are bytes, {@code startTime} is epoch milliseconds.
 * {@code readError} is set (and the other fields may be partial) when part of it could not be read, e.g. the
 * process exited during the scan or its descriptors are not readable.
 */
public record ProcessInfo(int pid, int ppid, String name, List<String> commandLine, String executable, String user,
		int uid, String state, int threads, long residentMemory, long virtualMemory, long startTime, String cgroup,
		List<ResourceInfo> resources, MemorySummary memory, String readError) {
}

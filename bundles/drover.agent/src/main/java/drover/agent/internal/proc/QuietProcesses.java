package drover.agent.internal.proc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import drover.protocol.MemorySummary;

/**
 * What the last scans read about processes that cannot have changed it since: their memory map summary, command
 * line, executable, network namespace and owner. Reading /proc/PID/maps is the most expensive part of a scan (the
 * kernel walks every mapping and prints its path), and most processes of a node sleep between two scans.
 * <p>
 * When is a process unchanged? Its maps, executable ({@code execve}), namespace ({@code setns}, {@code unshare})
 * and effective uid ({@code setuid}) change only by a call the process makes itself, and its command line is its
 * own memory, so all of it changes only while it runs on a CPU, or while a debugger writes into a stopped process
 * (stopped and traced processes are never taken from here). A process with one thread whose start time and CPU
 * time to the nanosecond (the first field of /proc/PID/schedstat, the scheduler's own sum, not the 10 ms ticks of
 * /proc/PID/stat) are what they were has not run since, so what was read then is still true. The stamp is read
 * before the data it guards: whatever the process does after the stamp shows as a later stamp (within one
 * scheduler tick) and invalidates the entry. A process with several threads is never taken from here: only its
 * main thread's time is one read away. The one way known to change a mapping of a process that does not run: a
 * userfaultfd it made, in another process's hands, registering ranges (the mapping count then lags until it
 * runs); the summary is shown, never acted on.
 * <p>
 * Everything else (state, parent, resident memory, cgroup, descriptors, their targets and offsets) is read on
 * every scan: those change without this process running (a cgroup move, a reparenting, a file another writer
 * grows, renames or deletes).
 */
final class QuietProcesses {

	/** What is kept of one process, valid while {@code startTicks} and {@code cpuNanos} stay what they were. */
	record Entry(long startTicks, long cpuNanos, List<String> commandLine, String executable, String netNs, int uid,
			MemorySummary memory) {
	}

	private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();
	private final AtomicLong hits = new AtomicLong();
	private final AtomicLong misses = new AtomicLong();

	/** The entry for {@code pid} if the process has not run since it was made, else null. */
	Entry unchanged(int pid, long startTicks, long cpuNanos) {
		Entry entry = cpuNanos < 0 ? null : entries.get(pid);
		if (entry != null && entry.startTicks == startTicks && entry.cpuNanos == cpuNanos) {
			hits.incrementAndGet();
			return entry;
		}
		misses.incrementAndGet();
		return null;
	}

	/** Keeps what was read, or forgets the PID when the stamp could not be read (several threads, gone). */
	void remember(int pid, Entry entry) {
		if (entry.cpuNanos < 0) {
			entries.remove(pid);
		} else {
			entries.put(pid, entry);
		}
	}

	/** Forgets every PID a whole-node scan no longer saw (gone processes; a PID reused later starts fresh). */
	void retainOnly(Collection<Integer> seen) {
		entries.keySet().retainAll(seen instanceof java.util.Set<?> ? seen : java.util.Set.copyOf(seen));
	}

	int size() {
		return entries.size();
	}

	/** Processes taken from here, and read afresh, since the agent started (for benchmarks and the log). */
	long hits() {
		return hits.get();
	}

	long misses() {
		return misses.get();
	}
}

package drover.ui.internal.readiness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import drover.protocol.Preflight.Verdict;

/**
 * The latest pre-flight verdicts of processes, by host and PID, with the start time of the process they
 * were computed for (a PID reused by a new process is checked again). Thread-safe: scans write from
 * their job, labels and the Properties view read on the UI thread.
 */
public final class ReadinessStore {

	/** The verdicts of one process's pre-flight (its whole tree's, as the agent reports them). */
	public record Mark(long startTime, List<Verdict> verdicts, Readiness readiness) {
	}

	private final Map<String, Mark> marks = new ConcurrentHashMap<>();

	public Mark get(String host, int pid) {
		return marks.get(key(host, pid));
	}

	/** The readiness of the process, {@link Readiness#UNKNOWN} while it has not been checked. */
	public Readiness readiness(String host, int pid) {
		Mark mark = get(host, pid);
		return mark == null ? Readiness.UNKNOWN : mark.readiness();
	}

	void put(String host, int pid, long startTime, List<Verdict> verdicts) {
		marks.put(key(host, pid), new Mark(startTime, List.copyOf(verdicts), Readiness.of(verdicts)));
	}

	/** Whether the process (this PID started at this time) has been checked. */
	boolean has(String host, int pid, long startTime) {
		Mark mark = get(host, pid);
		return mark != null && mark.startTime() == startTime;
	}

	/** Forgets the host's processes that are not among {@code alive}. */
	void retain(String host, Set<Integer> alive) {
		String prefix = host + "/";
		marks.keySet().removeIf(k -> k.startsWith(prefix) && !alive.contains(Integer.parseInt(k.substring(prefix.length()))));
	}

	private static String key(String host, int pid) {
		return host + "/" + pid;
	}
}

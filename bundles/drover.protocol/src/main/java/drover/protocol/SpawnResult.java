package drover.protocol;

import java.util.List;

/**
 * Answer to {@code spawn}: the PID of the started process as its host sees it, and where its output goes. A
 * command that daemonizes (its first process forks and exits 0) is reported by the process it left running:
 * {@code daemonized} is then true, {@code firstPid} is the PID that exited and {@code daemons} every process it
 * left behind ({@code pid} is the first of them).
 */
public record SpawnResult(int pid, List<String> command, String log, boolean daemonized, int firstPid, List<Integer> daemons) {

	public SpawnResult {
		daemons = daemons == null ? List.of() : List.copyOf(daemons);
	}

	public SpawnResult(int pid, List<String> command, String log) {
		this(pid, command, log, false, pid, List.of());
	}

	/** One line for an operator: what was started and, for a daemon, what it left behind. */
	public String describe() {
		if (!daemonized) {
			return "PID " + pid + " (output in " + log + ")";
		}
		return "PID " + pid + ": " + command.get(0) + " daemonized (its first process, PID " + firstPid + ", exited 0 and left "
				+ (daemons.size() == 1 ? "PID " + pid : "PIDs " + daemons) + " running; output in " + log + ")";
	}
}

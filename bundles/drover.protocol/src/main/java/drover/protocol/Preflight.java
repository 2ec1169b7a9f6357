package drover.protocol;

import java.util.List;

/**
 * What a host says before anything is frozen. On the source: the tree to move, a verdict per resource and
 * the CRIU flags the inventory calls for. On the target: whether the PIDs are free and there is room.
 * Any verdict with severity ERROR blocks the migration; WARNING lets the operator go on.
 */
public record Preflight(String host, List<Integer> pids, long residentBytes, List<Verdict> verdicts,
		List<String> criuFlags, long diskFree, long memoryAvailable) {

	public record Verdict(String severity, int pid, String resource, String reason) {
		public static final String ERROR = "ERROR";
		public static final String WARNING = "WARNING";
		public static final String INFO = "INFO";
	}

	public boolean blocked() {
		return verdicts.stream().anyMatch(v -> Verdict.ERROR.equals(v.severity()));
	}
}

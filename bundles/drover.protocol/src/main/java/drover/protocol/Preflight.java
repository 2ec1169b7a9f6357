package drover.protocol;

import java.util.List;

/**
 * What a host says before anything is frozen. On the source: the tree to move, a verdict per resource, the
 * CRIU flags the inventory calls for and the pseudo-terminal indexes the tree holds whole ({@code ptys}: CRIU
 * restores a pty at its index, so the target must have them free). On the target: whether the PIDs and ptys
 * are free and there is room. Any verdict with severity ERROR blocks the migration; WARNING lets the operator go
 * on; INFO says what Drover does without asking. {@code addresses}: on the source, the tree's own network
 * addresses ({@code drover launch}), which go with it and must be free on the target.
 */
public record Preflight(String host, List<Integer> pids, long residentBytes, List<Verdict> verdicts,
		List<String> criuFlags, long diskFree, long memoryAvailable, List<Integer> ptys, List<String> addresses) {

	public Preflight {
		ptys = ptys == null ? List.of() : List.copyOf(ptys); // absent from an older agent's answer
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
	}

	public Preflight(String host, List<Integer> pids, long residentBytes, List<Verdict> verdicts, List<String> criuFlags,
			long diskFree, long memoryAvailable, List<Integer> ptys) {
		this(host, pids, residentBytes, verdicts, criuFlags, diskFree, memoryAvailable, ptys, List.of());
	}

	public Preflight(String host, List<Integer> pids, long residentBytes, List<Verdict> verdicts, List<String> criuFlags,
			long diskFree, long memoryAvailable) {
		this(host, pids, residentBytes, verdicts, criuFlags, diskFree, memoryAvailable, List.of());
	}

	public record Verdict(String severity, int pid, String resource, String reason) {
		public static final String ERROR = "ERROR";
		public static final String WARNING = "WARNING";
		public static final String INFO = "INFO";
	}

	public boolean blocked() {
		return verdicts.stream().anyMatch(v -> Verdict.ERROR.equals(v.severity()));
	}
}

package drover.protocol;

import java.util.List;

/**
 * A node's whole process tree with every process's open resources, as read from /proc in one pass.
 * {@code scanMillis} is how long the agent took; {@code vanished} counts processes that exited mid-scan.
 * {@code ownAddresses}: the trees here that have a network address of their own ({@code drover launch}), by
 * their root's PID (absent from an older agent's answer).
 */
public record Inventory(String hostName, long takenAt, long scanMillis, int vanished, List<ProcessInfo> processes,
		List<OwnAddress> ownAddresses) {

	public Inventory {
		ownAddresses = ownAddresses == null ? List.of() : List.copyOf(ownAddresses);
	}

	public Inventory(String hostName, long takenAt, long scanMillis, int vanished, List<ProcessInfo> processes) {
		this(hostName, takenAt, scanMillis, vanished, processes, List.of());
	}

	/** This inventory with the trees' own addresses. */
	public Inventory withOwnAddresses(List<OwnAddress> addresses) {
		return new Inventory(hostName, takenAt, scanMillis, vanished, processes, addresses);
	}
}

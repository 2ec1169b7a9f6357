package drover.protocol;

import java.util.List;

/**
 * Which process trees of a host an evacuation takes. A tree is a process whose parent is init (or that has no
 * parent on the host) with its descendants; init, kernel threads, the agent and its helpers are never taken.
 * Empty lists mean "any". A tree is taken when its root matches every non-empty filter: {@code commands} (a
 * substring of the root's name or command line), {@code users} (name or uid), {@code cgroups} (a substring of
 * its cgroup); {@code pids} names roots explicitly (then the filters are not applied to them).
 */
public record EvacuationSelection(List<String> commands, List<String> users, List<String> cgroups, List<Integer> pids) {

	public EvacuationSelection {
		commands = commands == null ? List.of() : List.copyOf(commands);
		users = users == null ? List.of() : List.copyOf(users);
		cgroups = cgroups == null ? List.of() : List.copyOf(cgroups);
		pids = pids == null ? List.of() : List.copyOf(pids);
	}

	/** Every tree that is not init, a kernel thread, the agent or its helpers. */
	public static EvacuationSelection all() {
		return new EvacuationSelection(null, null, null, null);
	}
}

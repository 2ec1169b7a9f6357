package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import drover.protocol.Preflight.Verdict;

/**
 * What CRIU will need the kernel to allow, checked against what this agent has (its effective capabilities
 * and its user), so that a missing privilege is a refusal at pre-flight and not a failed dump. Root in a
 * container often lacks some capabilities: CAP_SYS_RESOURCE is the one seen missing on Drover's own machines.
 */
final class CriuPrivileges {

	static final int CAP_SETGID = 6, CAP_SETUID = 7, CAP_NET_ADMIN = 12, CAP_SYS_PTRACE = 19, CAP_SYS_ADMIN = 21,
			CAP_SYS_RESOURCE = 24, CAP_CHECKPOINT_RESTORE = 40;

	/** A process's real, effective and saved user and group IDs ({@code Uid:}/{@code Gid:} of its status). */
	record Ids(int[] uids, int[] gids) {
		boolean allEqual(int uid, int gid) {
			for (int i = 0; i < 3; i++) {
				if (uids[i] != uid || gids[i] != gid) {
					return false;
				}
			}
			return true;
		}
	}

	private final long effective;
	private final Ids self;
	private final Path proc;

	CriuPrivileges(Path proc) {
		this.proc = proc;
		String status = read(proc.resolve("self/status"));
		this.effective = parseHex(field(status, "CapEff"));
		this.self = ids(status);
	}

	static CriuPrivileges ofThisAgent() {
		return new CriuPrivileges(Path.of("/proc"));
	}

	boolean has(int capability) {
		return (effective & (1L << capability)) != 0;
	}

	/** The agent's own real user and group, as the kernel compares them with a task's. */
	Ids self() {
		return self;
	}

	/** A task's IDs, or null when it is gone or unreadable. */
	Ids idsOf(int pid) {
		String status = read(proc.resolve(Integer.toString(pid)).resolve("status"));
		return status == null ? null : ids(status);
	}

	/**
	 * The refusals for a tree on its source host: CRIU seizes every task with ptrace and reads it through
	 * /proc (CAP_SYS_PTRACE, CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE), reads every task's resource limits with
	 * prlimit(2), which for a task whose user or group differs from the caller's needs CAP_SYS_RESOURCE, and
	 * dumps an open TCP connection through TCP_REPAIR (CAP_NET_ADMIN).
	 */
	List<Verdict> forDump(String host, int root, List<Integer> tree, Map<Integer, String> users, boolean tcpRepair) {
		List<Verdict> verdicts = new ArrayList<>();
		missing(verdicts, host, root, CAP_SYS_PTRACE, "CRIU seizes every process of the tree with ptrace(2)");
		if (!has(CAP_SYS_ADMIN) && !has(CAP_CHECKPOINT_RESTORE)) {
			verdicts.add(refusal(host, root, "CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE", "CRIU reads the tree's memory"
					+ " mappings and namespaces through /proc"));
		}
		if (tcpRepair) {
			missing(verdicts, host, root, CAP_NET_ADMIN, "CRIU dumps an open TCP connection in repair mode (TCP_REPAIR)");
		}
		if (!has(CAP_SYS_RESOURCE)) {
			Map<String, List<Integer>> foreign = new TreeMap<>();
			for (int pid : tree) {
				Ids ids = idsOf(pid);
				if (ids != null && !ids.allEqual(self.uids[0], self.gids[0])) {
					foreign.computeIfAbsent(users.getOrDefault(pid, "uid " + ids.uids[1]) + " (uid " + ids.uids[1] + ", gid "
							+ ids.gids[1] + ")", k -> new ArrayList<>()).add(pid);
				}
			}
			if (!foreign.isEmpty()) {
				List<String> who = foreign.entrySet().stream().map(e -> (e.getValue().size() == 1 ? "PID " : "PIDs ")
						+ join(e.getValue()) + " of user " + e.getKey()).toList();
				boolean one = foreign.size() == 1 && foreign.values().iterator().next().size() == 1;
				verdicts.add(new Verdict(Verdict.ERROR, root, "capability CAP_SYS_RESOURCE", "refused: " + String.join(", ", who)
						+ (one ? " runs" : " run") + " as another user than the agent (uid " + self.uids[0]
						+ "); CRIU reads each process's resource"
						+ " limits with prlimit(2), which for another user's process needs CAP_SYS_RESOURCE, and the agent on "
						+ host + " does not have it (a container that drops it?). Run the agent with CAP_SYS_RESOURCE, or the"
						+ " program as the agent's user; nothing was frozen"));
			}
		}
		return verdicts;
	}

	/** The refusals for a restore here: CRIU gives the tree back its PIDs (clone3 with set_tid, or ns_last_pid). */
	List<Verdict> forRestore(String host) {
		List<Verdict> verdicts = new ArrayList<>();
		if (!has(CAP_SYS_ADMIN) && !has(CAP_CHECKPOINT_RESTORE)) {
			verdicts.add(refusal(host, 0, "CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE", "CRIU gives every process its PID back"));
		}
		if (!has(CAP_SETUID) || !has(CAP_SETGID)) {
			verdicts.add(refusal(host, 0, "CAP_SETUID and CAP_SETGID", "CRIU gives every process its user and groups back"));
		}
		return verdicts;
	}

	private void missing(List<Verdict> verdicts, String host, int root, int capability, String why) {
		if (!has(capability)) {
			verdicts.add(refusal(host, root, name(capability), why));
		}
	}

	private static Verdict refusal(String host, int pid, String capability, String why) {
		return new Verdict(Verdict.ERROR, pid, "capability " + capability, "refused: " + why + ", which needs " + capability
				+ ", and the agent on " + host + " does not have it. Run the agent with " + capability + "; nothing was frozen");
	}

	static String name(int capability) {
		return switch (capability) {
		case CAP_SETGID -> "CAP_SETGID";
		case CAP_SETUID -> "CAP_SETUID";
		case CAP_NET_ADMIN -> "CAP_NET_ADMIN";
		case CAP_SYS_PTRACE -> "CAP_SYS_PTRACE";
		case CAP_SYS_ADMIN -> "CAP_SYS_ADMIN";
		case CAP_SYS_RESOURCE -> "CAP_SYS_RESOURCE";
		case CAP_CHECKPOINT_RESTORE -> "CAP_CHECKPOINT_RESTORE";
		default -> "capability " + capability;
		};
	}

	private static String join(List<Integer> pids) {
		return String.join(", ", pids.stream().map(String::valueOf).toList());
	}

	private static Ids ids(String status) {
		return new Ids(numbers(field(status, "Uid")), numbers(field(status, "Gid")));
	}

	private static int[] numbers(String line) {
		int[] n = { -1, -1, -1 };
		if (line != null) {
			String[] f = line.trim().split("\\s+");
			for (int i = 0; i < 3 && i < f.length; i++) {
				n[i] = Integer.parseInt(f[i]);
			}
		}
		return n;
	}

	private static String field(String status, String key) {
		if (status == null) {
			return null;
		}
		for (String line : status.split("\n")) {
			if (line.startsWith(key + ":")) {
				return line.substring(key.length() + 1).trim();
			}
		}
		return null;
	}

	private static long parseHex(String hex) {
		try {
			return hex == null ? -1L : Long.parseUnsignedLong(hex, 16);
		} catch (NumberFormatException e) {
			return -1L; // unreadable: assume everything rather than refuse on a guess
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}

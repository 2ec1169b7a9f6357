package drover.agent.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * What a request that names processes may aim at. Never: a PID below 2 (0 and -1 mean "every process" to
 * kill(2)), a thread that is not its process's leader (a signal to any thread reaches its whole process: this is
 * how {@code kill-tree} of an agent thread used to kill the agent), a kernel thread, the agent, its ancestors, or
 * anything the agent started and still holds (its CRIU runs). And, for a key limited by {@code drover-users}, only
 * processes whose real user is in that list.
 */
public final class ProcessGuard {

	/** PF_KTHREAD in the flags field of /proc/PID/stat. */
	private static final long PF_KTHREAD = 0x00200000;

	private final Path proc;
	private final Path passwd;
	private final long self = ProcessHandle.current().pid();

	public ProcessGuard(Path proc, Path passwd) {
		this.proc = proc;
		this.passwd = passwd;
	}

	public static ProcessGuard forThisNode() {
		return new ProcessGuard(Path.of("/proc"), Path.of("/etc/passwd"));
	}

	/** Refuses {@code pid} as a target, with a message that says why; a PID that does not exist passes (nothing to harm). */
	public void checkTarget(long pid) throws RequestException {
		if (pid <= 1) {
			throw forbidden("PID " + pid + (pid == 1 ? " is the host's init process" : " is not a process (to kill(2) it means"
					+ " every process)") + ": Drover never aims at it.");
		}
		Map<String, String> status = status(pid);
		if (status == null) {
			return;
		}
		long tgid = number(status.get("Tgid"));
		if (tgid != pid) {
			throw forbidden("PID " + pid + " is a thread of process " + tgid + ", not a process" + (tgid == self
					? " (a thread of the Drover agent itself)" : "") + ": a signal to it would reach its whole process.");
		}
		if (pid == self) {
			throw forbidden("PID " + pid + " is the Drover agent itself.");
		}
		String[] stat = stat(pid);
		if (pid == 2 || (stat != null && (Long.parseLong(stat[6]) & PF_KTHREAD) != 0)) {
			throw forbidden("PID " + pid + " is a kernel thread.");
		}
		for (ProcessHandle p = ProcessHandle.current().parent().orElse(null); p != null; p = p.parent().orElse(null)) {
			if (p.pid() == pid) {
				throw forbidden("PID " + pid + " is an ancestor of the Drover agent: stopping it would stop the agent too.");
			}
		}
		for (long ancestor = parent(pid), hops = 0; ancestor > 1 && hops < 4096; ancestor = parent(ancestor), hops++) {
			if (ancestor == self) {
				throw forbidden("PID " + pid + " is a child of the Drover agent (a CRIU it runs): the agent ends it itself.");
			}
		}
	}

	/** Refuses {@code pid} unless its real user is one of {@code users} (names or numeric uids). */
	public void checkUser(long pid, Set<String> users) throws RequestException {
		Map<String, String> status = status(pid);
		if (status == null) {
			return; // gone: the request fails on its own with "no such process"
		}
		String uid = status.getOrDefault("Uid", "").trim().split("\\s+")[0];
		String name = userNames().getOrDefault(uid, uid);
		if (!users.contains(name) && !users.contains(uid)) {
			throw forbidden("PID " + pid + " belongs to user " + name + "; this key may touch only processes of "
					+ String.join(", ", users) + " (drover-users in authorized_keys).");
		}
	}

	private static RequestException forbidden(String message) {
		return new RequestException(ErrorInfo.FORBIDDEN, message, "Nothing was done. Pick the PID of an application process"
				+ " ('drover ps HOST' lists them).");
	}

	private Map<String, String> status(long pid) {
		try {
			Map<String, String> fields = new HashMap<>();
			for (String line : Files.readAllLines(proc.resolve(Long.toString(pid)).resolve("status"), StandardCharsets.UTF_8)) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
				}
			}
			return fields;
		} catch (IOException e) {
			return null;
		}
	}

	/** The fields of /proc/PID/stat after the command name (field 3 on is index 0 on). */
	private String[] stat(long pid) {
		try {
			String text = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8);
			return text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private long parent(long pid) {
		String[] stat = stat(pid);
		return stat == null ? 0 : Long.parseLong(stat[1]);
	}

	private static long number(String value) {
		try {
			return value == null ? -1 : Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private Map<String, String> userNames() {
		Map<String, String> names = new HashMap<>();
		try {
			for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
				String[] parts = line.split(":");
				if (parts.length > 2) {
					names.putIfAbsent(parts[2], parts[0]);
				}
			}
		} catch (IOException e) {
			// no names: uids only
		}
		return names;
	}
}

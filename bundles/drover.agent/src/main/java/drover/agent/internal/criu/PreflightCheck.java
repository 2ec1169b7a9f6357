package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.Inventory;
import drover.protocol.Preflight;
import drover.protocol.Preflight.Verdict;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Decides, from the node's inventory, whether a process tree can be checkpointed and moved, one verdict per
 * resource that matters, and which CRIU flags the tree needs. Nothing is frozen while this runs.
 */
public final class PreflightCheck {

	private static final Set<String> HARMLESS_DEVICES = Set.of("/dev/null", "/dev/zero", "/dev/random", "/dev/urandom",
			"/dev/full");
	private static final long GHOST_LIMIT = 1 << 20;

	private PreflightCheck() {
	}

	/** Refuses PIDs that must never be frozen: init, the agent itself and its ancestors. */
	public static void checkMovable(int pid) throws RequestException {
		if (pid <= 1) {
			throw new RequestException(ErrorInfo.REFUSED, "PID " + pid + " is the host's init process: Drover never checkpoints it.",
					"Pick the PID of an application process ('drover ps HOST').");
		}
		ProcessHandle self = ProcessHandle.current();
		for (ProcessHandle p = self; p != null; p = p.parent().orElse(null)) {
			if (p.pid() == pid) {
				throw new RequestException(ErrorInfo.REFUSED, "PID " + pid + " is the Drover agent" + (p == self ? "" : " or one of its ancestors")
						+ ": freezing it would stop the agent doing the freezing.", "Pick the PID of an application process.");
			}
		}
	}

	public static Preflight source(Inventory inventory, int root) throws RequestException {
		checkMovable(root);
		List<Integer> tree = tree(inventory, root);
		Set<Integer> inTree = new HashSet<>(tree);
		List<Verdict> verdicts = new ArrayList<>();
		Set<String> flags = new LinkedHashSet<>();
		long resident = 0;
		for (ProcessInfo p : inventory.processes()) {
			if (!inTree.contains(p.pid())) {
				continue;
			}
			resident += p.residentMemory();
			if (p.readError() != null && !p.readError().startsWith("exited")) {
				// a child that exited while it was read is simply gone (short-lived workers do that all the time)
				verdicts.add(new Verdict(Verdict.ERROR, p.pid(), p.name(), "cannot be read: " + p.readError()));
			}
			for (ResourceInfo r : p.resources() == null ? List.<ResourceInfo>of() : p.resources()) {
				judge(p.pid(), r, inTree, verdicts, flags);
			}
		}
		if (sessionOf(root) != root) {
			flags.add("--shell-job");
			verdicts.add(new Verdict(Verdict.WARNING, root, "session", "PID " + root
					+ " does not lead its own session (started from a shell?): dumped with --shell-job"));
		}
		if (holdsLocks(inTree)) {
			flags.add("--file-locks");
			verdicts.add(new Verdict(Verdict.INFO, root, "file locks", "the tree holds file locks: dumped with --file-locks"));
		}
		return new Preflight(inventory.hostName(), tree, resident, verdicts, List.copyOf(flags), 0, 0);
	}

	static List<Integer> tree(Inventory inventory, int root) throws RequestException {
		List<Integer> tree = new ArrayList<>();
		if (inventory.processes().stream().noneMatch(p -> p.pid() == root)) {
			throw new RequestException(ErrorInfo.NO_SUCH_PROCESS, "There is no process " + root + " on " + inventory.hostName() + ".",
					"'drover ps " + inventory.hostName() + "' lists its processes.");
		}
		tree.add(root);
		for (int i = 0; i < tree.size(); i++) {
			int parent = tree.get(i);
			for (ProcessInfo p : inventory.processes()) {
				if (p.ppid() == parent && p.pid() != parent) {
					tree.add(p.pid());
				}
			}
		}
		return tree;
	}

	private static void judge(int pid, ResourceInfo r, Set<Integer> inTree, List<Verdict> verdicts, Set<String> flags) {
		String fd = "fd " + r.fd() + " ";
		switch (r) {
		case ResourceInfo.Tcp t -> {
			boolean localLoop = loopback(t.localAddress());
			if (t.state().equals("LISTEN")) {
				if (!localLoop && !any(t.localAddress())) {
					verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "tcp " + t.localAddress() + ":" + t.localPort(),
							"listens on an address of this host; the target cannot bind it"));
				}
			} else if (t.state().equals("ESTABLISHED")) {
				if (localLoop && loopback(t.remoteAddress())) {
					flags.add("--tcp-established");
					verdicts.add(new Verdict(Verdict.WARNING, pid, fd + "tcp " + t.localPort() + "->" + t.remotePort(),
							"loopback TCP connection: carried with --tcp-established; a peer outside the tree will see it drop"));
				} else {
					verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "tcp " + t.localAddress() + ":" + t.localPort() + "->"
							+ t.remoteAddress() + ":" + t.remotePort(),
							"TCP connection to a peer off this host: it would break, the target has another address"));
				}
			} else {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + "tcp " + t.state(), "TCP socket in state " + t.state()));
			}
		}
		case ResourceInfo.Udp u -> {
			if (!loopback(u.localAddress()) && !any(u.localAddress())) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "udp " + u.localAddress() + ":" + u.localPort(),
						"bound to an address of this host; the target cannot bind it"));
			}
		}
		case ResourceInfo.UnixSocket u -> {
			if (u.peerInode() != 0 && u.peerPids().stream().noneMatch(inTree::contains)) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "unix " + (u.path() != null ? u.path() : u.socketType()),
						"connected to " + (u.peerPids().isEmpty() ? "a process" : "PID " + u.peerPids()) + " outside the tree;"
								+ " CRIU cannot carry a connection to a peer it does not dump"));
			}
		}
		case ResourceInfo.Pipe p -> {
			List<Integer> outside = p.peerPids().stream().filter(x -> !inTree.contains(x)).toList();
			if (!outside.isEmpty()) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + (p.fifo() ? "fifo " + p.path() : "pipe " + p.inode()),
						"shared with PID " + outside + " outside the tree; that end stays behind"));
			}
		}
		case ResourceInfo.Device d -> {
			if (d.tty()) {
				flags.add("--shell-job");
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + d.path(), "a terminal: dumped with --shell-job, detached from it on restore"));
			} else if (!HARMLESS_DEVICES.contains(d.path())) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + d.path(), "a device CRIU cannot carry to another host"));
			}
		}
		case ResourceInfo.AnonInode a -> {
			if (a.anonKind().equals("IO_URING")) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "io_uring", "CRIU cannot checkpoint io_uring instances"));
			} else if (a.anonKind().equals("OTHER")) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + a.name(), "an unusual kernel object CRIU may not support"));
			}
		}
		case ResourceInfo.File f -> {
			if (f.deleted() && f.size() > GHOST_LIMIT) {
				flags.add("--ghost-limit=" + (f.size() + GHOST_LIMIT));
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + f.path(), "a deleted file of " + (f.size() >> 20)
						+ " MB: its contents go into the image (--ghost-limit)"));
			}
			if (f.path().startsWith("/proc/") || f.path().startsWith("/sys/")) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + f.path(), "a kernel pseudo-file; it may not exist on the target"));
			}
		}
		case ResourceInfo.Other o -> verdicts.add(new Verdict(Verdict.WARNING, pid, fd + o.target(), "CRIU may not carry this kind of descriptor"));
		case ResourceInfo.Directory d -> {
		}
		}
	}

	private static boolean loopback(String address) {
		return address.startsWith("127.") || address.equals("::1") || address.startsWith("::ffff:127.");
	}

	private static boolean any(String address) {
		return address.equals("0.0.0.0") || address.equals("::");
	}

	static int sessionOf(int pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
			return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
		} catch (IOException | RuntimeException e) {
			return pid;
		}
	}

	private static boolean holdsLocks(Set<Integer> pids) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
				String[] f = line.replace("->", "").trim().split("\\s+");
				if (f.length > 4 && f[4].matches("\\d+") && pids.contains(Integer.parseInt(f[4]))) {
					return true;
				}
			}
		} catch (IOException | RuntimeException e) {
			// no /proc/locks: assume none
		}
		return false;
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
	private static final List<Path> IPTABLES_RESTORE = List.of(Path.of("/usr/sbin/iptables-restore"), Path.of("/sbin/iptables-restore"));

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
				throw new RequestException(ErrorInfo.REFUSED,
						"PID " + pid + " is the Drover agent" + (p == self ? "" : " or one of its ancestors")
								+ ": freezing it would stop the agent doing the freezing.",
						"Pick the PID of an application process.");
			}
		}
	}

	/** The pre-flight of a migration: the tree is dumped while it keeps what it holds, until the copy runs. */
	public static Preflight source(Inventory inventory, int root) throws RequestException {
		return source(inventory, root, CriuPrivileges.ofThisAgent(), true);
	}

	/** The pre-flight of a checkpoint to an image: nothing else holds the tree's locks when it is restored. */
	public static Preflight forCheckpoint(Inventory inventory, int root) throws RequestException {
		return source(inventory, root, CriuPrivileges.ofThisAgent(), false);
	}

	/**
	 * The pre-flight of a fork: the tree is dumped while it runs on (--leave-running) and a copy is restored on the
	 * target. Per resource, what the copy cannot share with the original: its TCP connections are closed in the copy
	 * (--tcp-close; the original keeps them), a file it writes is written by both where the hosts share storage, a
	 * listener on any address is fine on another host. Locks are refused as for a migration (the original keeps them).
	 */
	public static Preflight forFork(Inventory inventory, int root) throws RequestException {
		return source(inventory, root, CriuPrivileges.ofThisAgent(), true, true);
	}

	static Preflight source(Inventory inventory, int root, CriuPrivileges privileges, boolean migration) throws RequestException {
		return source(inventory, root, privileges, migration, false);
	}

	static Preflight source(Inventory inventory, int root, CriuPrivileges privileges, boolean migration, boolean fork)
			throws RequestException {
		checkMovable(root);
		List<Integer> tree = tree(inventory, root);
		Set<Integer> inTree = new HashSet<>(tree);
		// a tree launched with an address of its own takes its network namespace, and so its sockets' address, along
		java.util.Optional<drover.protocol.OwnAddress> own = drover.agent.internal.net.OwnNetwork.live(root);
		Facts facts = new Facts(inventory, inTree, own.map(drover.protocol.OwnAddress::address).orElse(null));
		List<Verdict> verdicts = new ArrayList<>();
		Set<String> flags = new LinkedHashSet<>();
		if (fork && own.isPresent()) {
			// the copy would come up with the same address and MAC as the original, two hosts answering for one address
			verdicts.add(new Verdict(Verdict.ERROR, root, "address " + own.get().cidr(), "refused: the tree has a network address"
					+ " of its own, and its copy would bring up the same address beside the original (giving a fork's copy an"
					+ " address of its own is not built yet); migrate it, or fork a tree started with 'spawn'"));
		}
		own.filter(a -> !fork).ifPresent(a -> {
			flags.add("--tcp-established");
			flags.add("--network-lock=nftables"); // built into CRIU; iptables' lock needs iptables-restore on the node
			flags.add("--external=macvlan[" + a.device() + "]:" + a.parent());
			verdicts.add(new Verdict(Verdict.INFO, root, "address " + a.cidr(), "carried: the tree has a network namespace and"
					+ " address of its own (macvlan on " + a.parent() + "), which go with it; its TCP connections stay open"
					+ " (--tcp-established), the address leaves this host while the tree is frozen and is announced where it runs"));
		});
		Map<Integer, String> users = new HashMap<>();
		long resident = 0;
		for (ProcessInfo p : inventory.processes()) {
			if (!inTree.contains(p.pid())) {
				continue;
			}
			resident += p.residentMemory();
			users.put(p.pid(), p.user() != null ? p.user() : "uid " + p.uid());
			if (p.readError() != null && !p.readError().startsWith("exited")) {
				// a child that exited while it was read is simply gone (short-lived workers do that all the time)
				verdicts.add(new Verdict(Verdict.ERROR, p.pid(), p.name(), "refused: it cannot be read (" + p.readError()
						+ "), so nobody can tell what it holds"));
			}
			for (ResourceInfo r : p.resources() == null ? List.<ResourceInfo>of() : p.resources()) {
				if (!fork || !ForkVerdicts.judge(p.pid(), r, verdicts, flags)) {
					judge(p.pid(), r, facts, verdicts, flags);
				}
			}
			knownPrograms(p, verdicts);
		}
		List<Integer> ptys = Terminals.judge(inventory.hostName(), facts.terminals, verdicts);
		facts.boundHere(verdicts, inventory.hostName());
		int session = sessionOf(root);
		if (session != root) {
			flags.add("--shell-job");
			if (session > 0 && !Files.exists(Path.of("/proc", Integer.toString(session)))) {
				// the double fork of a daemon: the session's leader exited on purpose, nobody is left to miss it
				verdicts.add(new Verdict(Verdict.INFO, root, "session", "carried with --shell-job: PID " + root + " is in session "
						+ session + ", whose leader has exited (a daemon's double fork); on the target it joins the session of"
						+ " the agent that restores it"));
			} else {
				verdicts.add(new Verdict(Verdict.WARNING, root, "session", "PID " + root + " does not lead its own session (its"
						+ " leader, PID " + session + ", is outside the tree: a shell?): dumped with --shell-job; on the target it"
						+ " joins the session of the agent that restores it, without the shell"));
			}
		}
		if (holdsLocks(inTree)) {
			flags.add("--file-locks");
			if (migration) {
				// seen: the restore waits for a lock the frozen source still holds on the shared file, until CRIU's time limit
				verdicts.add(new Verdict(Verdict.ERROR, root, "file locks", "refused: the tree holds file locks (flock or"
						+ " fcntl); the copy on the target cannot take them while the frozen tree on this host still holds"
						+ " them, and the restore would wait for them after the freeze. Checkpoint it instead ('drover"
						+ " checkpoint', restored with its locks once the original is gone), or let it release them"));
			} else {
				verdicts.add(new Verdict(Verdict.INFO, root, "file locks", "carried: the tree holds file locks, dumped and"
						+ " restored with --file-locks (held again when the image is restored)"));
			}
		}
		verdicts.addAll(privileges.forDump(inventory.hostName(), root, tree, users, flags.contains("--tcp-established")));
		return new Preflight(inventory.hostName(), tree, resident, verdicts, List.copyOf(flags), 0, 0, ptys,
				own.map(a -> List.of(a.cidr())).orElse(List.of()));
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

	private static void judge(int pid, ResourceInfo r, Facts facts, List<Verdict> verdicts, Set<String> flags) {
		String fd = "fd " + r.fd() + " ";
		switch (r) {
		case ResourceInfo.Tcp t -> {
			boolean localLoop = loopback(t.localAddress());
			if (t.localAddress().equals(facts.ownAddress)) {
				if (t.state().equals("ESTABLISHED")) {
					verdicts.add(new Verdict(Verdict.INFO, pid, fd + "tcp " + t.localAddress() + ":" + t.localPort() + "->"
							+ t.remoteAddress() + ":" + t.remotePort(),
							"carried open (--tcp-established): its address goes with"
									+ " the tree, the peer keeps its connection"));
				}
				return; // the tree's own address: it moves with the tree
			}
			if (t.state().equals("LISTEN")) {
				if (!localLoop && !any(t.localAddress())) {
					facts.bound(pid, r.fd(), "tcp " + t.localAddress() + ":" + t.localPort());
				}
			} else if (t.state().equals("ESTABLISHED")) {
				if (localLoop && loopback(t.remoteAddress())) {
					flags.add("--tcp-established");
					if (!IPTABLES_RESTORE.stream().anyMatch(Files::isExecutable)) {
						// CRIU locks the connection's traffic while it dumps; its default lock runs iptables-restore
						// (seen: without it the dump fails with status 127), nftables is built in
						flags.add("--network-lock=nftables");
					}
					List<Integer> peer = facts.loopbackPeer(t);
					String what = fd + "tcp " + t.localPort() + "->" + t.remotePort();
					if (!peer.isEmpty() && peer.stream().allMatch(facts.inTree::contains)) {
						verdicts.add(new Verdict(Verdict.INFO, pid, what, "carried open (--tcp-established): both ends are"
								+ " in the tree (PID " + peer + ")"));
					} else {
						verdicts.add(new Verdict(Verdict.WARNING, pid, what, "carried open (--tcp-established), but its peer "
								+ (peer.isEmpty() ? "" : "PID " + peer + " ") + "stays on this host: on the target the"
								+ " connection is reset at its first packet (closed)"));
					}
				} else {
					verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "tcp " + t.localAddress() + ":" + t.localPort() + "->"
							+ t.remoteAddress() + ":" + t.remotePort(),
							"refused: a TCP connection to a peer off this host; it would break, the target has another address"));
				}
			} else {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + "tcp " + t.state(), "a TCP socket in state " + t.state()
						+ ": CRIU carries it as far as it can; the program may see it closed on the target"));
			}
		}
		case ResourceInfo.Udp u -> {
			if (!loopback(u.localAddress()) && !any(u.localAddress()) && !u.localAddress().equals(facts.ownAddress)) {
				facts.bound(pid, r.fd(), "udp " + u.localAddress() + ":" + u.localPort());
			}
		}
		case ResourceInfo.UnixSocket u -> {
			if (u.peerInode() != 0 && u.peerPids().stream().noneMatch(facts.inTree::contains)) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "unix " + (u.path() != null ? u.path() : u.socketType()),
						"refused: connected to " + (u.peerPids().isEmpty() ? "a process" : "PID " + u.peerPids())
								+ " outside the tree; CRIU cannot carry a connection to a peer it does not dump"));
			}
		}
		case ResourceInfo.Pipe p -> {
			List<Integer> outside = p.peerPids().stream().filter(x -> !facts.inTree.contains(x)).toList();
			if (!outside.isEmpty()) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + (p.fifo() ? "fifo " + p.path() : "pipe " + p.inode()),
						"closed: its other end stays with PID " + outside + " outside the tree; on the target "
								+ (p.writeEnd() ? "writes to it fail (EPIPE; SIGPIPE ends a program that does not ignore it)"
										: "reads from it see the end of the data")));
			}
		}
		case ResourceInfo.Device d -> {
			if (d.tty()) {
				facts.terminals.add(new Terminals.End(pid, d));
			} else if (!HARMLESS_DEVICES.contains(d.path())) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + d.path(), "refused: a device CRIU cannot carry to another host"));
			}
		}
		case ResourceInfo.AnonInode a -> {
			if (a.anonKind().equals("IO_URING")) {
				verdicts.add(new Verdict(Verdict.ERROR, pid, fd + "io_uring", "refused: CRIU cannot checkpoint io_uring instances"));
			} else if (a.anonKind().equals("OTHER")) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + a.name(), "an unusual kernel object CRIU may not support: if"
						+ " the dump fails, the process resumes here"));
			}
		}
		case ResourceInfo.File f -> {
			if (f.deleted() && f.size() > GHOST_LIMIT) {
				flags.add("--ghost-limit=" + (f.size() + GHOST_LIMIT));
				verdicts.add(new Verdict(Verdict.INFO, pid, fd + f.path(), "carried: a deleted file of " + (f.size() >> 20)
						+ " MB whose contents go into the image (--ghost-limit)"));
			}
			if (f.path().startsWith("/proc/") || f.path().startsWith("/sys/")) {
				verdicts.add(new Verdict(Verdict.WARNING, pid, fd + f.path(), "reopened by its path on the target: a kernel"
						+ " pseudo-file that may not exist there, or say something else"));
			}
		}
		case ResourceInfo.Other o -> verdicts.add(new Verdict(Verdict.WARNING, pid, fd + o.target(), "a kind of descriptor CRIU"
				+ " may not carry: if the dump fails, the process resumes here"));
		case ResourceInfo.Directory d -> {
		}
		}
	}

	/**
	 * Programs seen to break on a restore although CRIU restores them faithfully. GNU tail following a file
	 * with inotify waits in poll(2); the restore ends that wait with EINTR, which tail (coreutils 9.1) takes
	 * for a fatal error ("error waiting for inotify and output events: Interrupted system call") and exits.
	 */
	private static void knownPrograms(ProcessInfo p, List<Verdict> verdicts) {
		boolean tail = p.executable() != null && p.executable().endsWith("/tail");
		if (tail && p.resources() != null && p.resources().stream()
				.anyMatch(r -> r instanceof ResourceInfo.AnonInode a && a.anonKind().equals("INOTIFY"))) {
			verdicts.add(new Verdict(Verdict.ERROR, p.pid(), "tail -f (inotify)", "refused: GNU tail following with inotify"
					+ " exits when the restore interrupts its wait (EINTR: 'error waiting for inotify and output events');"
					+ " follow with 'tail ---disable-inotify -f' to make it movable"));
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

	/** What the verdicts need from the whole host: who is in the tree, loopback peers, bound addresses, terminals. */
	private static final class Facts {
		final Set<Integer> inTree;
		final List<Terminals.End> terminals = new ArrayList<>();
		/** The tree's own address ({@code launch}), or null. */
		final String ownAddress;
		private final Inventory inventory;
		private final Map<String, List<String>> bound = new TreeMap<>();
		private Map<String, List<Integer>> tcpByPorts;

		Facts(Inventory inventory, Set<Integer> inTree, String ownAddress) {
			this.inventory = inventory;
			this.ownAddress = ownAddress;
			this.inTree = inTree;
		}

		void bound(int pid, int fd, String socket) {
			List<String> holders = bound.computeIfAbsent(socket, k -> new ArrayList<>());
			holders.add("PID " + pid + " fd " + fd);
		}

		/** One verdict that names every socket bound to this host's own addresses, each with who holds it. */
		void boundHere(List<Verdict> verdicts, String host) {
			if (bound.isEmpty()) {
				return;
			}
			List<String> sockets = bound.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
			int pid = Integer.parseInt(bound.values().iterator().next().get(0).split(" ")[1]);
			verdicts.add(new Verdict(Verdict.ERROR, pid, bound.size() == 1 ? "socket " + bound.keySet().iterator().next()
					: bound.size() + " sockets",
					"refused: bound to an address of " + host + " itself, which the target does"
							+ " not have, so CRIU could not bind it there: " + String.join("; ", sockets) + ". Bind the program"
							+ " to 0.0.0.0 or :: (any address) to make it movable"));
		}

		/** The processes holding the other end of a loopback connection (the socket with the ports swapped). */
		List<Integer> loopbackPeer(ResourceInfo.Tcp t) {
			if (tcpByPorts == null) {
				tcpByPorts = new HashMap<>();
				for (ProcessInfo p : inventory.processes()) {
					for (ResourceInfo r : p.resources() == null ? List.<ResourceInfo>of() : p.resources()) {
						if (r instanceof ResourceInfo.Tcp c && c.state().equals("ESTABLISHED")) {
							List<Integer> pids = tcpByPorts.computeIfAbsent(c.localPort() + ">" + c.remotePort(), k -> new ArrayList<>());
							if (!pids.contains(p.pid())) {
								pids.add(p.pid());
							}
						}
					}
				}
			}
			return tcpByPorts.getOrDefault(t.remotePort() + ">" + t.localPort(), List.of());
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

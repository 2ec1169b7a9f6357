package drover.agent.internal.proc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Takes the inventory of a node: every process under /proc with its open resources, in one pass. Processes
 * are read in parallel (it is all small-file I/O); sockets are resolved per network namespace, and pipe and
 * socket peers are resolved over the whole scan once every descriptor is known.
 */
public final class ProcScanner {

	private static final long PAGE_SIZE = 4096;
	private static final long CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux architecture Drover runs on

	private final Path proc;
	private final Path passwd;
	/** What processes that did not run since the last scan would only tell again (see {@link QuietProcesses}). */
	private final QuietProcesses quiet = new QuietProcesses();

	public ProcScanner(Path proc, Path passwd) {
		this.proc = proc;
		this.passwd = passwd;
	}

	public static ProcScanner forThisNode() {
		return new ProcScanner(Path.of("/proc"), Path.of("/etc/passwd"));
	}

	public Inventory scan(String hostName) throws IOException {
		List<Integer> pids = listPids();
		Inventory inventory = scan(hostName, pids);
		quiet.retainOnly(new java.util.HashSet<>(pids));
		return inventory;
	}

	/** How many processes scans took from what an earlier scan read, and how many they read afresh. */
	public long[] quietHitsAndMisses() {
		return new long[] { quiet.hits(), quiet.misses() };
	}

	/** The inventory of one process and its descendants (empty when the PID does not exist). */
	public Inventory scanTree(String hostName, int root) throws IOException {
		return scan(hostName, treePids(root));
	}

	/** {@code root} and its descendants, from a quick pass over every process's parent; empty if no such PID. */
	public List<Integer> treePids(int root) throws IOException {
		Map<Integer, List<Integer>> children = new HashMap<>();
		boolean exists = false;
		for (int pid : listPids()) {
			String stat = ProcFiles.readOrNull(proc.resolve(Integer.toString(pid)).resolve("stat"));
			if (stat == null) {
				continue;
			}
			exists |= pid == root;
			int ppid = Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ", 3)[1]);
			children.computeIfAbsent(ppid, k -> new ArrayList<>()).add(pid);
		}
		List<Integer> tree = new ArrayList<>();
		if (!exists) {
			return tree;
		}
		tree.add(root);
		for (int i = 0; i < tree.size(); i++) {
			tree.addAll(children.getOrDefault(tree.get(i), List.of()));
		}
		return tree;
	}

	/**
	 * Every number in use as a PID, process group or session, with who uses it: the kernel does not hand out
	 * a PID that still names a group or session, so a restore needs all three free.
	 */
	public Map<Integer, String> idsInUse() throws IOException {
		Map<Integer, String> used = new HashMap<>();
		for (int pid : listPids()) {
			String stat = ProcFiles.readOrNull(proc.resolve(Integer.toString(pid)).resolve("stat"));
			if (stat == null) {
				continue;
			}
			String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 5);
			used.put(pid, "by '" + comm + "'");
			used.putIfAbsent(Integer.parseInt(f[2]), "as process group of PID " + pid + " '" + comm + "'");
			used.putIfAbsent(Integer.parseInt(f[3]), "as session of PID " + pid + " '" + comm + "'");
		}
		return used;
	}

	private Inventory scan(String hostName, List<Integer> pids) throws IOException {
		long started = System.nanoTime();
		long takenAt = System.currentTimeMillis();
		UserNames users = new UserNames(passwd);
		long bootMillis = bootTimeMillis();
		AtomicInteger vanished = new AtomicInteger();
		List<RawProcess> raw = pids.parallelStream().map(pid -> readProcess(pid, users, bootMillis, vanished))
				.filter(Objects::nonNull).toList();

		String ownNetNs = ProcFiles.linkOrNull(proc.resolve("self/ns/net"));
		Map<String, SocketTable> tables = new HashMap<>();
		Map<Long, List<Integer>> holders = new HashMap<>(); // pipe or socket inode -> pids holding it
		for (RawProcess p : raw) {
			if (p.netNs != null && !tables.containsKey(p.netNs)) {
				tables.put(p.netNs, SocketTable.read(proc.resolve(Integer.toString(p.pid)), p.netNs.equals(ownNetNs)));
			}
			for (RawFd fd : p.fds) {
				long inode = FdClassifier.bracketInode(fd.target());
				if (inode != 0 || fd.fifoInode() != 0) {
					List<Integer> holding = holders.computeIfAbsent(inode != 0 ? inode : fd.fifoInode(), k -> new ArrayList<>(2));
					if (!holding.contains(p.pid)) {
						holding.add(p.pid);
					}
				}
			}
		}
		SocketTable empty = new SocketTable();
		List<ProcessInfo> processes = new ArrayList<>(raw.size());
		for (RawProcess p : raw) {
			FdClassifier classifier = new FdClassifier(p.pid, tables.getOrDefault(p.netNs, empty), holders);
			List<ResourceInfo> resources = new ArrayList<>(p.fds.size());
			for (RawFd fd : p.fds) {
				resources.add(classifier.classify(fd));
			}
			processes.add(p.toInfo(resources));
		}
		return new Inventory(hostName, takenAt, (System.nanoTime() - started) / 1_000_000, vanished.get(), processes);
	}

	private List<Integer> listPids() throws IOException {
		List<Integer> pids = new ArrayList<>();
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc)) {
			for (Path dir : dirs) {
				String name = dir.getFileName().toString();
				if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
					try {
						pids.add(Integer.parseInt(name));
					} catch (NumberFormatException e) {
						// not a process directory
					}
				}
			}
		}
		pids.sort(null);
		return pids;
	}

	private long bootTimeMillis() {
		String btime = ProcFiles.field(ProcFiles.readOrNull(proc.resolve("stat")).replace(' ', ':'), "btime");
		return ProcFiles.parseLongOr(btime, 0) * 1000;
	}

	/** Null when the process is gone before its stat could be read (counted in {@code vanished}). */
	private RawProcess readProcess(int pid, UserNames users, long bootMillis, AtomicInteger vanished) {
		Path dir = proc.resolve(Integer.toString(pid));
		String stat = ProcFiles.readWholeOrNull(dir.resolve("stat"));
		if (stat == null) {
			vanished.incrementAndGet();
			return null;
		}
		RawProcess p = new RawProcess(pid);
		int open = stat.indexOf('(');
		int close = stat.lastIndexOf(')');
		p.name = stat.substring(open + 1, close);
		String[] f = stat.substring(close + 2).split(" ");
		p.state = stateText(f[0].charAt(0));
		p.ppid = Integer.parseInt(f[1]);
		p.threads = Integer.parseInt(f[17]);
		long startTicks = Long.parseLong(f[19]);
		p.startTime = bootMillis + startTicks * 1000 / CLOCK_TICKS;
		p.virtualMemory = Long.parseLong(f[20]);
		p.residentMemory = Long.parseLong(f[21]) * PAGE_SIZE;

		// the stamp before what it guards: anything the process does after it shows as a later stamp. A stopped or
		// traced process is read afresh: a debugger may write into its memory (its command line) while it stands.
		char state = f[0].charAt(0);
		long cpuNanos = p.threads == 1 && state != 't' && state != 'T' ? cpuNanos(dir) : -1;
		QuietProcesses.Entry same = quiet.unchanged(pid, startTicks, cpuNanos);
		p.cgroup = cgroupOf(ProcFiles.readWholeOrNull(dir.resolve("cgroup")));
		if (same != null) {
			p.commandLine = same.commandLine();
			p.uid = same.uid();
			p.executable = same.executable();
			p.netNs = same.netNs();
			p.memory = same.memory();
		} else {
			String cmdline = ProcFiles.readOrNull(dir.resolve("cmdline"));
			p.commandLine = cmdline == null || cmdline.isEmpty() ? List.of()
					: Arrays.asList(cmdline.substring(0, cmdline.length() - (cmdline.endsWith("\0") ? 1 : 0)).split("\0", -1));
			p.uid = ProcFiles.ownerUid(dir); // owner of /proc/PID = its effective uid (root if non-dumpable): a stat, not a read of status
			p.executable = ProcFiles.linkOrNull(dir.resolve("exe"));
			p.netNs = ProcFiles.linkOrNull(dir.resolve("ns/net"));
			p.memory = MapsSummarizer.summarize(ProcFiles.readOrNull(dir.resolve("maps")));
			quiet.remember(pid, new QuietProcesses.Entry(startTicks, p.memory == null || cmdline == null ? -1 : cpuNanos,
					p.commandLine, p.executable, p.netNs, p.uid, p.memory));
		}
		p.user = p.uid < 0 ? null : users.nameOf(p.uid);
		readFds(dir, p);
		return p;
	}

	/** The scheduler's CPU time of the process's (only) thread in nanoseconds, -1 when it cannot be read. */
	private static long cpuNanos(Path dir) {
		String schedstat = ProcFiles.readWholeOrNull(dir.resolve("schedstat"));
		if (schedstat == null) {
			return -1;
		}
		int end = schedstat.indexOf(' ');
		return ProcFiles.parseLongOr(end < 0 ? schedstat : schedstat.substring(0, end), -1);
	}

	private static void readFds(Path dir, RawProcess p) {
		Path fdDir = dir.resolve("fd");
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
			for (Path link : fds) {
				int fd = Integer.parseInt(link.getFileName().toString());
				String target = ProcFiles.linkOrNull(link);
				if (target == null) {
					continue; // closed between listing and reading
				}
				p.fds.add(FdClassifier.describe(link, dir.resolve("fdinfo").resolve(Integer.toString(fd)), fd, target));
			}
			p.fds.sort((a, b) -> Integer.compare(a.fd(), b.fd()));
		} catch (NoSuchFileException e) {
			p.readError = "exited during the scan";
		} catch (IOException | SecurityException e) {
			p.readError = "cannot read open files: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage());
		}
	}

	private static String cgroupOf(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		// the unified (v2) hierarchy when there is one ("0::/path"), else the first v1 line as it is
		String line = text.lines().filter(l -> l.startsWith("0::")).findFirst().orElse(text.lines().findFirst().orElse(""));
		return line.startsWith("0::") ? line.substring(3) : line;
	}

	private static String stateText(char code) {
		return switch (code) {
		case 'R' -> "R (running)";
		case 'S' -> "S (sleeping)";
		case 'D' -> "D (disk sleep)";
		case 'T' -> "T (stopped)";
		case 't' -> "t (tracing stop)";
		case 'Z' -> "Z (zombie)";
		case 'X' -> "X (dead)";
		case 'I' -> "I (idle)";
		default -> String.valueOf(code);
		};
	}
}

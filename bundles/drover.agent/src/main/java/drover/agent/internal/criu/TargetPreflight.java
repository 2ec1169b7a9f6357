package drover.agent.internal.criu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.Args;
import drover.agent.internal.HostFactsReader;
import drover.agent.internal.RequestException;
import drover.protocol.CriuStatus;
import drover.protocol.Preflight;
import drover.protocol.TargetPreflightRequest;

/**
 * {@code preflight-target PIDS --bytes N --memory N [--pty N]... [--post-copy] [--reserve ID]}: can this node take a
 * tree (a {@link TargetPreflightRequest})? Its PIDs must be free (as PIDs, process groups and sessions), so must the
 * pseudo-terminal indexes it holds whole (CRIU recreates a pty pair at its index), the image must fit on disk beside
 * the room reserved for other transfers, and the process in memory, CRIU must work with the capabilities this agent
 * has, and for post-copy the kernel must have userfaultfd with non-cooperative events. With {@code --reserve ID} the
 * image's room is reserved for that migration ({@link DiskReservations}) and caps its transfer.
 */
public final class TargetPreflight {

	private static final Path PTS = Path.of("/dev/pts");

	private final CriuNode node;
	private Boolean lazyPages;

	public TargetPreflight(CriuNode node) {
		this.node = node;
	}

	public Preflight check(Args args) throws RequestException, IOException {
		List<Integer> pids = args.integers(0, "PIDs");
		long bytes = args.longOption("--bytes", 0);
		long memory = args.longOption("--memory", 0);
		List<Preflight.Verdict> verdicts = new ArrayList<>();
		Map<Integer, String> used = node.scanner.idsInUse();
		for (int pid : pids) {
			String holder = used.get(pid);
			if (holder == null && Files.exists(Path.of("/proc", Integer.toString(pid)))) {
				holder = "by a thread"; // /proc lists thread-group leaders only, but a thread's ID is a PID too
			}
			if (holder != null) {
				verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, pid, "pid " + pid, "PID " + pid
						+ " is taken on " + node.hostName + " (" + holder + "): the process could not get its PID back"));
			}
		}
		List<Integer> ptys = new ArrayList<>();
		for (String index : args.options("--pty")) {
			int n = parsePty(index);
			ptys.add(n);
			// a pty index is in use while its master is open: the devpts instance then has that entry
			if (Files.exists(PTS.resolve(Integer.toString(n)))) {
				verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "pty " + n, "refused: pseudo-terminal " + n
						+ " is taken on " + node.hostName + " (" + PTS.resolve(Integer.toString(n)) + " is open there), and CRIU"
						+ " recreates the tree's terminal at the same index. Close that terminal, or migrate to another host"));
			}
		}
		if (!ptys.isEmpty() && !Files.exists(Path.of("/dev/ptmx"))) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "pty", "refused: " + node.hostName + " has no"
					+ " /dev/ptmx, so CRIU cannot recreate the tree's terminals " + ptys));
		}
		verdicts.addAll(CriuPrivileges.ofThisAgent().forRestore(node.hostName));
		for (String address : args.options("--address")) {
			ownAddress(address, verdicts);
		}
		long available = HostFactsReader.memoryAvailable();
		if (memory > 0 && available < memory) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "memory", "the process needs " + (memory >> 20)
					+ " MB resident, " + (available >> 20) + " MB available"));
		}
		CriuStatus status = node.criu.get();
		if (!status.checkOk()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "criu", "CRIU is not usable here: " + status.checkMessage()));
		} else if (args.flag("--post-copy") && !lazyPagesSupported()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "userfaultfd", "this host's kernel cannot take a"
					+ " post-copy migration (CRIU's check of uffd-noncoop fails): migrate without post-copy"));
		}
		Files.createDirectories(node.library.root());
		long free = Files.getFileStore(node.library.root()).getUsableSpace();
		String reserveFor = args.option(TargetPreflightRequest.RESERVE, null);
		verdicts.addAll(disk(bytes, free, reserveFor == null ? null : ImageLibrary.checkName(reserveFor), verdicts));
		return new Preflight(node.hostName, pids, 0, verdicts, List.of(), Math.max(0, free - node.reservations.owedExcept(reserveFor)),
				available, ptys);
	}

	/**
	 * Room for the image: its estimate and a margin ({@link TargetPreflightRequest#reservation}) must fit in the free
	 * disk beside what other migrations' reservations still owe. With {@code reserveFor} (a migration whose incoming
	 * slot is held here, or an image an operator's {@code expect-image} waits for) the room is reserved for it, which
	 * caps its transfer; nothing is reserved for a pre-flight that refuses on other grounds.
	 */
	private List<Preflight.Verdict> disk(long bytes, long free, String reserveFor, List<Preflight.Verdict> others) {
		String resource = "disk " + node.library.root();
		long needed = TargetPreflightRequest.reservation(bytes);
		if (reserveFor == null) {
			long owed = node.reservations.owedExcept(null);
			return bytes <= 0 || needed <= free - owed ? List.of() : List.of(new Preflight.Verdict(Preflight.Verdict.ERROR, 0,
					resource, "needs about " + (needed >> 20) + " MB for the image, " + ((free - owed) >> 20) + " MB free"
							+ (owed > 0 ? " beside " + (owed >> 20) + " MB reserved for transfers under way" : "")));
		}
		if (!node.reservations.bound(reserveFor)) {
			return List.of(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, resource, "cannot reserve room for " + reserveFor
					+ " on " + node.hostName + ": no incoming slot is held for it here and no expect-image waits for it (a"
					+ " reservation lives as long as one of them). Hold the slot ('incoming-slot " + reserveFor + "') first"));
		}
		if (others.stream().anyMatch(v -> Preflight.Verdict.ERROR.equals(v.severity()))) {
			node.reservations.release(reserveFor);
			return List.of();
		}
		String refused = node.reservations.reserve(reserveFor, needed, free);
		if (refused != null) {
			return List.of(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, resource, "refused: " + reserveFor + " " + refused));
		}
		return List.of(new Preflight.Verdict(Preflight.Verdict.INFO, 0, resource, "reserved " + (needed >> 20) + " MB for "
				+ reserveFor + " (the image's estimate and a margin of " + TargetPreflightRequest.MARGIN_PERCENT + " %, at least "
				+ (TargetPreflightRequest.MARGIN_MIN_BYTES >> 20) + " MB): its transfer may bring no more"));
	}

	/**
	 * A tree with an address of its own comes: the address must be free here, this host must be able to make the
	 * tree's macvlan, and CRIU's nftables network lock must work (it is what keeps the connections still).
	 */
	private void ownAddress(String cidr, List<Preflight.Verdict> verdicts) throws IOException {
		String address = cidr.contains("/") ? cidr.substring(0, cidr.indexOf('/')) : cidr;
		String holder = node.net.holder(address);
		if (holder != null) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "address " + address, "refused: the tree's own address "
					+ address + " is taken on " + node.hostName + " (held by " + holder + "), and it moves with the tree: free it"
					+ " there, or migrate to another host"));
		}
		String parent = drover.agent.internal.net.OwnNetwork.parentName();
		String cannot = drover.agent.internal.net.OwnNetwork.cannotCreate(parent);
		if (cannot != null) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "macvlan on " + parent, "refused: " + node.hostName
					+ " cannot make the tree's interface (a macvlan on " + parent + "): " + cannot));
		}
		String lock = networkLock();
		if (lock != null) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "criu network lock", "refused: " + lock));
		}
	}

	private String nftLock;

	/** Null when CRIU's nftables network lock works here (criu check --feature network_lock_nftables), else why not. */
	public synchronized String networkLock() {
		if (nftLock == null) {
			try {
				Process check = new CriuRunner(node.criuPath()).start(List.of("check", "--feature", "network_lock_nftables"), Map.of());
				String out = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				boolean ok = check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
				check.destroyForcibly();
				nftLock = ok ? "" : "CRIU's nftables network lock does not work on " + node.hostName + " ('criu check --feature"
						+ " network_lock_nftables': " + out.lines().filter(l -> !l.contains("RLIMIT")).reduce("", (a, b) -> b).trim() + ")";
			} catch (RequestException | IOException e) {
				return "CRIU cannot be asked on " + node.hostName + ": " + e.getMessage();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		}
		return nftLock.isEmpty() ? null : nftLock;
	}

	private static int parsePty(String index) throws RequestException {
		try {
			int n = Integer.parseInt(index);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new RequestException(drover.protocol.ErrorInfo.BAD_REQUEST, "preflight-target: --pty needs a pty index"
				+ " (0, 1, ...), not '" + index + "'.", null);
	}

	/** Can CRIU restore here with its memory following (userfaultfd with non-cooperative events)? Asked once. */
	private synchronized boolean lazyPagesSupported() throws RequestException, IOException {
		if (lazyPages == null) {
			Process check = new CriuRunner(node.criuPath()).start(List.of("check", "--feature", "uffd-noncoop"), Map.of());
			Thread.ofVirtual().start(() -> {
				try {
					check.getInputStream().transferTo(OutputStream.nullOutputStream());
				} catch (IOException e) {
					// gone
				}
			});
			try {
				lazyPages = check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
				check.destroyForcibly();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return lazyPages;
	}
}

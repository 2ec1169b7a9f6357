package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.CheckpointResult;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Inventory;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.RecordKind;

/**
 * {@code checkpoint PID}: dumps a tree to an image here, killing it (CRIU's default), leaving it stopped (a
 * migration's freeze) or running; for a migration the pages may stream to the target while CRIU dumps them
 * ({@code --stream-to}) or be served to it after the freeze ({@code --lazy-to}, post-copy). A failed dump never
 * leaves the tree frozen. A fork's dump ({@code --fork --leave-running}) judges the tree as for a copy that goes on
 * elsewhere while the original runs on.
 */
public final class Checkpointer {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Checkpointer.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final CriuNode node;

	public Checkpointer(CriuNode node) {
		this.node = node;
	}

	public CheckpointResult checkpoint(Args args, Caller caller) throws RequestException, IOException {
		long started = System.nanoTime();
		int pid = args.integer(0, "a PID");
		boolean leaveStopped = args.flag("--leave-stopped");
		boolean leaveRunning = args.flag("--leave-running");
		String owner = args.option("--owner", null);
		Inventory inventory = node.scanner.scan(node.hostName);
		// a fork's dump leaves the tree running and closes its TCP connections in the image (--tcp-close)
		Preflight preflight = args.flag("--fork") ? PreflightCheck.forFork(inventory, pid) : args.flag("--migration")
				? PreflightCheck.source(inventory, pid) : PreflightCheck.forCheckpoint(inventory, pid);
		node.owners.check(preflight.pids(), owner);
		if (preflight.blocked()) {
			String reasons = String.join("; ", preflight.verdicts().stream().filter(v -> v.severity().equals(Preflight.Verdict.ERROR))
					.map(v -> "PID " + v.pid() + " " + v.resource() + ": " + v.reason()).toList());
			node.audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), false,
					"refused: " + reasons);
			throw new RequestException(ErrorInfo.REFUSED, "PID " + pid + " cannot be checkpointed: " + reasons + ".",
					"The process was not touched and keeps running.");
		}
		String name = args.option("--name", "pid" + pid + "-" + LocalDateTime.now().format(STAMP));
		Path dir = node.library.dir(name);
		String streamTo = args.option("--stream-to", null);
		String lazyTo = args.option("--lazy-to", null);
		if (!args.flag("--migration") && streamTo == null && lazyTo == null) { // a migration's image goes when it ends
			node.retention.checkRoom(preflight.residentBytes(), "The checkpoint of PID " + pid);
		}
		if (Files.exists(dir)) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "An image named '" + name + "' exists already.",
					"Pick another name or delete it.");
		}
		Files.createDirectories(dir);
		List<String> flags = new ArrayList<>(preflight.criuFlags());
		if (leaveRunning) {
			flags.add("--leave-running");
		}
		String command = inventory.processes().stream().filter(p -> p.pid() == pid).findFirst()
				.map(p -> String.join(" ", p.commandLine())).orElse("");
		List<String> dumpFlags = new ArrayList<>(flags);
		node.peers.awaitPrepared(owner); // a migration's session to its target is open before anything freezes
		CriuRunner.Outcome outcome;
		PeerPusher.PageStream stream = null;
		long setupMillis;
		try {
			if (lazyTo != null) {
				// post-copy: everything but the memory now; CRIU keeps the tree frozen and serves the pages to the target
				outcome = node.postCopy.dump(new CriuRunner(node.criuPath()), name, pid, dir, flags, preflight.pids(),
						socket -> node.peers.openLazyLink(name, lazyTo, args.option("--host-key", ""), args.option("--user", "drover"),
								socket));
				setupMillis = Math.max(0, (System.nanoTime() - started) / 1_000_000 - outcome.millis());
			} else {
				PageSocket pages = null;
				if (streamTo != null) {
					// pages go to the target's page server while CRIU dumps, on the migration's page channel: a socketpair
					// CRIU holds one end of, relayed by this agent through an SSH channel of its session to the target
					pages = PageSocket.open();
					try {
						stream = node.peers.openPageStream(name, streamTo, args.option("--host-key", ""), args.option("--user", "drover"),
								pages);
					} catch (RequestException | IOException | RuntimeException e) {
						pages.close();
						throw e;
					}
				}
				setupMillis = (System.nanoTime() - started) / 1_000_000;
				outcome = new CriuRunner(node.criuPath()).dump(pid, dir, dumpFlags, leaveStopped, pages);
				if (stream != null) {
					stream.settle(10_000); // the target's page server answered CRIU's goodbye: the relay ends by itself
				}
			}
		} catch (RequestException | IOException e) {
			node.signals.resumeIfStopped(preflight.pids()); // a failed dump may leave the tree frozen: never leave it so
			node.audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), false, e.getMessage());
			ImageLibrary.deleteTree(dir);
			throw e;
		} finally {
			if (stream != null) {
				stream.close();
			}
		}

		if (leaveStopped && preflight.addresses().size() == 1) {
			// the frozen tree's address leaves this host now, before the target brings it up; a resume puts it back
			node.net.of(pid).ifPresent(own -> {
				try {
					node.net.takeDown(own);
				} catch (IOException e) {
					org.slf4j.LoggerFactory.getLogger(Checkpointer.class).warn("could not take {} off PID {}: {}", own.cidr(), pid,
							e.getMessage());
				}
			});
		}
		// A frozen tree is exactly what CRIU dumped (children forked after the pre-flight included); a killed one
		// is gone, and the pre-flight's list is the best account of it.
		List<Integer> pids = leaveStopped || leaveRunning || lazyTo != null ? node.scanner.treePids(pid) : preflight.pids();
		if (owner != null) {
			node.owners.claim(owner, pids); // children forked since the pre-flight belong to the migration too
		}
		ImageInfo image = node.library.seal(dir, new ImageInfo(name, pid, pids.isEmpty() ? preflight.pids() : pids, command,
				System.currentTimeMillis(), node.criu.get().version(), flags, 0, 0, 0, List.of()), false);
		String compression = null;
		drover.protocol.ImageComposition composition = null;
		if (streamTo == null && lazyTo == null && !args.flag("--migration")) { // a library image: kept compressed
			composition = composition(dir, image); // read before compression: the plain files read fastest
			try {
				ImageCompression.Choice choice = ImageCompression.choose(dir, image);
				long before = System.nanoTime();
				image = ImageCompression.compress(node.library, dir, image, choice.level());
				compression = "zstd " + choice.why() + "; " + (image.totalSize() >> 10) + " KB stored in " + (image.storedSize() >> 10)
						+ " KB, " + (System.nanoTime() - before) / 1_000_000 + " ms";
			} catch (IOException | RuntimeException e) { // the image stays as CRIU wrote it: still whole, just larger
				compression = "not compressed: " + e;
			}
		}
		String state = lazyTo != null ? "serving-pages" : leaveRunning ? "running" : leaveStopped ? "stopped" : "killed";
		if (state.equals("killed")) {
			node.signals.awaitGone(preflight.pids());
		}
		if (streamTo == null && lazyTo == null && !args.flag("--migration")) { // a migration's dump is in its own record
			node.records.keep(RecordKind.CHECKPOINT, name, pid, pids, command, started, Phase.DUMP, outcome.millis(),
					image.memoryPagesSize(), image.otherSize(), outcome.stats(), null, 0, composition);
		}
		node.audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), true,
				"image " + name + " (" + image.totalSize() + " bytes), tree " + state + (compression != null ? "; " + compression : ""));
		return new CheckpointResult(image, outcome.stats(), outcome.millis(), state, outcome.log().toString(), setupMillis);
	}

	/** What the image is made of, for its record; null (the record says "not recorded") when it cannot be read. */
	private static drover.protocol.ImageComposition composition(Path dir, ImageInfo image) {
		try {
			return ImageCompositionReader.read(dir, image);
		} catch (IOException | RuntimeException e) {
			LOG.warn("cannot read what image {} is made of: {}", image.name(), e.toString());
			return null;
		}
	}
}

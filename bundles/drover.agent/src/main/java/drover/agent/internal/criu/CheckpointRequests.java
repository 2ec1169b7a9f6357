package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.Args;
import drover.agent.internal.AuditLog;
import drover.agent.internal.Caller;
import drover.agent.internal.MigrationLog;
import drover.agent.internal.RequestException;
import drover.agent.internal.proc.ProcScanner;
import drover.protocol.CheckpointResult;
import drover.protocol.CriuStatus;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Inventory;
import drover.protocol.Preflight;
import drover.protocol.RestoreResult;

/**
 * The checkpoint side of the agent: pre-flight, checkpoint, restore, images, resume and kill of a frozen
 * tree, and receiving images from other agents. Every request that changes the node is audited.
 */
public final class CheckpointRequests {

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointRequests.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final String hostName;
	private final ProcScanner scanner;
	private final ImageLibrary library;
	private final Supplier<CriuStatus> criu;
	private final AuditLog audit;
	private final TreeSignals signals = new TreeSignals();
	private final PageServers pageServers;
	private final PostCopy postCopy;
	private final PeerPusher peers;
	private final MigrationLog records;

	public CheckpointRequests(String hostName, ProcScanner scanner, ImageLibrary library, Supplier<CriuStatus> criu,
			AuditLog audit, PeerPusher peers, MigrationLog records) {
		this.hostName = hostName;
		this.scanner = scanner;
		this.library = library;
		this.criu = criu;
		this.audit = audit;
		this.peers = peers;
		this.records = records;
		this.pageServers = new PageServers(library.root().resolve(".page-servers"));
		this.postCopy = new PostCopy(library.root().resolve(".post-copy"), signals,
				(image, what) -> audit.record("drover-agent", null, "post-copy-stop", List.of(image), true, what));
	}

	public PageServers pageServers() {
		return pageServers;
	}

	/** Target side of a streamed migration: a page server writing into the image's staging directory. */
	public Object pageServer(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		if (Files.exists(library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + hostName + ".", null);
		}
		Path staging = library.root().resolve(".incoming-" + name);
		ImageLibrary.deleteTree(staging);
		Files.createDirectories(staging);
		int port = pageServers.start(criuPath(), name, staging);
		audit.record(caller.user(), caller.keyFingerprint(), "page-server", List.of(name), true, "loopback port " + port);
		return Map.of("image", name, "port", port);
	}

	public ImageLibrary library() {
		return library;
	}

	public Preflight preflight(Args args) throws RequestException, IOException {
		return PreflightCheck.source(scanner.scan(hostName), args.integer(0, "a PID"));
	}

	/** Are these PIDs free, is there room for {@code --bytes} of image and {@code --memory} of process? */
	public Preflight preflightTarget(Args args) throws RequestException, IOException {
		List<Integer> pids = args.integers(0, "PIDs");
		long bytes = args.longOption("--bytes", 0);
		long memory = args.longOption("--memory", 0);
		List<Preflight.Verdict> verdicts = new ArrayList<>();
		Map<Integer, String> used = scanner.idsInUse();
		for (int pid : pids) {
			String holder = used.get(pid);
			if (holder == null && Files.exists(Path.of("/proc", Integer.toString(pid)))) {
				holder = "by a thread"; // /proc lists thread-group leaders only, but a thread's ID is a PID too
			}
			if (holder != null) {
				verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, pid, "pid " + pid, "PID " + pid
						+ " is taken on " + hostName + " (" + holder + "): the process could not get its PID back"));
			}
		}
		Files.createDirectories(library.root());
		long free = Files.getFileStore(library.root()).getUsableSpace();
		if (bytes > 0 && free < bytes + bytes / 10 + (16 << 20)) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "disk " + library.root(), "needs about "
					+ ((bytes + bytes / 10) >> 20) + " MB for the image, " + (free >> 20) + " MB free"));
		}
		long available = drover.agent.internal.HostFactsReader.memoryAvailable();
		if (memory > 0 && available < memory) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "memory", "the process needs " + (memory >> 20)
					+ " MB resident, " + (available >> 20) + " MB available"));
		}
		CriuStatus status = criu.get();
		if (!status.checkOk()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "criu", "CRIU is not usable here: " + status.checkMessage()));
		} else if (args.flag("--post-copy") && !lazyPagesSupported()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "userfaultfd", "this host's kernel cannot take a"
					+ " post-copy migration (CRIU's check of uffd-noncoop fails): migrate without post-copy"));
		}
		return new Preflight(hostName, pids, 0, verdicts, List.of(), free, available);
	}

	private Boolean lazyPages;

	/** Can CRIU restore here with its memory following (userfaultfd with non-cooperative events)? Asked once. */
	private synchronized boolean lazyPagesSupported() throws RequestException, IOException {
		if (lazyPages == null) {
			Process check = new CriuRunner(criuPath()).start(List.of("check", "--feature", "uffd-noncoop"), Map.of());
			Thread.ofVirtual().start(() -> {
				try {
					check.getInputStream().transferTo(OutputStream.nullOutputStream());
				} catch (IOException e) {
					// gone
				}
			});
			try {
				lazyPages = check.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && check.exitValue() == 0;
				check.destroyForcibly();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return lazyPages;
	}

	public CheckpointResult checkpoint(Args args, Caller caller) throws RequestException, IOException {
		long started = System.nanoTime();
		int pid = args.integer(0, "a PID");
		boolean leaveStopped = args.flag("--leave-stopped");
		boolean leaveRunning = args.flag("--leave-running");
		Inventory inventory = scanner.scan(hostName);
		Preflight preflight = PreflightCheck.source(inventory, pid);
		if (preflight.blocked()) {
			String reasons = String.join("; ", preflight.verdicts().stream().filter(v -> v.severity().equals(Preflight.Verdict.ERROR))
					.map(v -> "PID " + v.pid() + " " + v.resource() + ": " + v.reason()).toList());
			audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), false, "refused: " + reasons);
			throw new RequestException(ErrorInfo.REFUSED, "PID " + pid + " cannot be checkpointed: " + reasons + ".",
					"The process was not touched and keeps running.");
		}
		String name = args.option("--name", "pid" + pid + "-" + LocalDateTime.now().format(STAMP));
		Path dir = library.dir(name);
		if (Files.exists(dir)) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "An image named '" + name + "' exists already.", "Pick another name or delete it.");
		}
		Files.createDirectories(dir);
		List<String> flags = new ArrayList<>(preflight.criuFlags());
		if (leaveRunning) {
			flags.add("--leave-running");
		}
		String command = inventory.processes().stream().filter(p -> p.pid() == pid).findFirst()
				.map(p -> String.join(" ", p.commandLine())).orElse("");
		String streamTo = args.option("--stream-to", null);
		String lazyTo = args.option("--lazy-to", null);
		List<String> dumpFlags = new ArrayList<>(flags);
		CriuRunner.Outcome outcome;
		PeerPusher.PageStream stream = null;
		long setupMillis = 0;
		try {
			CriuRunner.Outcome lazyOutcome = null;
			if (lazyTo != null) {
				// post-copy: everything but the memory now; CRIU keeps the tree frozen and serves the pages to the target
				lazyOutcome = postCopy.dump(new CriuRunner(criuPath()), name, pid, dir, flags, preflight.pids(),
						port -> peers.openLazyLink(name, lazyTo, args.option("--host-key", ""), args.option("--user", "drover"), port));
				setupMillis = Math.max(0, (System.nanoTime() - started) / 1_000_000 - lazyOutcome.millis());
			} else if (streamTo != null) {
				// pages go to the target's page server while CRIU dumps, through a forward inside our SSH session
				stream = peers.openPageStream(name, streamTo, args.option("--host-key", ""), args.option("--user", "drover"));
				dumpFlags.addAll(List.of("--page-server", "--address", "127.0.0.1", "--port", Integer.toString(stream.localPort())));
			}
			if (lazyTo != null) {
				outcome = lazyOutcome;
			} else {
				setupMillis = (System.nanoTime() - started) / 1_000_000;
				outcome = new CriuRunner(criuPath()).dump(pid, dir, dumpFlags, leaveStopped);
			}
		} catch (RequestException e) {
			signals.resumeIfStopped(preflight.pids()); // a failed dump may leave the tree frozen: never leave it so
			audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), false, e.getMessage());
			ImageLibrary.deleteTree(dir);
			throw e;
		} finally {
			if (stream != null) {
				stream.close();
			}
		}

		// A frozen tree is exactly what CRIU dumped (children forked after the pre-flight included); a killed one
		// is gone, and the pre-flight's list is the best account of it.
		List<Integer> pids = leaveStopped || leaveRunning || lazyTo != null ? scanner.treePids(pid) : preflight.pids();
		ImageInfo image = library.seal(dir, new ImageInfo(name, pid, pids.isEmpty() ? preflight.pids() : pids, command, System.currentTimeMillis(),
				criu.get().version(), flags, 0, 0, 0, List.of()), false);
		String state = lazyTo != null ? "serving-pages" : leaveRunning ? "running" : leaveStopped ? "stopped" : "killed";
		if (state.equals("killed")) {
			signals.awaitGone(preflight.pids());
		}
		if (streamTo == null && lazyTo == null && !args.flag("--migration")) { // a migration's dump is in its own record
			keepRecord("CHECKPOINT", name, pid, pids, command, started, Map.of("phase", "DUMP", "millis", outcome.millis()),
					image.memoryPagesSize(), image.otherSize(), Map.of("dumpStats", outcome.stats()));
		}
		audit.record(caller.user(), caller.keyFingerprint(), "checkpoint", List.of(Integer.toString(pid)), true,
				"image " + name + " (" + image.totalSize() + " bytes), tree " + state);
		return new CheckpointResult(image, outcome.stats(), outcome.millis(), state, outcome.log().toString(), setupMillis);
	}

	public RestoreResult restore(Args args, Caller caller) throws RequestException, IOException {
		long restoreStarted = System.nanoTime();
		String name = args.positional(0, "an image name");
		ImageInfo image = library.info(name);
		Preflight target = preflightTarget(new Args("restore", image.pids().stream().map(String::valueOf).toList(), java.util.Set.of()));
		if (target.blocked()) {
			String reasons = String.join("; ", target.verdicts().stream().map(Preflight.Verdict::reason).toList());
			audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, reasons);
			throw new RequestException(ErrorInfo.REFUSED, "Image " + name + " cannot be restored here: " + reasons + ".",
					"Nothing was changed. Free the PIDs or restore on another host.");
		}
		Path dir = library.existing(name);
		List<String> flags = image.criuFlags().stream().filter(f -> !f.startsWith("--ghost-limit") && !f.equals("--leave-running")).toList();
		boolean lazy = args.flag("--lazy");
		CriuRunner runner = new CriuRunner(criuPath());
		CriuRunner.Outcome outcome;
		try {
			if (lazy) { // post-copy: the memory comes after, fetched by CRIU's lazy-pages daemon from the source
				postCopy.startFetcher(runner, name, dir);
				flags = new ArrayList<>(flags);
				flags.add("--lazy-pages");
			}
			outcome = runner.restore(dir, flags);
		} catch (RequestException | IOException e) {
			postCopy.stopFetcher(name);
			audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), false, e.getMessage());
			throw e;
		}
		int held = lazy ? postCopy.watch(name, image.pids()) : 0;
		int pid = Integer.parseInt(Files.readString(dir.resolve("restored.pid")).trim());
		if (!args.flag("--migration")) { // a migration's restore is part of the migration's own record
			keepRecord("RESTORE", name, pid, image.pids(), image.command(), restoreStarted,
					Map.of("phase", "RESTORE", "millis", outcome.millis()), image.memoryPagesSize(), image.otherSize(),
					Map.of("restoreStats", outcome.stats(), "restoredPid", pid));
		}
		audit.record(caller.user(), caller.keyFingerprint(), "restore", List.of(name), true, "running as PID " + pid
				+ (lazy ? " (post-copy, memory following; " + held + " userfaultfds held against a failing fetcher)" : ""));
		return new RestoreResult(name, pid, image.pids(), outcome.stats(), outcome.millis(), outcome.log().toString());
	}

	/** Target side of a post-copy migration: the source's pages for an image are reachable on a loopback port. */
	public Object lazySource(Args args, Caller caller) throws RequestException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		int port = args.integer(1, "a loopback port");
		postCopy.expect(name, port);
		audit.record(caller.user(), caller.keyFingerprint(), "lazy-source", List.of(name), true, "loopback port " + port);
		return Map.of("image", name, "port", port);
	}

	/** Source side: waits until the pages of the image stopped being served; the tree is still frozen then. */
	public Object lazyFinish(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		return audited(caller, "lazy-finish", name, "all pages served", () -> postCopy.finish(name));
	}

	/** Source side: stops serving the pages of an image; resumes its tree here (--resume) or holds it frozen. */
	public Object lazyAbort(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		boolean resume = args.flag("--resume");
		Map<String, Object> result = postCopy.abort(name, resume);
		audit.record(caller.user(), caller.keyFingerprint(), "lazy-abort", List.of(name), true, resume
				? "resumed " + result.get("resumed") : "page link cut, tree held frozen: " + result.get("held"));
		return result;
	}

	/** Target side: waits until the restored process has all its memory (progress: bytes fetched so far). */
	public Object lazyWait(Args args, Caller caller, java.util.function.Consumer<String> progress)
			throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		return audited(caller, "lazy-wait", name, "all memory here", () -> postCopy.await(name, progress));
	}

	private interface Request {
		Object run() throws RequestException, IOException;
	}

	/** Runs a request on {@code image} and keeps its outcome in the audit log, either way. */
	private Object audited(Caller caller, String operation, String image, String success, Request request)
			throws RequestException, IOException {
		try {
			Object result = request.run();
			audit.record(caller.user(), caller.keyFingerprint(), operation, List.of(image), true, success);
			return result;
		} catch (RequestException e) {
			audit.record(caller.user(), caller.keyFingerprint(), operation, List.of(image), false, e.getMessage());
			throw e;
		}
	}

	public Object resume(Args args, Caller caller) throws RequestException, IOException {
		List<Integer> pids = args.integers(0, "PIDs");
		for (int pid : pids) {
			PreflightCheck.checkMovable(pid);
		}
		List<Integer> resumed = signals.send("CONT", pids);
		audit.record(caller.user(), caller.keyFingerprint(), "resume", strings(pids), true, "resumed " + resumed);
		return Map.of("resumed", resumed);
	}

	public Object killTree(Args args, Caller caller) throws RequestException, IOException {
		List<Integer> pids = args.integers(0, "PIDs");
		for (int pid : pids) {
			PreflightCheck.checkMovable(pid);
		}
		List<Integer> killed = signals.send("KILL", pids);
		signals.awaitGone(pids);
		audit.record(caller.user(), caller.keyFingerprint(), "kill", strings(pids), true, "killed " + killed);
		return Map.of("killed", killed);
	}

	public Object deleteImage(Args args, Caller caller) throws RequestException, IOException {
		String name = args.positional(0, "an image name");
		library.existing(name);
		library.delete(name);
		postCopy.forget(name);
		audit.record(caller.user(), caller.keyFingerprint(), "delete-image", List.of(name), true, "deleted");
		return Map.of("deleted", name);
	}

	/**
	 * Receives a whole image from another agent on the channel's input: per file a header line
	 * {@code NAME SIZE} and SIZE bytes, an empty line at the end. Files go to a staging directory that becomes
	 * the image only when everything arrived; answers each file's size and SHA-256 as written here.
	 */
	public Object receiveImage(Args args, InputStream in, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		boolean streamed = args.flag("--streamed");
		if (Files.exists(library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + hostName + ".", null);
		}
		Path staging = library.root().resolve(".incoming-" + name);
		if (!streamed) { // with a page stream, the staging directory holds the pages already
			ImageLibrary.deleteTree(staging);
		}
		Files.createDirectories(staging);
		List<Map<String, Object>> files = new ArrayList<>();
		byte[] buffer = new byte[1 << 17];
		try {
			String header;
			while (!(header = readLine(in)).isEmpty()) {
				int space = header.lastIndexOf(' ');
				String file = ImageLibrary.checkName(header.substring(0, Math.max(0, space)));
				long size = Long.parseLong(header.substring(space + 1));
				MessageDigest digest = ImageLibrary.newDigest();
				long received = 0;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging.resolve(file)), digest)) {
					int n;
					while (received < size && (n = in.read(buffer, 0, (int) Math.min(buffer.length, size - received))) > 0) {
						out.write(buffer, 0, n);
						received += n;
					}
				}
				if (received != size) {
					throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The stream of " + file + " ended after " + received
							+ " of " + size + " bytes.", "The link or the sending agent failed; nothing was kept.");
				}
				files.add(Map.of("name", file, "bytes", received, "sha256", HexFormat.of().formatHex(digest.digest())));
			}
			if (!Files.isRegularFile(staging.resolve(ImageLibrary.META))) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Image " + name + " arrived without its metadata.", null);
			}
			if (streamed) {
				pageServers.awaitFinished(name);
				try (var list = Files.list(staging)) {
					for (Path file : list.sorted().toList()) {
						String fileName = file.getFileName().toString();
						if (files.stream().noneMatch(f -> f.get("name").equals(fileName))) {
							files.add(Map.of("name", fileName, "bytes", Files.size(file), "streamed", true));
						}
					}
				}
			}
			Files.move(staging, library.dir(name));
			if (streamed) { // the metadata came from the source, which never held the pages: sizes from here
				library.seal(library.dir(name), library.info(name), false);
			}
		} catch (RequestException | RuntimeException e) {
			ImageLibrary.deleteTree(staging);
			audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw e;
		} catch (IOException e) {
			ImageLibrary.deleteTree(staging);
			boolean full = String.valueOf(e.getMessage()).contains("No space left");
			audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw new RequestException(full ? ErrorInfo.NO_SPACE : ErrorInfo.TRANSFER_FAILED, "Cannot store image " + name
					+ " on " + hostName + ": " + e.getMessage(), full ? "Free disk space on " + hostName + "." : null);
		}
		audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), true, files.size() + " files");
		return Map.of("image", name, "files", files);
	}

	private static String readLine(InputStream in) throws IOException, RequestException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The image stream ended in the middle.",
						"The link or the sending agent failed; nothing was kept.");
			}
			if (line.length() > 300) {
				throw new RequestException(ErrorInfo.BAD_REQUEST, "Malformed image stream header.", null);
			}
			line.append((char) c);
		}
		return line.toString();
	}

	public Object abortImage(Args args) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		pageServers.stop(name);
		postCopy.forget(name);
		ImageLibrary.deleteTree(library.root().resolve(".incoming-" + name));
		return Map.of("aborted", name);
	}

	public List<ImageInfo> images() throws IOException {
		return library.list();
	}

	/**
	 * Keeps a cost record of a checkpoint or restore done on its own, in the same log and shape as migration
	 * records (drover.core's MigrationReport), so the console's history and reports show them too.
	 */
	private void keepRecord(String kind, String image, int pid, List<Integer> pids, String command, long startedNanos,
			Map<String, Object> phase, long pages, long other, Map<String, Object> extra) {
		long now = System.currentTimeMillis();
		long millis = (System.nanoTime() - startedNanos) / 1_000_000;
		Map<String, Object> record = new java.util.LinkedHashMap<>();
		record.put("id", kind.toLowerCase() + "-" + image + "-" + now);
		record.put("kind", kind);
		record.put("source", hostName);
		record.put("target", hostName);
		record.put("pid", pid);
		record.put("pids", pids);
		record.put("command", command);
		record.put("startedAt", now - millis);
		record.put("finishedAt", now);
		record.put("outcome", "DONE");
		Map<String, Object> timing = new java.util.LinkedHashMap<>(phase);
		timing.put("startedAt", now - millis);
		record.put("phases", List.of(timing));
		record.put("memoryPagesBytes", pages);
		record.put("otherImageBytes", other);
		record.putAll(extra);
		try {
			records.record(drover.protocol.Json.newMapper().writeValueAsString(record));
		} catch (IOException | RequestException e) {
			LOG.error("cannot keep the record of {} {}: {}", kind, image, e.getMessage(), e);
		}
	}

	private Path criuPath() throws RequestException {
		CriuStatus status = criu.get();
		if (status.path() == null || !status.checkOk()) {
			throw new RequestException(ErrorInfo.CRIU_FAILED, "CRIU is not usable on " + hostName + ": " + status.checkMessage(),
					"Run scripts/install-deps.sh on the node.");
		}
		return Path.of(status.path());
	}

	private static List<String> strings(List<Integer> pids) {
		return pids.stream().map(String::valueOf).toList();
	}
}

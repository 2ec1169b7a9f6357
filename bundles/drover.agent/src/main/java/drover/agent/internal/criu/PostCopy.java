package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * Post-copy migration, both ends. The source dumps everything but the memory pages ({@code criu dump
 * --lazy-pages}) and keeps the tree frozen while its CRIU serves the pages on this node's loopback; the target
 * restores at once, and CRIU's lazy-pages daemon there fetches the pages on each fault and in the background,
 * until the last one is there. The pages travel on the migration's page channel: each CRIU holds one end of a
 * socketpair its agent made ({@code --ps-socket}), and the agents relay the other ends through an SSH channel of
 * the source's session to the target ({@code lazy-source}); nothing on either node listens for them. The downtime shrinks
 * to dumping and restoring everything but memory; the price is a window in which the process already runs on
 * the target while part of its memory is still on the source.
 * <p>
 * The target's lazy-pages daemon is the one that knows whether every page arrived: CRIU's serving side takes a
 * closed connection for a finished transfer. So the source tree stays frozen until the target says its daemon
 * finished; if the daemon fails or the pages stop arriving, the target agent kills its copy at once (it would
 * go on with zero-filled memory) and the source resumes from the freeze: the process runs on exactly one host.
 */
public final class PostCopy {

	/** No page placed for this long while pages are missing: the link or the source is gone. */
	static final long STALL_MILLIS = Long.getLong("drover.postcopy.stallMillis", 15_000);

	private static final String HOOK = """
			#!/bin/sh
			# CRIU action script (Drover): a post-copy dump has written everything but the memory pages.
			[ "$CRTOOLS_SCRIPT_ACTION" = post-dump ] && [ -n "$DROVER_DUMPED" ] && : > "$DROVER_DUMPED"
			exit 0
			""";

	/** Opens the page channel to the target for {@code socket}'s agent end; closing it cuts the channel. */
	public interface LinkOpener {
		AutoCloseable open(PageSocket socket) throws RequestException, IOException;
	}

	private record Serving(Process criu, CompletableFuture<String> output, Path log, PageSocket socket, List<Integer> pids,
			AutoCloseable link, long startedNanos) {
	}

	private record Fetching(Process daemon, CompletableFuture<String> output, Path log, long startedNanos,
			CompletableFuture<String> failure, List<Integer> pids, long[] residentAtStart,
			java.util.concurrent.atomic.AtomicReference<String> stall) {
	}

	private final Path workDir;
	private final TreeSignals signals;
	/** The agent's audit log: (image, what happened) when this agent stops a copy on its own. */
	private final java.util.function.BiConsumer<String, String> audit;
	private final Map<String, Serving> serving = new ConcurrentHashMap<>();
	/** Target side: the page channel of each image whose source opened one, until its daemon takes it. */
	private final Map<String, PageSocket> sources = new ConcurrentHashMap<>();
	private final Map<String, Fetching> fetching = new ConcurrentHashMap<>();

	PostCopy(Path workDir, TreeSignals signals, java.util.function.BiConsumer<String, String> audit) {
		this.workDir = workDir;
		this.signals = signals;
		this.audit = audit;
	}

	// --- source side ---------------------------------------------------------------------------------------

	/**
	 * Freezes and dumps the tree of {@code pid} without its memory pages, and returns once that image is
	 * written (CRIU's post-dump action) while CRIU goes on serving the pages to the target through the link.
	 */
	CriuRunner.Outcome dump(CriuRunner runner, String image, int pid, Path dir, List<String> flags, List<Integer> pids,
			LinkOpener links) throws RequestException, IOException {
		Files.createDirectories(workDir);
		Path hook = workDir.resolve("post-dump-hook.sh");
		if (!Files.exists(hook) || !Files.readString(hook).equals(HOOK)) {
			Files.writeString(hook, HOOK);
			hook.toFile().setExecutable(true, true);
		}
		Path marker = workDir.resolve(image + ".dumped");
		Files.deleteIfExists(marker);
		PageSocket socket = PageSocket.open();
		AutoCloseable link;
		try {
			link = links.open(socket);
		} catch (RequestException | IOException | RuntimeException e) {
			socket.close();
			throw e;
		}
		long started = System.nanoTime();
		// the log outside the image: CRIU writes on while it serves, after the image's files were sealed and hashed
		Path log = workDir.resolve(image + "-dump.log");
		List<String> args = new ArrayList<>(List.of("dump", "-t", Integer.toString(pid), "-D", dir.toString(), "-o", log.toString(),
				"--display-stats", "--leave-stopped", "--lazy-pages", "--ps-socket", "3", "--action-script", hook.toString()));
		args.addAll(flags);
		Process criu;
		try {
			criu = runner.start(args, Map.of("DROVER_DUMPED", marker.toString()), socket);
		} catch (RequestException | IOException | RuntimeException e) {
			closeQuietly(link);
			socket.close();
			throw e;
		}
		CompletableFuture<String> output = drain(criu.getInputStream());
		long deadline = started + TimeUnit.MINUTES.toNanos(10);
		while (!Files.exists(marker)) {
			if (!criu.isAlive() || System.nanoTime() > deadline) {
				criu.destroyForcibly();
				closeQuietly(link);
				socket.cut();
				signals.resumeIfStopped(pids); // a failed dump resumes the tree; never leave it frozen
				throw CriuRunner.failure(log, output.join(), "post-copy dump of PID " + pid);
			}
			sleep(2);
		}
		serving.put(image, new Serving(criu, output, log, socket, pids, link, started)); // first: abort must find it
		marker.toFile().delete();
		return new CriuRunner.Outcome(CriuRunner.parseStats(""), (System.nanoTime() - started) / 1_000_000, log);
	}

	/**
	 * Called once the target has every page: waits until this node's CRIU stopped serving them. The tree is
	 * then frozen here, and the caller kills it. Should CRIU fail at this point it resumes the tree itself; the
	 * copy on the target is the process now, so this one is killed at once. (CRIU's statistics are not worth
	 * returning: it restarts them when it starts serving pages.)
	 */
	Map<String, Object> finish(String image) throws RequestException, IOException {
		Serving s = serving.get(image);
		if (s == null) {
			throw new RequestException(ErrorInfo.NO_SUCH_IMAGE, "No post-copy transfer of " + image + " runs here.", null);
		}
		try {
			if (!s.criu().waitFor(60, TimeUnit.SECONDS)) { // the target has all pages: CRIU only has to notice
				s.criu().destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
		serving.remove(image);
		closeQuietly(s.link());
		s.socket().cut();
		String output = s.output().join();
		if (s.criu().exitValue() != 0) {
			signals.send("KILL", s.pids());
			RequestException failure = CriuRunner.failure(s.log(), output, "serving the memory pages of " + image);
			throw new RequestException(ErrorInfo.POST_COPY_FAILED, failure.getMessage() + " The target had every page"
					+ " already: the copy here was killed.", failure.hint());
		}
		return Map.of("millis", (System.nanoTime() - s.startedNanos()) / 1_000_000, "treeState", "stopped");
	}

	/**
	 * Stops serving the pages of {@code image}: cutting the link is also what stops a target copy that still
	 * misses pages (its agent kills a copy whose memory stops arriving). {@code resume}: the target's copy is
	 * known to be gone, so the tree runs here again; otherwise it is held frozen (SIGSTOP before the cut, since
	 * CRIU resumes the tree itself when serving fails) until someone knows which host has the process.
	 */
	Map<String, Object> abort(String image, boolean resume) throws IOException {
		Serving s = serving.remove(image);
		if (s == null) {
			return Map.of("resumed", List.of(), "held", List.of());
		}
		if (!resume) { // queued now, delivered the moment CRIU lets go of the tree: it stays stopped either way
			signals.send("STOP", s.pids());
		}
		closeQuietly(s.link()); // cuts a fetch under way
		s.socket().cut(); // and ends CRIU's wait for a fetcher that never came: its socket reads EOF
		try {
			if (!s.criu().waitFor(30, TimeUnit.SECONDS)) {
				s.criu().destroyForcibly(); // its tracees are detached (and stop on the pending SIGSTOP)
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (!resume) {
			signals.send("STOP", s.pids()); // had CRIU let go before the first one arrived
			return Map.of("resumed", List.of(), "held", s.pids());
		}
		List<Integer> stopped = s.pids().stream().filter(p -> drover.agent.internal.proc.ProcState.of(p) == 'T').toList();
		signals.resumeIfStopped(s.pids());
		return Map.of("resumed", stopped, "held", List.of());
	}

	// --- target side ---------------------------------------------------------------------------------------

	/** The source opened the page channel of {@code image}: the daemon of its restore gets {@code socket}. */
	void expect(String image, PageSocket socket) {
		PageSocket before = sources.put(image, socket);
		if (before != null) {
			before.cut(); // a second channel for the same image replaces the first
		}
	}

	/** Starts CRIU's lazy-pages daemon for {@code image} and returns once it waits for the restore. */
	void startFetcher(CriuRunner runner, String image, Path dir) throws RequestException, IOException {
		PageSocket socket = sources.remove(image);
		if (socket == null) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "No source of memory pages is known for " + image + ".",
					"A post-copy restore follows a post-copy checkpoint that names this host (--lazy-to).");
		}
		Process daemon;
		try {
			daemon = runner.start(List.of("lazy-pages", "--page-server", "--ps-socket", "3", "-D", dir.toString(), "-o",
					"lazy-pages.log", "--status-fd", "1"), Map.of(), socket);
		} catch (RequestException | IOException | RuntimeException e) {
			socket.cut();
			throw e;
		}
		InputStream out = daemon.getInputStream();
		int ready = out.read(); // CRIU writes one zero byte to the status fd once its socket for the restore listens
		CompletableFuture<String> output = drain(out);
		if (ready != 0) {
			daemon.destroyForcibly();
			try {
				daemon.waitFor(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			throw CriuRunner.failure(dir.resolve("lazy-pages.log"), output.join(), "lazy-pages daemon for " + image);
		}
		fetching.put(image, new Fetching(daemon, output, dir.resolve("lazy-pages.log"), System.nanoTime(), new CompletableFuture<>(),
				new java.util.concurrent.CopyOnWriteArrayList<>(), new long[1], new java.util.concurrent.atomic.AtomicReference<>()));
	}

	/** The image is gone (deleted, aborted): nothing about it to remember. */
	void forget(String image) {
		PageSocket socket = sources.remove(image);
		if (socket != null) {
			socket.cut();
		}
		Fetching f = fetching.get(image);
		if (f != null && !f.daemon().isAlive()) {
			fetching.remove(image);
		}
	}

	/** The restore failed: the daemon has nothing to serve. */
	void stopFetcher(String image) {
		PageSocket socket = sources.remove(image);
		if (socket != null) {
			socket.cut();
		}
		Fetching f = fetching.remove(image);
		if (f != null) {
			f.daemon().destroyForcibly();
			try { // its log may say why the restore failed; the image's clean-up would remove it
				CriuRunner.failure(f.log(), "", "lazy-pages daemon");
			} catch (IOException e) {
				// no log to keep
			}
		}
	}

	/**
	 * The restored tree runs: from now on, if the daemon fails or no page arrives for {@link #STALL_MILLIS}
	 * while pages are missing, the tree is killed at once; a copy missing memory must not go on. Answers how
	 * many of the tree's userfaultfds this agent holds (0 where the JDK cannot, see BorrowedFds).
	 */
	int watch(String image, List<Integer> pids) {
		Fetching f = fetching.get(image);
		if (f == null) {
			return 0;
		}
		f.pids().addAll(pids);
		f.residentAtStart()[0] = resident(pids);
		// the daemon has every userfaultfd of the tree by now: with copies held here, a fault on a missing page
		// waits rather than reads zeros should the daemon die (closed only after the tree was killed)
		List<Integer> held = BorrowedFds.userfaultfds(f.daemon().pid());
		Process guard = guard(pids);
		// A daemon that dies leaves the tree's missing pages to be filled with zeros by the kernel: kill the tree
		// the moment that happens (onExit wakes on the exit itself, not on the next poll).
		f.daemon().onExit().thenRun(() -> {
			String failure = f.stall().get();
			try {
				failure = settleFetch(f, image, pids, held, failure);
			} finally { // whatever happened above, the one waiting hears of it
				if (guard != null) {
					guard.destroyForcibly(); // SIGKILL: it dies without firing (the fetch is settled either way)
				}
				f.failure().complete(failure);
			}
		});
		Thread.ofVirtual().name("post-copy stall watch " + image).start(() -> {
			long lastBytes = -1;
			long lastChange = System.nanoTime();
			while (f.daemon().isAlive()) {
				long bytes = resident(pids);
				if (bytes != lastBytes) {
					lastBytes = bytes;
					lastChange = System.nanoTime();
				} else if (System.nanoTime() - lastChange > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
					f.stall().set("no memory page arrived from the source for " + STALL_MILLIS / 1000 + " s (link or source agent down)");
					killQuietly(pids); // the tree first: once the daemon is gone, its missing pages would read as zeros
					f.daemon().destroyForcibly();
					return;
				}
				sleep(200);
			}
		});
		return held.size();
	}

	/**
	 * A guard for the agent's own death during the fetch: a shell that waits on a pipe from this agent and kills
	 * the copy the moment the pipe closes. Only the agent's death closes it (the agent kills the guard itself
	 * once the fetch is settled), and then nothing holds the copy's userfaultfds any more: the daemon, its link
	 * gone with the agent's SSH server, stops, and the copy's missing pages would read as zeros. The restarted
	 * agent finds the copy stopped (its target recovery).
	 */
	private static Process guard(List<Integer> pids) {
		String targets = String.join(" ", pids.stream().map(String::valueOf).toList());
		try {
			return new ProcessBuilder("sh", "-c", "read _; kill -KILL " + targets + " 2>/dev/null")
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			return null; // no guard: the restarted agent still stops the copy, a moment later
		}
	}

	/** The daemon ended: on failure the tree dies first, then the userfaultfds held here go. The failure, or null. */
	private String settleFetch(Fetching f, String image, List<Integer> pids, List<Integer> held, String stall) {
		String failure = stall;
		if (failure == null && f.daemon().exitValue() != 0) {
			killQuietly(pids);
			try { // keeps the daemon's log where the clean-up of the image does not reach
				RequestException e = CriuRunner.failure(f.log(), f.output().join(), "lazy-pages daemon");
				failure = e.getMessage() + " (" + e.hint() + ")";
			} catch (IOException e) {
				failure = "CRIU's lazy-pages daemon failed: " + CriuRunner.explain(readQuietly(f.log(), f.output().join()));
			}
		}
		BorrowedFds.close(held); // after the kill: no thread of a killed tree runs user code again
		if (failure != null) { // nobody may be asking (the console lost the link too): the log keeps it
			audit.accept(image, "killed the restored copy " + pids + ": " + failure);
		}
		return failure;
	}

	/** SIGKILL straight from this process (no kill(1) to start first: every millisecond counts here). */
	private static void killQuietly(List<Integer> pids) {
		for (int pid : pids) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	/** Waits until the restored process of {@code image} has all its memory; progress gets bytes fetched so far. */
	Map<String, Object> await(String image, Consumer<String> progress) throws RequestException {
		Fetching f = fetching.get(image);
		if (f == null) {
			throw new RequestException(ErrorInfo.NO_SUCH_IMAGE, "No post-copy fetch of " + image + " runs here.", null);
		}
		long lastReport = 0;
		while (!f.failure().isDone()) {
			if (System.nanoTime() - lastReport > TimeUnit.MILLISECONDS.toNanos(250)) {
				long millis = (System.nanoTime() - f.startedNanos()) / 1_000_000;
				progress.accept(drover.protocol.Json.toJson(drover.protocol.ProgressEvent.transfer(fetched(f), 0, millis)));
				lastReport = System.nanoTime();
			}
			sleep(20);
		}
		String failure = f.failure().join(); // kept: a caller cut off meanwhile may ask again
		if (failure != null) {
			throw new RequestException(ErrorInfo.POST_COPY_FAILED, "Fetching the memory of " + image + " failed: " + failure
					+ ". The copy here was killed.", "The source still holds the process frozen; roll back there (lazy-abort).");
		}
		return Map.of("image", image, "millis", (System.nanoTime() - f.startedNanos()) / 1_000_000, "bytes", fetched(f));
	}

	// --- helpers -------------------------------------------------------------------------------------------

	/**
	 * Memory resident in the restored tree: it grows by each page the daemon places (CRIU's lazy-pages daemon
	 * keeps no count a caller can read, and CRIU's dump statistics restart for the page-serving part).
	 */
	private static long resident(List<Integer> pids) {
		long total = 0;
		for (int pid : pids) {
			try {
				String[] statm = Files.readString(Path.of("/proc", Integer.toString(pid), "statm")).trim().split(" ");
				total += Long.parseLong(statm[1]) * 4096;
			} catch (IOException | RuntimeException e) {
				// gone meanwhile
			}
		}
		return total;
	}

	private static long fetched(Fetching f) {
		return f.pids().isEmpty() ? 0 : Math.max(0, resident(f.pids()) - f.residentAtStart()[0]);
	}

	private static CompletableFuture<String> drain(InputStream in) {
		CompletableFuture<String> result = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try {
				result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				result.complete("");
			}
		});
		return result;
	}

	private static String readQuietly(Path log, String fallback) {
		try {
			return Files.exists(log) ? Files.readString(log) : fallback;
		} catch (IOException e) {
			return fallback;
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception e) {
			// closing a link that broke already
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

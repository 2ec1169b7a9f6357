package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import drover.agent.internal.RequestException;
import drover.protocol.CriuStats;
import drover.protocol.ErrorInfo;
import drover.protocol.Timeouts;

/**
 * Runs CRIU's command line (dump, restore) with a log in the image directory and {@code --display-stats},
 * and turns a failure into a message that names the failing resource and what to do.
 */
public final class CriuRunner {

	/** What one CRIU run produced. */
	public record Outcome(CriuStats stats, long millis, Path log) {
	}

	private final Path criu;

	public CriuRunner(Path criu) {
		this.criu = criu;
	}

	public Outcome dump(int pid, Path dir, List<String> flags, boolean leaveStopped) throws RequestException, IOException {
		return dump(pid, dir, flags, leaveStopped, null);
	}

	/** A dump whose pages go to a page server through {@code pages} (its fd 3, {@code --ps-socket 3}), if not null. */
	Outcome dump(int pid, Path dir, List<String> flags, boolean leaveStopped, PageSocket pages) throws RequestException, IOException {
		List<String> args = new ArrayList<>(List.of("dump", "-t", Integer.toString(pid), "-D", dir.toString(), "-o",
				"dump.log", "--display-stats"));
		if (leaveStopped) {
			args.add("--leave-stopped");
		}
		args.addAll(flags);
		if (pages != null) {
			args.addAll(List.of("--page-server", "--ps-socket", "3"));
		}
		return run(args, dir.resolve("dump.log"), "dump of PID " + pid, pages);
	}

	public Outcome restore(Path dir, List<String> flags) throws RequestException, IOException {
		List<String> args = new ArrayList<>(List.of("restore", "-D", dir.toString(), "-d", "-o", "restore.log",
				"--display-stats", "--pidfile", dir.resolve("restored.pid").toString()));
		args.addAll(flags);
		return run(args, dir.resolve("restore.log"), "restore of image " + dir.getFileName(), null);
	}

	private Outcome run(List<String> args, Path log, String what, PageSocket pages) throws RequestException, IOException {
		long started = System.nanoTime();
		Process process = start(args, java.util.Map.of(), pages);
		// its output is read aside: reading it here would block until CRIU exits, and the time limit would never fire
		java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return "";
			}
		}, runnable -> Thread.ofVirtual().start(runnable));
		Duration limit = Timeouts.CRIU.agent();
		try {
			if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
				throw failure(log, output.getNow(""), what + " (killed after its time limit of " + limit.toSeconds() + " s)");
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while CRIU ran", e);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		String text = output.join();
		if (process.exitValue() != 0) {
			throw failure(log, text, what);
		}
		return new Outcome(parseStats(text), millis, log);
	}

	/** The error for a failed CRIU run, its log kept where a rollback that removes the image does not reach. */
	static RequestException failure(Path log, String output, String what) throws IOException {
		String logText = Files.exists(log) ? Files.readString(log) : output;
		Path kept = log.getParent().getParent().resolveSibling("logs").resolve(log.getParent().getFileName() + "-" + log.getFileName());
		Files.createDirectories(kept.getParent());
		Files.writeString(kept, logText);
		drover.agent.internal.auth.FileModes.privateFile(kept);
		return new RequestException(ErrorInfo.CRIU_FAILED, "CRIU " + what + " failed: " + explain(logText),
				"CRIU's log: " + kept + ".");
	}

	/** Starts CRIU with {@code args} and returns at once; the caller reads its output and waits for it. */
	Process start(List<String> args, java.util.Map<String, String> environment) throws RequestException, IOException {
		return start(args, environment, null);
	}

	/** The same, with {@code pages}' child end as CRIU's fd 3 when not null (see {@link SpawnedCriu}). */
	Process start(List<String> args, java.util.Map<String, String> environment, PageSocket pages) throws RequestException, IOException {
		if (criu == null || !Files.isExecutable(criu)) {
			throw new RequestException(ErrorInfo.CRIU_FAILED,
					"CRIU is not available on this host" + (criu == null ? "" : " (" + criu + ")") + ".",
					"Run scripts/install-deps.sh on the node, or start the agent with --criu PATH.");
		}
		List<String> command = withPrivateUmask(criu);
		command.addAll(args);
		if (pages != null) {
			return SpawnedCriu.start(command, environment, pages);
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(environment);
		return builder.start();
	}

	/**
	 * The start of a command line that runs {@code criu} with umask 077, so every image file, log and socket it
	 * makes is its owner's (root's) alone; the shell execs CRIU in place, so the PID is CRIU's.
	 */
	static List<String> withPrivateUmask(Path criu) {
		return new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"", criu.toString()));
	}

	static CriuStats parseStats(String text) {
		return new CriuStats(value(text, "Freezing time"), value(text, "Frozen time"), value(text, "Memory dump time"),
				value(text, "Memory write time"), value(text, "Memory pages scanned"),
				value(text, "Memory pages written"), value(text, "Restore time"), value(text, "Forking time"),
				value(text, "Pages restored"), value(text, "Lazy memory pages"));
	}

	private static long value(String text, String label) {
		Matcher m = Pattern.compile("^" + Pattern.quote(label) + ": (\\d+)", Pattern.MULTILINE).matcher(text);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	/** The first real error of a CRIU log, with advice for the failures operators meet most. */
	static String explain(String log) {
		List<String> errors = log.lines().filter(l -> l.startsWith("Error (") && !l.contains("RLIMIT_NOFILE"))
				.map(l -> l.replaceFirst("^Error \\([^)]*\\): ", "")).toList();
		String first = errors.isEmpty() ? lastLine(log) : errors.get(0);
		Matcher fork = Pattern.compile("Can't fork for (\\d+): File exists").matcher(log);
		if (fork.find()) {
			return "PID " + fork.group(1) + " is already in use on this host, so the process cannot get its PID back. "
					+ "Free it or restore on another host.";
		}
		if (log.contains("Can't bind inet socket") || log.contains("Can't bind")) {
			return first + " (a socket is bound to an address this host does not have; migrate without established"
					+ " TCP connections or use --tcp-close)";
		}
		if (log.contains("No space left on device")) {
			return first + " (the disk is full)";
		}
		if (log.contains("External socket is used") || log.contains("unix socket")) {
			return first + " (a unix socket leads to a process outside the dumped tree)";
		}
		if (log.contains("The criu itself is within dumped tree")) {
			return "the process tree contains CRIU itself";
		}
		return first;
	}

	private static String lastLine(String log) {
		List<String> lines = log.lines().filter(l -> !l.isBlank() && !l.contains("RLIMIT_NOFILE")).toList();
		return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
	}
}

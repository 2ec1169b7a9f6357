package drover.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.proc.ProcState;
import drover.protocol.SpawnResult;

/**
 * Starts a command detached: in its own session, stdin from /dev/null, output to a log file, no descriptor
 * inherited from the agent, re-parented to the node's init. The shell's {@code $!} is the PID the node sees,
 * because setsid(1) execs in place when it is not a process-group leader (a non-interactive shell's
 * background job never is).
 */
final class Spawner {

	private static final String SCRIPT = "setsid \"$@\" </dev/null >>\"$DROVER_SPAWN_LOG\" 2>&1 & echo $!";

	private final Path logDir;

	Spawner(Path logDir) {
		this.logDir = logDir;
	}

	SpawnResult spawn(List<String> command) throws IOException, SpawnException {
		Files.createDirectories(logDir);
		String base = Path.of(command.get(0)).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
		Path log = logDir.resolve(System.currentTimeMillis() + "-" + base + ".log");
		List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "drover-spawn"));
		argv.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(argv).directory(Path.of("/").toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().put("DROVER_SPAWN_LOG", log.toString());
		Process shell = builder.start();
		String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		try {
			if (!shell.waitFor(10, TimeUnit.SECONDS)) {
				shell.destroyForcibly();
				throw new SpawnException("the launcher shell did not return in 10 s");
			}
			int pid = Integer.parseInt(out);
			// A command that cannot be executed dies at once; report that rather than a PID that is gone.
			Thread.sleep(150);
			if (!ProcState.alive(pid)) {
				String tail = Files.exists(log) ? Files.readString(log).trim() : "";
				throw new SpawnException("the process exited at once" + (tail.isEmpty() ? "" : ": " + tail));
			}
			return new SpawnResult(pid, List.copyOf(command), log.toString());
		} catch (NumberFormatException e) {
			throw new SpawnException("the launcher printed no PID (" + out + ")");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SpawnException("interrupted");
		}
	}

	static final class SpawnException extends Exception {
		private static final long serialVersionUID = 1L;

		SpawnException(String message) {
			super(message);
		}
	}
}

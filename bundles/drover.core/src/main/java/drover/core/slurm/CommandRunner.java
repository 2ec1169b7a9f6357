package drover.core.slurm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command where the scheduler's tools are: on this machine for the agent of a node (the evacuating agent
 * drains its own node), or inside a simulated host for tests. Separate from {@link SlurmScheduler} only so that
 * the place is chosen by the caller; the command is always real.
 */
public interface CommandRunner {

	/** What a command did: its exit status and both outputs. */
	record Result(int exit, String out, String err) {
	}

	/**
	 * Runs {@code argv} with {@code env} added to this process's environment, waits at most {@code limit}.
	 *
	 * @throws IOException          the program could not be started (the message is the JDK's, e.g. "No such file")
	 * @throws InterruptedException the wait was interrupted (the command is killed)
	 */
	Result run(List<String> argv, Map<String, String> env, Duration limit) throws IOException, InterruptedException;

	/** On this machine, directly. */
	static CommandRunner local() {
		return prefixed(List.of());
	}

	/** On this machine, each command behind {@code prefix} (e.g. {@code nsenter ... --}). */
	static CommandRunner prefixed(List<String> prefix) {
		return (argv, env, limit) -> {
			List<String> command = new ArrayList<>(prefix);
			command.addAll(argv);
			ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().putAll(env);
			Process process = builder.start();
			CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
			CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
			try {
				if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					process.waitFor(5, TimeUnit.SECONDS);
					return new Result(-1, out.getNow(""), "timed out after " + limit.toSeconds() + " s");
				}
				return new Result(process.exitValue(), out.join(), err.join());
			} catch (InterruptedException e) {
				process.destroyForcibly();
				throw e;
			}
		};
	}

	private static String read(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}

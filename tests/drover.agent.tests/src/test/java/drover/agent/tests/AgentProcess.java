package drover.agent.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real agent in a process of its own (the shaded jar, as nodes run it), on a loopback port: for tests that
 * count its descriptors and threads, aim requests at its own PID, or set its caps with -D options.
 */
final class AgentProcess implements AutoCloseable {

	final Path stateDir;
	final int port;
	final Process process;
	final StringBuilder output = new StringBuilder();

	AgentProcess(Path stateDir, String authorizedKeys, String... jvmOptions) throws IOException, InterruptedException {
		this.stateDir = stateDir;
		Files.createDirectories(stateDir);
		Files.writeString(stateDir.resolve("authorized_keys"), authorizedKeys);
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar", System.getProperty("drover.agent.jar"), "--name", "proc-agent", "--listen", "127.0.0.1",
				"--port", Integer.toString(port), "--state-dir", stateDir.toString()));
		process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String line;
		while ((line = lines.readLine()) != null) {
			output.append(line).append('\n');
			if (line.contains("listening on")) {
				break;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		if (line == null || !line.contains("listening on")) {
			process.destroyForcibly();
			throw new IOException("the agent did not start: " + output);
		}
		Thread.ofVirtual().start(() -> { // keep draining its output so it never blocks on a full pipe
			try {
				String more;
				while ((more = lines.readLine()) != null) {
					synchronized (output) {
						if (output.length() < 1 << 20) {
							output.append(more).append('\n');
						}
					}
				}
			} catch (IOException e) {
				// it ended
			}
		});
	}

	long pid() {
		return process.pid();
	}

	/** Its open descriptors now. */
	int descriptors() throws IOException {
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
			return (int) fds.count();
		}
	}

	/** Its threads now. */
	int threads() throws IOException {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
			return (int) tasks.count();
		}
	}

	/** The thread IDs of its threads other than the main one. */
	List<Long> threadIds() throws IOException {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
			return tasks.map(p -> Long.parseLong(p.getFileName().toString())).filter(t -> t != pid()).toList();
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}

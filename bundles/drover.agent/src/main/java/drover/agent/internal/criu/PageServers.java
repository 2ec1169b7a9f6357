package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.RequestException;
import drover.agent.internal.proc.ProcState;
import drover.protocol.ErrorInfo;

/**
 * CRIU page servers this agent runs to receive the memory pages of a migrating process while the source
 * dumps them. Each listens on this node's loopback only; the source reaches it through a port forward inside
 * its SSH session to this agent, and the SSH server forwards only to the ports listed here.
 */
public final class PageServers {

	private record Running(int port, Path pidFile) {
	}

	private final Path workDir;
	private final Map<String, Running> byImage = new ConcurrentHashMap<>();

	public PageServers(Path workDir) {
		this.workDir = workDir;
	}

	/** May an SSH session open a forward to this loopback port? Only to a page server started here. */
	public boolean allows(int port) {
		return byImage.values().stream().anyMatch(r -> r.port() == port);
	}

	/** Does a page server of this image run (its staging directory is in use)? */
	public boolean active(String image) {
		return byImage.containsKey(image);
	}

	/** Starts a page server that writes into {@code staging}; returns its loopback port once it listens. */
	public int start(Path criu, String image, Path staging) throws IOException, RequestException {
		Files.createDirectories(workDir);
		int port = PostCopy.freeLoopbackPort();
		Path pidFile = workDir.resolve(image + ".pid");
		Files.deleteIfExists(pidFile);
		List<String> command = new java.util.ArrayList<>(CriuRunner.withPrivateUmask(criu));
		command.addAll(List.of("page-server", "-D", staging.toString(), "-W", workDir.toString(),
				"--address", "127.0.0.1", "--port", Integer.toString(port), "--daemon", "--pidfile", pidFile.toString(),
				"-o", image + ".log"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			// --daemon: CRIU returns once the socket listens
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new RequestException(ErrorInfo.CRIU_FAILED, "CRIU's page server did not start: " + output.trim(),
						"See " + workDir.resolve(image + ".log") + ".");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
		byImage.put(image, new Running(port, pidFile));
		return port;
	}

	/** Waits until the page server of {@code image} has written everything and exited (it serves one dump). */
	public void awaitFinished(String image) throws RequestException {
		Running running = byImage.get(image);
		if (running == null) {
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (alive(running) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		byImage.remove(image);
		if (alive(running)) {
			stop(running);
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The page server for " + image + " did not finish.",
					"See " + workDir.resolve(image + ".log") + ".");
		}
	}

	/** Stops the page server of {@code image}, if any (rollback). */
	public void stop(String image) {
		Running running = byImage.remove(image);
		if (running != null) {
			stop(running);
		}
	}

	private static void stop(Running running) {
		long pid = pid(running);
		if (pid > 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private static boolean alive(Running running) {
		long pid = pid(running);
		return pid > 0 && ProcState.alive(pid);
	}

	private static long pid(Running running) {
		try {
			return Long.parseLong(Files.readString(running.pidFile()).trim());
		} catch (IOException | NumberFormatException e) {
			return -1;
		}
	}
}

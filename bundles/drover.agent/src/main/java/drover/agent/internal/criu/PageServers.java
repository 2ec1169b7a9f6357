package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * CRIU page servers this agent runs to receive the memory pages of a migrating process while the source dumps
 * them. Each reads its pages from a socketpair this agent made ({@code --ps-socket 3}); the agent relays the
 * other end to the source's page channel (the {@code page-server} request's own SSH channel). Nothing listens:
 * the pages reach this CRIU from that channel only, and it ends with the channel.
 */
public final class PageServers {

	private record Running(Process criu, PageSocket socket) {
	}

	/** The page channel's output, taken once CRIU runs. */
	public interface Output {
		OutputStream take() throws RequestException;
	}

	private final Path workDir;
	private final Map<String, Running> byImage = new ConcurrentHashMap<>();

	public PageServers(Path workDir) {
		this.workDir = workDir;
	}

	/**
	 * Starts a page server that writes into {@code staging}; then {@code out} supplies the page channel's output
	 * (taking it says "ready" to the source), and the socket is relayed to it and {@code in}. The relay ends with
	 * CRIU (its last answer sent) or with the channel.
	 */
	public void start(Path criu, String image, Path staging, InputStream in, Output out) throws IOException, RequestException {
		Files.createDirectories(workDir);
		PageSocket socket = PageSocket.open();
		List<String> command = new java.util.ArrayList<>(CriuRunner.withPrivateUmask(criu));
		command.addAll(List.of("page-server", "-D", staging.toString(), "-W", workDir.toString(), "--ps-socket", "3",
				"-o", image + ".log"));
		Process process;
		try {
			process = SpawnedCriu.start(command, Map.of(), socket);
		} catch (IOException | RuntimeException e) {
			socket.close();
			throw e;
		}
		Thread.ofVirtual().start(() -> {
			try {
				process.getInputStream().transferTo(OutputStream.nullOutputStream()); // its log is in the work dir
			} catch (IOException e) {
				// gone
			}
		});
		byImage.put(image, new Running(process, socket));
		OutputStream channel;
		try {
			channel = out.take();
		} catch (RequestException | RuntimeException e) {
			stop(image);
			throw e;
		}
		socket.relay(in, channel, image, null);
	}

	/** Does a page server of this image run (its staging directory is in use)? */
	public boolean active(String image) {
		return byImage.containsKey(image);
	}

	/** Waits while the page channel of {@code image} carries pages (the source's dump runs); at most {@code millis}. */
	public void awaitChannel(String image, long millis) throws InterruptedException {
		Running running = byImage.get(image);
		if (running != null) {
			running.socket().await(millis);
		}
	}

	/** Waits until the page server of {@code image} has written everything and exited (it serves one dump). */
	public void awaitFinished(String image) throws RequestException {
		Running running = byImage.get(image);
		if (running == null) {
			return;
		}
		boolean finished;
		try {
			finished = running.criu().waitFor(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			finished = false;
		}
		byImage.remove(image);
		if (!finished || running.criu().exitValue() != 0) {
			stop(running);
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The page server for " + image
					+ (finished ? " failed (exit " + running.criu().exitValue() + ")." : " did not finish."),
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
		running.criu().destroyForcibly();
		running.socket().cut();
	}
}

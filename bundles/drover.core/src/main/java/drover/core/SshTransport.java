package drover.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

import drover.protocol.ErrorInfo;
import drover.protocol.Timeouts;

/** Requests over one authenticated SSH session, each on its own exec channel. Thread-safe. */
public final class SshTransport implements Transport {

	private final String hostName;
	private final ClientSession session;

	public SshTransport(String hostName, ClientSession session) {
		this.hostName = hostName;
		this.session = session;
	}

	@Override
	public int exec(String line, OutputStream out, OutputStream err, Duration timeout, Duration silence) throws IOException {
		Heard heard = new Heard(err);
		try (ChannelExec channel = open(line, out, heard)) {
			Set<ClientChannelEvent> events;
			if (silence == null) {
				events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
			} else {
				long deadline = System.nanoTime() + timeout.toNanos();
				while ((events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(1)))
						.contains(ClientChannelEvent.TIMEOUT) && System.nanoTime() < deadline) {
					if (heard.silentNanos() > silence.toNanos()) {
						throw new AgentException(ErrorInfo.TIMEOUT, "The agent of " + hostName + " stopped reporting on '" + line
								+ "' for " + silence.toSeconds() + " s: the link to it or the node is down.",
								"Check the link to " + hostName + ".");
					}
				}
			}
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				throw new AgentException(ErrorInfo.TIMEOUT, "The agent of " + hostName + " did not answer '" + line
						+ "' within " + timeout.toSeconds() + " s.", "Check the node's load and the agent's log.");
			}
			Integer status = channel.getExitStatus();
			return status == null ? -1 : status;
		}
	}

	private ChannelExec open(String line, OutputStream out, OutputStream err) throws IOException {
		ChannelExec channel = session.createExecChannel(line);
		channel.setOut(out);
		channel.setErr(err);
		try {
			channel.open().verify(Timeouts.CONNECT.agent());
		} catch (IOException e) {
			channel.close(true);
			throw new AgentException(ErrorInfo.UNREACHABLE, "The agent of " + hostName + " did not take the request '" + line
					+ "' within " + Timeouts.CONNECT.agent().toSeconds() + " s: the link to it or the node is down ("
					+ e.getMessage() + ").", "Check the link to " + hostName + " and its agent.", e);
		}
		return channel;
	}

	@Override
	public AutoCloseable hold(String line, Predicate<String> ready, Duration timeout) throws IOException {
		CompletableFuture<Void> granted = new CompletableFuture<>();
		PipedOutputStream keepOpen = new PipedOutputStream();
		PipedInputStream in = new PipedInputStream(keepOpen);
		ChannelExec channel = session.createExecChannel(line);
		channel.setIn(in); // never written: its EOF, when we close it, tells the agent to let go
		channel.setOut(OutputStream.nullOutputStream());
		channel.setErr(Transport.lines(l -> {
			if (ready.test(l)) {
				granted.complete(null);
			}
		}));
		try {
			channel.open().verify(Timeouts.CONNECT.agent());
			channel.addCloseFutureListener(f -> granted.completeExceptionally(new AgentException(ErrorInfo.NO_ANSWER,
					"The agent of " + hostName + " closed '" + line + "' before granting it.", "Check the agent's log.")));
			granted.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (IOException | TimeoutException | ExecutionException | InterruptedException | RuntimeException e) {
			channel.close(true);
			keepOpen.close();
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
			if (cause instanceof AgentException agent) {
				throw agent;
			}
			throw new AgentException(e instanceof TimeoutException ? ErrorInfo.TIMEOUT : ErrorInfo.UNREACHABLE, "The agent of "
					+ hostName + " did not grant '" + line + "': " + cause, "Check the link to " + hostName + ".", cause);
		}
		return () -> {
			keepOpen.close();
			channel.close(false);
		};
	}

	@Override
	public boolean isOpen() {
		return session.isOpen();
	}

	@Override
	public void close() {
		session.close(false);
	}
}

package drover.agent.internal.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import drover.agent.internal.Caller;
import drover.agent.internal.RawChannel;
import drover.agent.internal.Reply;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.auth.KeyIdentity;
import drover.protocol.ErrorInfo;

/** One exec request: runs it off the SSH I/O threads, writes the JSON reply, exits with its status. */
final class AgentCommand implements Command {

	private static final Logger LOG = LoggerFactory.getLogger(AgentCommand.class);

	private final String line;
	private final RequestDispatcher dispatcher;
	private final SessionLimits limits;
	private InputStream in;
	private OutputStream out;
	private OutputStream err;
	private ExitCallback exit;

	AgentCommand(String line, RequestDispatcher dispatcher, SessionLimits limits) {
		this.line = line;
		this.dispatcher = dispatcher;
		this.limits = limits;
	}

	@Override
	public void setInputStream(InputStream in) {
		this.in = in; // image files arrive here (receive-file); other requests ignore it
	}

	@Override
	public void setOutputStream(OutputStream out) {
		this.out = out;
	}

	@Override
	public void setErrorStream(OutputStream err) {
		this.err = err;
	}

	@Override
	public void setExitCallback(ExitCallback callback) {
		this.exit = callback;
	}

	@Override
	public void start(ChannelSession channel, Environment env) {
		KeyIdentity key = channel.getSession().getAttribute(KeyAuthenticator.IDENTITY);
		String overCap = channel.getSession().getAttribute(SessionLimits.OVER_CAP);
		if (key == null) { // cannot happen after public-key authentication; refuse rather than act as the agent
			Thread.ofVirtual().start(() -> answer(new Reply(null, new ErrorInfo(ErrorInfo.FORBIDDEN, "This session has no key identity.",
					"Log in with a key.")), null));
			return;
		}
		Caller caller = Caller.of(channel.getSession().getUsername(), key);
		String busy = overCap != null ? overCap : limits.enterRequest(key.fingerprint());
		if (busy != null) {
			Thread.ofVirtual().start(() -> answer(new Reply(null, new ErrorInfo(ErrorInfo.TOO_BUSY, "Refused: " + busy + ".",
					"Nothing was done. Close sessions or requests you no longer need, or try again later.")), null));
			return;
		}
		Thread.ofVirtual().name("drover-request").start(() -> {
			try {
				RawChannel raw = new RawChannel(out, this::progress);
				answer(dispatcher.handle(line, caller, in, raw, this::progress), raw);
			} finally {
				limits.leaveRequest(key.fingerprint());
			}
		});
	}

	/** {@code raw}: a page channel took stdout for its bytes, so the envelope stays off it (stderr says a failure). */
	private void answer(Reply reply, RawChannel raw) {
		try {
			if (raw == null || !raw.taken()) {
				reply.writeTo(out, dispatcher.json());
			}
			if (reply.error() != null) {
				err.write(("drover-agent: " + reply.error().message() + " " + reply.error().hint() + "\n")
						.getBytes(StandardCharsets.UTF_8));
				err.flush();
			}
		} catch (IOException e) {
			// the client went away; nothing left to tell it
			LOG.debug("the answer to '{}' could not be written: {}", line.length() > 80 ? line.substring(0, 80) + "..." : line,
					e.toString());
		} finally {
			exit.onExit(reply.exitStatus());
		}
	}

	/** Progress events travel as JSON lines on stderr, so stdout stays one JSON document. */
	private synchronized void progress(String event) {
		try {
			err.write((event + "\n").getBytes(StandardCharsets.UTF_8));
			err.flush();
		} catch (IOException e) {
			// the caller stopped listening; the request goes on
		}
	}

	@Override
	public void destroy(ChannelSession channel) {
		// the channel closed: a request that holds something while its input stays open (incoming-slot) lets go
		try {
			if (in != null) {
				in.close();
			}
		} catch (IOException e) {
			// closed already
		}
	}
}

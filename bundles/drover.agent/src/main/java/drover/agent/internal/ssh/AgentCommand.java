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
import drover.agent.internal.Reply;
import drover.agent.internal.RequestDispatcher;

/** One exec request: runs it off the SSH I/O threads, writes the JSON reply, exits with its status. */
final class AgentCommand implements Command {

	private static final Logger LOG = LoggerFactory.getLogger(AgentCommand.class);

	private final String line;
	private final RequestDispatcher dispatcher;
	private InputStream in;
	private OutputStream out;
	private OutputStream err;
	private ExitCallback exit;

	AgentCommand(String line, RequestDispatcher dispatcher) {
		this.line = line;
		this.dispatcher = dispatcher;
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
		Caller caller = new Caller(channel.getSession().getUsername(),
				channel.getSession().getAttribute(AgentSshServer.KEY_FINGERPRINT));
		Thread.ofVirtual().name("drover-request").start(() -> run(caller));
	}

	private void run(Caller caller) {
		Reply reply = dispatcher.handle(line, caller, in, this::progress);
		try {
			reply.writeTo(out, dispatcher.json());
			if (reply.error() != null) {
				err.write(("drover-agent: " + reply.error().message() + " " + reply.error().hint() + "\n")
						.getBytes(StandardCharsets.UTF_8));
				err.flush();
			}
		} catch (IOException e) {
			// the client went away; nothing left to tell it
			LOG.debug("the answer to '{}' could not be written: {}", line.length() > 80 ? line.substring(0, 80) + "..." : line, e.toString());
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

package drover.agent.internal.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** An interactive login gets a one-line explanation instead of a shell. */
final class RefusingShell implements Command {

	private OutputStream err;
	private ExitCallback exit;

	@Override
	public void setInputStream(InputStream in) {
	}

	@Override
	public void setOutputStream(OutputStream out) {
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
	public void start(ChannelSession channel, Environment env) throws IOException {
		err.write(("This is a Drover agent, not a shell. Run a request, e.g. 'ssh -p PORT user@host hello'. "
				+ "Requests: hello | inventory | spawn -- COMMAND [ARGS...] | help\r\n").getBytes(StandardCharsets.UTF_8));
		err.flush();
		exit.onExit(2, "no shell");
	}

	@Override
	public void destroy(ChannelSession channel) {
	}
}

package drover.agent.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import drover.agent.internal.Caller;
import drover.agent.internal.Reply;
import drover.agent.internal.RequestDispatcher;
import drover.core.Transport;

/**
 * Requests of a migration this agent owns to this agent itself: straight into its dispatcher, on the calling
 * thread, with the identity of the operator who started the migration. The same request lines and envelopes as
 * over SSH, so the runner cannot tell the difference.
 */
final class LocalTransport implements Transport {

	private final RequestDispatcher dispatcher;
	private final Caller caller;

	LocalTransport(RequestDispatcher dispatcher, Caller caller) {
		this.dispatcher = dispatcher;
		this.caller = caller;
	}

	@Override
	public int exec(String line, OutputStream out, OutputStream err, Duration timeout, Duration silence) throws IOException {
		Reply reply = dispatcher.handle(line, caller, InputStream.nullInputStream(), event -> {
			try {
				synchronized (err) {
					err.write((event + "\n").getBytes(StandardCharsets.UTF_8));
				}
			} catch (IOException e) {
				// nobody listens to the progress: the request goes on
			}
		});
		reply.writeTo(out, dispatcher.json());
		return reply.exitStatus();
	}

	@Override
	public AutoCloseable hold(String line, Predicate<String> ready, Duration timeout) {
		throw new UnsupportedOperationException("a held request goes to another agent, not to this one: " + line);
	}

	@Override
	public boolean isOpen() {
		return true;
	}

	@Override
	public void close() {
		// nothing held
	}
}

package drover.core;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How request lines reach an agent: an SSH exec channel per request ({@link SshTransport}), or, inside an agent
 * that runs a migration it owns, a direct call into its own dispatcher. {@link AgentConnection} builds the
 * requests and reads the answers the same way over either.
 */
public interface Transport extends AutoCloseable {

	/**
	 * Runs one request: the answer's envelope goes to {@code out}, progress lines to {@code err}. Gives up after
	 * {@code timeout}, or, with {@code silence} set, once the agent wrote nothing on {@code err} that long (a
	 * link that went down sends no reset). Returns the agent's exit status (0 = ok).
	 */
	int exec(String line, OutputStream out, OutputStream err, Duration timeout, Duration silence) throws IOException;

	/**
	 * Opens a request that stays open until the returned handle is closed (a slot held on the agent); returns
	 * once the agent wrote a line on stderr that {@code ready} accepts, passing every line to {@code ready}.
	 */
	AutoCloseable hold(String line, java.util.function.Predicate<String> ready, Duration timeout) throws IOException;

	boolean isOpen();

	@Override
	void close();

	/** An output stream that notes when something was last written to it. */
	final class Heard extends OutputStream {
		private final OutputStream delegate;
		private volatile long last = System.nanoTime();

		public Heard(OutputStream delegate) {
			this.delegate = delegate;
		}

		public long silentNanos() {
			return System.nanoTime() - last;
		}

		@Override
		public void write(int b) throws IOException {
			last = System.nanoTime();
			delegate.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			last = System.nanoTime();
			delegate.write(b, off, len);
		}
	}

	/** Lines to a consumer, for {@link #hold}'s stderr. */
	static OutputStream lines(Consumer<String> lines) {
		return new LineSplitter(lines);
	}
}

package drover.agent.internal;

import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The output of a request's SSH channel, for the one kind of request that carries raw bytes instead of a JSON
 * answer: a page channel (CRIU's page traffic of one migration, relayed by {@code page-server} and
 * {@code lazy-source}). Until a request {@link #take}s it, the channel answers with the usual envelope; once taken,
 * stdout belongs to the relay, the ready line went out on stderr (where progress events travel), and the request's
 * outcome is only its exit status and, on failure, a line on stderr.
 */
public final class RawChannel {

	/** The line a page channel's target writes on stderr once CRIU runs and the relay starts. */
	public static final String READY = "{\"pageChannel\":\"ready\"}";

	private static final RawChannel NONE = new RawChannel(null, event -> {
	});

	private final OutputStream out;
	private final Consumer<String> progress;
	private volatile boolean taken;

	public RawChannel(OutputStream out, Consumer<String> progress) {
		this.out = out;
		this.progress = progress;
	}

	/** For requests that arrive without an SSH channel (in-process): nothing to take. */
	public static RawChannel none() {
		return NONE;
	}

	/** Takes stdout for raw bytes and says so on stderr; the caller then writes the relay's bytes to it. */
	public OutputStream take() throws RequestException {
		if (out == null) {
			throw new RequestException(drover.protocol.ErrorInfo.BAD_REQUEST, "A page channel needs an SSH channel of its own.",
					"Only a source agent opens one, over SSH.");
		}
		taken = true;
		progress.accept(READY);
		return out;
	}

	public boolean taken() {
		return taken;
	}
}

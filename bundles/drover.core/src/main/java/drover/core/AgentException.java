package drover.core;

import java.io.IOException;

/**
 * A request to an agent failed: the agent answered with an error, or it could not be reached or trusted.
 * {@code code} is the protocol's error code (or a client-side one such as {@code host-key-changed}); the
 * message says what happened and the hint what to do.
 */
public final class AgentException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final String hint;

	public AgentException(String code, String message, String hint) {
		super(message);
		this.code = code;
		this.hint = hint;
	}

	public AgentException(String code, String message, String hint, Throwable cause) {
		super(message, cause);
		this.code = code;
		this.hint = hint;
	}

	public String code() {
		return code;
	}

	public String hint() {
		return hint;
	}

	/** Message and hint in one line, for people. */
	public String explain() {
		return getMessage() + (hint == null || hint.isBlank() ? "" : " " + hint);
	}
}

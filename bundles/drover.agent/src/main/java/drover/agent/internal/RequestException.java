package drover.agent.internal;

/** A request that cannot be served as asked: becomes an error envelope with this code, message and hint. */
public final class RequestException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final String hint;

	public RequestException(String code, String message, String hint) {
		super(message);
		this.code = code;
		this.hint = hint;
	}

	public String code() {
		return code;
	}

	public String hint() {
		return hint;
	}
}

package drover.protocol;

/**
 * A failure an operator can act on: a stable {@code code} for programs, a {@code message} that says what
 * happened and a {@code hint} that says what to do about it.
 */
public record ErrorInfo(String code, String message, String hint) {

	public static final String UNKNOWN_REQUEST = "unknown-request";
	public static final String BAD_REQUEST = "bad-request";
	public static final String NO_SUCH_PROCESS = "no-such-process";
	public static final String INTERNAL = "internal-error";
	public static final String SPAWN_FAILED = "spawn-failed";
	public static final String BAD_IMAGE = "bad-image-name";
	public static final String NO_SUCH_IMAGE = "no-such-image";
	public static final String CRIU_FAILED = "criu-failed";
	public static final String REFUSED = "refused";
	public static final String TRANSFER_FAILED = "transfer-failed";
	public static final String NO_SPACE = "no-space";
	/** Post-copy: the memory pages stopped flowing after the process ran on the target; it runs on its source again. */
	public static final String POST_COPY_FAILED = "post-copy-failed";
}

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
	/** The process is part of a migration under way: only that migration may touch it. */
	public static final String UNDER_MIGRATION = "under-migration";
	public static final String NO_SUCH_MIGRATION = "no-such-migration";
	/** A migration can be cancelled only until the freeze; after it, it finishes or rolls back by itself. */
	public static final String TOO_LATE = "too-late";
	/** Client side: the agent could not be reached, or the request not opened. */
	public static final String UNREACHABLE = "unreachable";
	/** Client side: the agent did not answer within the time limit, or went silent. */
	public static final String TIMEOUT = "timeout";
	/** Client side: the request closed without an answer. */
	public static final String NO_ANSWER = "no-answer";
	/** Client side: the answer was not a Drover envelope. */
	public static final String MALFORMED_ANSWER = "malformed-answer";
	public static final String VERIFY_FAILED = "verify-failed";
	public static final String NOT_RUNNING = "not-running";
	public static final String HOST_KEY_UNKNOWN = "host-key-unknown";
	/** The key that sent the request may not do this (its role, its users, or what the request is aimed at). */
	public static final String FORBIDDEN = "forbidden";
	/** The agent could not write the audit entry, so it did not do what was asked. */
	public static final String AUDIT_FAILED = "audit-failed";
	/** A cap was reached (sessions, requests at once); nothing was done, ask again later. */
	public static final String TOO_BUSY = "too-busy";
	/** A request line, a transfer or an image is larger than this agent takes. */
	public static final String TOO_LARGE = "too-large";
	/** An image or transfer failed a check of untrusted input (a file name, a flag, a symlink). */
	public static final String UNTRUSTED_IMAGE = "untrusted-image";

	/** Codes that mean the answer was lost, not that the agent said no: what was asked may have happened. */
	public static boolean answerLost(String code) {
		return UNREACHABLE.equals(code) || TIMEOUT.equals(code) || NO_ANSWER.equals(code) || MALFORMED_ANSWER.equals(code);
	}
}

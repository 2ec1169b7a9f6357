package drover.agent.internal;

import drover.agent.internal.auth.KeyIdentity;
import drover.agent.internal.auth.Role;

/**
 * Who sent a request: the SSH user name (what the client claimed: recorded, never trusted), the fingerprint of the
 * key that authenticated it, and what authorized_keys says about that key. A caller without an identity is the
 * agent acting on its own (recovery after a restart, on behalf of the operator recorded in the journal).
 */
public record Caller(String user, String keyFingerprint, KeyIdentity identity) {

	public Caller(String user, String keyFingerprint) {
		this(user, keyFingerprint, null);
	}

	/** A caller who logged in with {@code key}, claiming the SSH user name {@code user}. */
	public static Caller of(String user, KeyIdentity key) {
		return new Caller(user, key.fingerprint(), key);
	}

	public Role role() {
		return identity == null ? Role.AGENT : identity.role();
	}

	/** The key's comment (an operator's name, by convention), or null for the agent itself. */
	public String keyComment() {
		return identity == null ? null : identity.comment();
	}
}

package drover.agent.internal.auth;

import java.util.Set;

/**
 * One key of authorized_keys as the agent understands it: its fingerprint and comment (what the audit records:
 * the SSH user name is whatever the client said), its role, the users whose processes it may touch ({@code null}:
 * any), and whether it may forward ports (node keys stream memory pages through forwards).
 */
public record KeyIdentity(String fingerprint, String comment, Role role, Set<String> users, boolean forwarding, int line) {

	/** For the audit log and error messages: "comment (SHA256:...)". */
	public String describe() {
		return (comment == null || comment.isBlank() ? "key" : comment) + " (" + fingerprint + ")";
	}
}

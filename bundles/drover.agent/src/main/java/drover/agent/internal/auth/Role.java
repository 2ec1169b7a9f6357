package drover.agent.internal.auth;

import java.util.Locale;

/**
 * What a key may do. {@code VIEWER < OPERATOR < ADMIN} are ordered (each may do what the one before it may);
 * {@code NODE} is outside that order: another agent's key, which may only take part in migrations. {@code AGENT}
 * is the agent acting on its own (recovery after a restart): it never comes from a key.
 */
public enum Role {
	/** Reads: inventory, images, pre-flight, history, migrations. Changes nothing. */
	VIEWER(1),
	/** Also checkpoints, restores, resumes, kills, migrates (limited to some users' processes by drover-users). */
	OPERATOR(2),
	/** Also spawns commands as root and holds the agent-to-agent requests. What a key without drover-role is. */
	ADMIN(3),
	/** Another agent: only the target's steps of a migration (receive an image, page server, restore it...). */
	NODE(0),
	/** The agent itself (never a key). */
	AGENT(4);

	private final int rank;

	Role(int rank) {
		this.rank = rank;
	}

	/** True if this role may do what {@code least} may; a node key is never "at least" a person's role. */
	public boolean atLeast(Role least) {
		if (this == NODE || least == NODE) {
			return this == least;
		}
		return rank >= least.rank;
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role named by a {@code drover-role="..."} option, or null if there is none of that name. */
	public static Role parse(String name) {
		return switch (name.trim().toLowerCase(Locale.ROOT)) {
		case "viewer" -> VIEWER;
		case "operator" -> OPERATOR;
		case "admin" -> ADMIN;
		case "node" -> NODE;
		default -> null;
		};
	}
}

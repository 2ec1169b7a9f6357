package drover.protocol;

import java.util.List;

/** Version and request names of the agent protocol. */
public final class Protocol {

	/** Bumped on every incompatible change; the handshake ({@code hello}) reports it. */
	public static final int VERSION = 1;

	public static final String HELLO = "hello";
	public static final String INVENTORY = "inventory";
	public static final String SPAWN = "spawn";
	public static final String HELP = "help";

	/** What an agent of this version can do; clients check a capability before using it. */
	public static final List<String> CAPABILITIES = List.of("inventory", "spawn", "audit");

	private Protocol() {
	}
}

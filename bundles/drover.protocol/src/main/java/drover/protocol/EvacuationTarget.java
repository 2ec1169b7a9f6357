package drover.protocol;

/**
 * A host an evacuation may send processes to, as the operator's registry knows it: where its agent listens and
 * the host key the operator pinned for it (the evacuated host's agent accepts no other key from it), and the
 * operator's evacuation ticket for it ({@link MigrationTicket#forEvacuation}: what lets the evacuated host's node
 * key bring trees there, signed when the operator hands the evacuation over; null until then).
 */
public record EvacuationTarget(String name, String address, int port, String user, String hostKey, String ticket) {

	/** A target with no ticket yet. */
	public EvacuationTarget(String name, String address, int port, String user, String hostKey) {
		this(name, address, port, user, hostKey, null);
	}

	/** The same target with the operator's ticket for it. */
	public EvacuationTarget withTicket(String signed) {
		return new EvacuationTarget(name, address, port, user, hostKey, signed);
	}

	public EvacuationTarget {
		if (name == null || address == null || port <= 0) {
			throw new IllegalArgumentException("a target host needs its name, address and port");
		}
		user = user == null || user.isBlank() ? "drover" : user;
	}
}

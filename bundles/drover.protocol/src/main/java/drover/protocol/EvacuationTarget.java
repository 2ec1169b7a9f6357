package drover.protocol;

/**
 * A host an evacuation may send processes to, as the operator's registry knows it: where its agent listens and
 * the host key the operator pinned for it (the evacuated host's agent accepts no other key from it).
 */
public record EvacuationTarget(String name, String address, int port, String user, String hostKey) {

	public EvacuationTarget {
		if (name == null || address == null || port <= 0) {
			throw new IllegalArgumentException("a target host needs its name, address and port");
		}
		user = user == null || user.isBlank() ? "drover" : user;
	}
}

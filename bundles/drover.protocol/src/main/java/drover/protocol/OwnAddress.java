package drover.protocol;

/**
 * A tree that has a network address of its own ({@code drover launch}): its root runs in a network namespace of
 * its own with one interface, {@code device} (a macvlan on the node's {@code parent} interface), holding
 * {@code address}/{@code prefix} on the hosts' network, routed through {@code gateway}. Such a tree is movable
 * with its TCP connections: the address goes with it. {@code up} is false while the address is taken off the
 * node (the tree frozen for a migration). {@code name} is the name it was launched under, or null.
 */
public record OwnAddress(int pid, String address, int prefix, String gateway, String device, String parent, String mac,
		String name, boolean up) {

	/** The address with its prefix, as {@code ip} writes it. */
	public String cidr() {
		return address + "/" + prefix;
	}
}

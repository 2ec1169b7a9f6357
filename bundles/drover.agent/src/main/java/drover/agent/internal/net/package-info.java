/**
 * Trees with a network address of their own ({@code drover launch}): the network namespace each runs in, its
 * macvlan on the node's interface and the address on it, read from the namespace itself; taking the address off a
 * frozen tree and putting it back, announcing it where the tree runs (gratuitous ARP), and whether an address is
 * held on this node already.
 */
package drover.agent.internal.net;

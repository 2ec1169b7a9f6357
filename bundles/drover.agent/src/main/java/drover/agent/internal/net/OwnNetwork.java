package drover.agent.internal.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.Json;
import drover.protocol.OwnAddress;

/**
 * The node's side of trees with an address of their own. Such a tree's root runs in a network namespace of its
 * own holding one macvlan, {@link #DEVICE}, on the node's interface: CRIU dumps that namespace with the tree
 * ({@code --external macvlan[eth0]:PARENT}, the parent named on each host) and recreates it on the target with
 * the same address, so the tree's TCP connections survive ({@code --tcp-established}).
 * <p>
 * A macvlan rather than a veth on a bridge: CRIU recreates a macvlan on whatever parent the target names, while a
 * veth needs a bridge on every node (the demo hosts have none of their own: their bridge is in the machine's root
 * namespace); and a macvlan has its own MAC on the hosts' segment, so clients and switches see an ordinary host
 * moving, announced by a gratuitous ARP. Its one limit: the node itself cannot reach its macvlans (a macvlan
 * never talks to its parent); other hosts can.
 * <p>
 * What this class knows comes from the namespaces themselves (through {@code nsenter} and {@code ip -j}); a small
 * registry under STATE_DIR/own-addresses keeps the name a tree was launched under and the address of a tree whose
 * address was taken off while it is frozen.
 */
public final class OwnNetwork {

	/** The tree's interface inside its namespace. */
	public static final String DEVICE = "eth0";
	private static final List<Path> IP = List.of(Path.of("/usr/sbin/ip"), Path.of("/sbin/ip"), Path.of("/usr/bin/ip"), Path.of("/bin/ip"));

	private final Path registry;
	private final ObjectMapper json = Json.newMapper();

	public OwnNetwork(Path registry) {
		this.registry = registry;
	}

	/** The {@code ip} program (iproute2). */
	public static String ip() {
		return IP.stream().filter(Files::isExecutable).findFirst().map(Path::toString).orElse("ip");
	}

	/** The inode of {@code pid}'s network namespace ("net:[4026...]"), or null when it cannot be read. */
	static String netns(String pid) {
		try {
			return Files.readSymbolicLink(Path.of("/proc", pid, "ns", "net")).toString();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Does {@code pid} run in a network namespace other than the agent's? */
	public static boolean ownNamespace(int pid) {
		String own = netns(Integer.toString(pid));
		return own != null && !own.equals(netns("self"));
	}

	/**
	 * The address of the tree rooted at {@code pid}, read from its namespace; when the address is off (a frozen
	 * tree's), the registry's copy with {@code up} false. Empty for a tree without an address of its own.
	 */
	public Optional<OwnAddress> of(int pid) {
		if (!ownNamespace(pid)) {
			return Optional.empty();
		}
		OwnAddress known = registered(pid);
		Optional<OwnAddress> live = live(pid, known != null ? known.name() : null);
		if (live.isPresent()) {
			if (known == null || !known.equals(live.get())) {
				try {
					remember(live.get());
				} catch (IOException e) {
					// the registry is a convenience (names, a frozen tree's address); the namespace said what is true
				}
			}
			return live;
		}
		return known != null && known.mac() != null ? Optional.of(withUp(known, false)) : Optional.empty();
	}

	/** Every tree on this node with an address of its own: the roots of foreign network namespaces. */
	public List<OwnAddress> all() {
		String mine = netns("self");
		List<OwnAddress> found = new ArrayList<>();
		try (var dirs = Files.list(Path.of("/proc"))) {
			for (Path dir : dirs.toList()) {
				String pid = dir.getFileName().toString();
				if (!pid.chars().allMatch(Character::isDigit)) {
					continue;
				}
				String ns = netns(pid);
				// a root is the first process of its namespace: its parent is in another one
				if (ns != null && !ns.equals(mine) && !ns.equals(netnsOfParent(pid))) {
					of(Integer.parseInt(pid)).ifPresent(found::add);
				}
			}
		} catch (IOException e) {
			// no /proc: nothing to tell
		}
		return found;
	}

	private static String netnsOfParent(String pid) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String ppid = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
			return netns(ppid);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Who on this node holds {@code address} (the node itself or a tree here), or null when nobody does. */
	public String holder(String address) throws IOException {
		for (JsonNode link : json.readTree(run(List.of(ip(), "-j", "addr", "show")))) {
			for (JsonNode a : link.path("addr_info")) {
				if (address.equals(a.path("local").asText())) {
					return "this host itself (" + link.path("ifname").asText() + ")";
				}
			}
		}
		for (OwnAddress own : all()) {
			if (address.equals(own.address())) {
				return "PID " + own.pid() + (own.name() != null ? " (" + own.name() + ")" : "") + ", launched with it";
			}
		}
		return null;
	}

	/** The node's interface of its default route, and that route's gateway: {dev, gateway}; null values if none. */
	public static String[] defaultRoute() throws IOException {
		JsonNode routes = Json.newMapper().readTree(run(List.of(ip(), "-j", "route", "show", "default")));
		for (JsonNode r : routes) {
			return new String[] { r.path("dev").asText(null), r.path("gateway").asText(null) };
		}
		return new String[] { null, null };
	}

	/** The prefix length of the node's address on {@code device} (24 when it has none). */
	public static int prefixOf(String device) throws IOException {
		for (JsonNode link : Json.newMapper().readTree(run(List.of(ip(), "-j", "-4", "addr", "show", "dev", device)))) {
			for (JsonNode a : link.path("addr_info")) {
				return a.path("prefixlen").asInt(24);
			}
		}
		return 24;
	}

	/** Can this node make a macvlan on {@code parent}? Null when it can, else what went wrong. */
	public static String cannotCreate(String parent) {
		String probe = "drvp" + Long.toHexString(System.nanoTime() & 0xffffffL);
		try {
			run(List.of(ip(), "link", "add", probe, "link", parent, "type", "macvlan", "mode", "bridge"));
			run(List.of(ip(), "link", "delete", probe));
			return null;
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	/** Takes the address off a frozen tree's interface (the migration's target brings it up); kept to put back. */
	public void takeDown(OwnAddress own) throws IOException {
		remember(withUp(own, false));
		inNamespace(own.pid(), ip() + " addr del " + own.cidr() + " dev " + DEVICE);
	}

	/**
	 * Lifts the lock CRIU leaves on a frozen tree's network namespace (an nftables table named CRIU that drops all
	 * but its own traffic; kept after a dump that leaves the tree stopped, for the target to take over). Needs
	 * {@code nft} (Debian package nftables) on the node.
	 */
	public void unlock(OwnAddress own) throws IOException {
		if (!Files.isExecutable(Path.of("/usr/sbin/nft")) && !Files.isExecutable(Path.of("/sbin/nft"))) {
			throw new IOException("this host has no nft (Debian package nftables): the tree's network stays locked by CRIU");
		}
		inNamespace(own.pid(),
				"PATH=/usr/sbin:/sbin:$PATH; nft list tables | awk '$3 ~ /^CRIU/ {print \"delete table\", $2, $3}' | nft -f -");
	}

	/** Puts a tree's address back on its interface (after a rollback), with its default route, and announces it. */
	public void putBack(OwnAddress own) throws IOException {
		inNamespace(own.pid(), ip() + " addr replace " + own.cidr() + " dev " + DEVICE
				+ (own.gateway() != null ? " && " + ip() + " route replace default via " + own.gateway() + " dev " + DEVICE : ""));
		remember(withUp(own, true));
		announce(own.pid());
	}

	/**
	 * Tells the segment where the address now is: a gratuitous ARP from the tree's interface. The kernel sends one
	 * when the interface's hardware address is set and {@code arp_notify} is on, even to the same address, so no raw
	 * socket (nor arping) is needed.
	 */
	public void announce(int pid) throws IOException {
		JsonNode link = json.readTree(inNamespace(pid, ip() + " -j link show dev " + DEVICE)).path(0);
		String mac = link.path("address").asText(null);
		if (mac == null) {
			throw new IOException("PID " + pid + " has no " + DEVICE + " in its network namespace");
		}
		inNamespace(pid, "echo 1 > /proc/sys/net/ipv4/conf/" + DEVICE + "/arp_notify && " + ip() + " link set dev " + DEVICE
				+ " address " + mac);
	}

	/** Notes a tree's address (at its launch, its restore here, or when its address goes off or comes back). */
	public void remember(OwnAddress own) throws IOException {
		Files.createDirectories(registry);
		Path file = registry.resolve(own.pid() + ".json");
		Path tmp = registry.resolve(own.pid() + ".json.tmp");
		Files.write(tmp, json.writeValueAsBytes(Map.of("address", own, "netns", String.valueOf(netns(Integer.toString(own.pid()))))));
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** The registry's entry for {@code pid}, if it is about the namespace that PID runs in now. */
	OwnAddress registered(int pid) {
		Path file = registry.resolve(pid + ".json");
		try {
			JsonNode entry = json.readTree(file.toFile());
			if (!entry.path("netns").asText().equals(String.valueOf(netns(Integer.toString(pid))))) {
				return null; // an older tree that had this PID
			}
			return json.treeToValue(entry.path("address"), OwnAddress.class);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The address of the tree rooted at {@code pid} as its namespace holds it now; empty when it has none. */
	public static Optional<OwnAddress> live(int pid) {
		return ownNamespace(pid) ? live(pid, null) : Optional.empty();
	}

	private static Optional<OwnAddress> live(int pid, String name) {
		ObjectMapper json = Json.newMapper();
		try {
			String out = inNamespace(pid, ip() + " -j -d addr show dev " + DEVICE + " && echo && " + ip() + " -j route show default");
			String[] parts = out.split("\n", 2);
			JsonNode link = json.readTree(parts[0]).path(0);
			if (!"macvlan".equals(link.path("linkinfo").path("info_kind").asText())) {
				return Optional.empty();
			}
			JsonNode routes = parts.length > 1 && !parts[1].isBlank() ? json.readTree(parts[1]) : json.createArrayNode();
			String gateway = routes.path(0).path("gateway").asText(null);
			for (JsonNode a : link.path("addr_info")) {
				if ("inet".equals(a.path("family").asText()) && "global".equals(a.path("scope").asText())) {
					return Optional.of(new OwnAddress(pid, a.path("local").asText(), a.path("prefixlen").asInt(), gateway, DEVICE,
							parentName(), link.path("address").asText(null), name, true));
				}
			}
		} catch (IOException | RuntimeException e) {
			// the tree ended, or its namespace has no such interface: no address of its own
		}
		return Optional.empty();
	}

	/** The parent interface this node gives its trees' macvlans (its default route's), "eth0" when it has none. */
	public static String parentName() {
		try {
			String dev = defaultRoute()[0];
			return dev != null ? dev : DEVICE;
		} catch (IOException e) {
			return DEVICE;
		}
	}

	private static OwnAddress withUp(OwnAddress a, boolean up) {
		return new OwnAddress(a.pid(), a.address(), a.prefix(), a.gateway(), a.device(), a.parent(), a.mac(), a.name(), up);
	}

	/** Runs a shell line in {@code pid}'s network namespace (only: the node's files and PIDs are as they are). */
	public static String inNamespace(int pid, String line) throws IOException {
		return run(List.of("nsenter", "-t", Integer.toString(pid), "-n", "/bin/sh", "-c", line));
	}

	/** Runs a command, its output as text; an IOException with its output when it fails or takes over 10 s. */
	public static String run(List<String> command) throws IOException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		try {
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(10, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not end in 10 s");
			}
			String text = new String(out, StandardCharsets.UTF_8);
			if (p.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed (status " + p.exitValue() + "): " + text.trim());
			}
			return text;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + command.get(0));
		}
	}
}

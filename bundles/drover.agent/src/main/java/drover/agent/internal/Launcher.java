package drover.agent.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import drover.agent.internal.net.OwnNetwork;
import drover.protocol.ErrorInfo;
import drover.protocol.LaunchResult;
import drover.protocol.OwnAddress;
import drover.protocol.SpawnResult;

/**
 * {@code launch [--address A[/P]] [--gateway G] [--name N] -- CMD...}: starts a command as {@link Spawner} does, but in
 * a network namespace of its own whose one interface is a macvlan on this node's interface holding the address
 * (see {@link OwnNetwork} for why a macvlan). The command is started first, waiting in a shell until its network
 * is ready (unshare cannot be handed an interface before the namespace exists), then the interface is moved in,
 * addressed and routed, and the shell becomes the command: the tree's root PID is the one reported.
 */
final class Launcher {

	/** Waits (20 s at most) for the agent to set up the namespace's default route, then becomes the command. */
	private static final String WAIT = "PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH; i=0; until ip route show default 2>/dev/null"
			+ " | grep -q .; do i=$((i+1)); if [ $i -gt 400 ]; then echo 'drover launch: the network was not set up in 20 s'"
			+ " >&2; exit 1; fi; sleep 0.05; done; exec \"$@\"";

	private final Spawner spawner;
	private final OwnNetwork network;

	Launcher(Spawner spawner, OwnNetwork network) {
		this.spawner = spawner;
		this.network = network;
	}

	LaunchResult launch(Args args, List<String> command) throws RequestException, IOException {
		String given = args.option("--address", null);
		if (given == null) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "launch needs --address A[/PREFIX].",
					"'drover launch' picks one from the cluster's pool (drover launch-pool); or name one: --address 10.213.7.150.");
		}
		String[] route = OwnNetwork.defaultRoute();
		String parent = route[0];
		if (parent == null) {
			throw new RequestException(ErrorInfo.REFUSED, "This host has no default route, so Drover does not know on which"
					+ " interface to give the process its address.", "Nothing was started. Give the host a default route.");
		}
		String address = given.contains("/") ? given.substring(0, given.indexOf('/')) : given;
		int prefix = given.contains("/") ? parsePrefix(given.substring(given.indexOf('/') + 1)) : OwnNetwork.prefixOf(parent);
		if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "launch: '" + given + "' is not an IPv4 address.",
					"Send: launch --address 10.213.7.150/24 -- COMMAND");
		}
		String gateway = args.option("--gateway", route[1]);
		String name = args.option("--name", null);
		String holder = network.holder(address);
		if (holder != null) {
			throw new RequestException(ErrorInfo.REFUSED, "The address " + address + " is taken on this host: held by " + holder + ".",
					"Nothing was started. Pick another address (or leave it to the cluster's pool).");
		}
		String temporary = "drv" + Long.toHexString(System.nanoTime() & 0xffffffffL);
		try {
			OwnNetwork.run(List.of(OwnNetwork.ip(), "link", "add", temporary, "link", parent, "type", "macvlan", "mode", "bridge"));
		} catch (IOException e) {
			throw new RequestException(ErrorInfo.REFUSED, "This host cannot make a macvlan on " + parent + ": " + e.getMessage(),
					"Nothing was started. The kernel needs the macvlan module (modprobe macvlan).");
		}
		List<String> argv = new ArrayList<>(List.of("unshare", "--net", "--", "/bin/sh", "-c", WAIT, "drover-launch"));
		argv.addAll(command);
		SpawnResult started;
		try {
			started = spawner.spawn(argv);
		} catch (Spawner.SpawnException | IOException e) {
			deleteQuietly(temporary);
			throw new RequestException(ErrorInfo.SPAWN_FAILED, "Could not start " + command.get(0) + ": " + e.getMessage(),
					"Check the command exists on this node and is executable.");
		}
		int pid = started.pid();
		try {
			OwnNetwork.run(List.of(OwnNetwork.ip(), "link", "set", temporary, "netns", Integer.toString(pid)));
			String dev = OwnNetwork.DEVICE;
			OwnNetwork.inNamespace(pid, String.join(" && ", OwnNetwork.ip() + " link set " + temporary + " name " + dev,
					"echo 1 > /proc/sys/net/ipv4/conf/" + dev + "/arp_notify", OwnNetwork.ip() + " link set lo up",
					OwnNetwork.ip() + " addr add " + address + "/" + prefix + " dev " + dev, OwnNetwork.ip() + " link set " + dev + " up",
					gateway != null ? OwnNetwork.ip() + " route add default via " + gateway + " dev " + dev
							: OwnNetwork.ip() + " route add default dev " + dev));
		} catch (IOException e) {
			deleteQuietly(temporary);
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			throw new RequestException(ErrorInfo.SPAWN_FAILED, "Could not give " + command.get(0) + " its address " + address + ": "
					+ e.getMessage(), "The process was stopped; nothing is left on this host.");
		}
		OwnAddress own = network.of(pid).orElse(null);
		if (own == null) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			throw new RequestException(ErrorInfo.SPAWN_FAILED, command.get(0) + " exited at once, in its own network namespace.",
					"See its output in " + started.log() + ".");
		}
		own = new OwnAddress(own.pid(), own.address(), own.prefix(), own.gateway(), own.device(), own.parent(), own.mac(), name, true);
		network.remember(own);
		return new LaunchResult(pid, List.copyOf(command), started.log(), own);
	}

	private static int parsePrefix(String text) throws RequestException {
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= 32) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new RequestException(ErrorInfo.BAD_REQUEST, "launch: the prefix '/" + text + "' is not 1 to 32.", null);
	}

	private static void deleteQuietly(String link) {
		try {
			OwnNetwork.run(List.of(OwnNetwork.ip(), "link", "delete", link));
		} catch (IOException e) {
			// moved into the namespace already: it goes with it
		}
	}
}

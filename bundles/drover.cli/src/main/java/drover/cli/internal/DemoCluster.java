package drover.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostKeyStore;
import drover.core.HostRegistry;
import drover.core.KeyToolkit;
import drover.protocol.Hello;

/**
 * A local cluster of demo hosts, each running a real agent. As root each host is a simulated machine with its
 * own network, PID and mount namespaces (scripts/demo-host.sh); otherwise the agents listen on loopback
 * ports. The operator's key, the hosts' registration and their pinned keys are set up so that the CLI and
 * the console can use the hosts at once.
 */
public final class DemoCluster {

	private static final int AGENT_PORT = 2222;
	private static final int LOOPBACK_BASE_PORT = 22220;

	/**
	 * Host names are PREFIX1..N and host i gets address index FIRST_INDEX+i; tests use their own prefix and
	 * indexes (-Ddrover.demo.prefix, -Ddrover.demo.index) so they never touch an operator's demo cluster.
	 */
	private final String prefix = System.getProperty("drover.demo.prefix", "demo");
	/** How far apart the PID ranges of demo hosts start. */
	static final int PID_RANGE = 20_000;

	private final int firstIndex = Integer.getInteger("drover.demo.index", 0);

	private final DroverHome home;
	private final Path agentJar;
	private final Path hostScript;
	private final PrintWriter out;

	public DemoCluster(DroverHome home, Path agentJar, Path hostScript, PrintWriter out) {
		this.home = home;
		this.agentJar = agentJar;
		this.hostScript = hostScript;
		this.out = out;
	}

	/** Simulated hosts in namespaces when root can make them; -Ddrover.demo.loopback=true asks for loopback agents. */
	public boolean namespaces() {
		return !Boolean.getBoolean("drover.demo.loopback") && "root".equals(System.getProperty("user.name")) && hostScript != null
				&& Files.isExecutable(hostScript)
				&& (Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")));
	}

	public List<HostEntry> up(int count) throws IOException, InterruptedException {
		if (count < 1 || count > 50) {
			throw new IOException("A demo cluster has 1 to 50 hosts, not " + count + ".");
		}
		if (agentJar == null || !Files.isRegularFile(agentJar)) {
			throw new IOException("The agent jar " + agentJar + " is missing: build first (./setup, or ./mvnw package).");
		}
		KeyToolkit.ensureKeyPair(home.defaultKey(), "drover-operator");
		String operatorKey = KeyToolkit.publicKeyLine(home.defaultKey());
		HostRegistry registry = new HostRegistry(home);
		List<HostEntry> hosts = new ArrayList<>();
		boolean isolated = namespaces();
		out.println(isolated ? "Starting " + count + " simulated hosts (network, PID and mount namespaces)..."
				: "Starting " + count + " agents on loopback (run as root for isolated simulated hosts)...");
		List<String> nodeKeys = new ArrayList<>();
		try (AgentClient client = new AgentClient(home)) {
			for (int i = 1; i <= count; i++) {
				String name = prefix + i;
				Path state = home.demoDir().resolve(name);
				Files.createDirectories(state);
				Files.writeString(state.resolve("authorized_keys"), "drover-role=\"admin\" " + operatorKey + "\n");
				boolean freshKey = !Files.exists(state.resolve("host_key"));
				HostEntry host = isolated ? startIsolated(name, firstIndex + i, state) : startOnLoopback(name, firstIndex + i, state);
				if (freshKey) {
					client.pins().forget(host.endpoint()); // a pin of an earlier demo host of that name is stale
				}
				registry.put(host);
				hosts.add(host);
			}
			for (HostEntry host : hosts) {
				Hello hello = awaitAgent(client, host);
				nodeKeys.add(hello.nodeKey());
				out.printf("  %-8s %s:%d  agent %s, CRIU %s %s%n", host.name(), host.address(), host.port(),
						hello.agentVersion(), hello.criu().version(), hello.criu().checkOk() ? "(check ok)"
								: "(check FAILED: " + hello.criu().checkMessage() + ")");
			}
		}
		if (isolated && drover.core.AddressPool.load(home).isEmpty()) {
			// addresses of their own for 'drover launch', on the hosts' segment above the hosts' own
			drover.core.AddressPool.parse("10.213.7.100-10.213.7.199/24").save(home);
			out.println("  launch pool 10.213.7.100-10.213.7.199/24 ('drover launch HOST -- COMMAND' gives one to each tree)");
		}
		// The operator's key is an admin; cluster node keys may only carry migrations between the demo agents
		// (receive an image, page servers, restore it as a migration's step): never spawn, kill or checkpoint.
		String keys = "drover-role=\"admin\" " + operatorKey + "\n" + String.join("\n",
				nodeKeys.stream().map(k -> "drover-role=\"node\" " + k).toList()) + "\n";
		for (HostEntry host : hosts) {
			Files.writeString(home.demoDir().resolve(host.name()).resolve("authorized_keys"), keys);
		}
		out.println("Hosts registered in " + home.hostsFile() + "; try './drover hosts' and './drover ps "
				+ hosts.get(0).name() + "'.");
		return hosts;
	}

	private HostEntry startIsolated(String name, int index, Path state) throws IOException, InterruptedException {
		Path pidFile = home.demoDir().resolve(name + ".pid");
		if (Files.exists(pidFile) && isAlive(Files.readString(pidFile).trim())) {
			out.println("  " + name + " is already running");
			String address = run(List.of(hostScript.toString(), "addr", Integer.toString(index))).trim();
			return new HostEntry(name, address, AGENT_PORT, "root", null);
		}
		List<String> command = new ArrayList<>(List.of(hostScript.toString(), "start", name, Integer.toString(index),
				home.demoDir().toString(), "--"));
		// Each simulated host hands out PIDs from its own range (like busy real nodes whose PIDs differ), so the
		// agent's threads and the host's processes do not take the PIDs of processes migrating in from others;
		// ranges 20,000 apart, so that a host which ran many processes does not reach its neighbour's.
		// The agent is a service of the host, not its init: it starts detached (reparented to the host's PID 1,
		// which reaps it), and the host lives on when it dies, with every process on it, as a real node does.
		command.addAll(List.of("sh", "-c", "echo $0 > /proc/sys/kernel/ns_last_pid 2>/dev/null; (setsid \"$@\" </dev/null &);"
				+ " exec sleep infinity", Integer.toString(PID_RANGE * (1 + index % 30))));
		command.addAll(agentCommand(name, "0.0.0.0", AGENT_PORT, state));
		String output = run(command);
		String address = output.lines().reduce((a, b) -> b).orElse("").trim();
		return new HostEntry(name, address, AGENT_PORT, "root", null);
	}

	private HostEntry startOnLoopback(String name, int index, Path state) throws IOException {
		int port = LOOPBACK_BASE_PORT + index;
		Path pidFile = home.demoDir().resolve(name + ".loopback.pid");
		if (Files.exists(pidFile) && isAlive(Files.readString(pidFile).trim())) {
			out.println("  " + name + " is already running");
		} else {
			List<String> command = new ArrayList<>(List.of("setsid"));
			command.addAll(agentCommand(name, "127.0.0.1", port, state));
			Process agent = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
					.redirectErrorStream(true).redirectOutput(home.demoDir().resolve(name + ".log").toFile()).start();
			Files.writeString(pidFile, Long.toString(agent.pid()));
		}
		return new HostEntry(name, "127.0.0.1", port, System.getProperty("user.name"), null);
	}

	/**
	 * A node agent should stay small (aim: under 150 MB resident): a heap that starts small and grows only
	 * as a scan needs it, the serial collector, and no hsperfdata file (so CRIU never trips over a JVM's
	 * perf file). DROVER_AGENT_JAVA_OPTS replaces these flags.
	 */
	static final String AGENT_JAVA_OPTS = "-XX:+UseSerialGC -Xms16m -Xmx128m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -Xss512k -XX:-UsePerfData";

	private List<String> agentCommand(String name, String listen, int port, Path state) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String opts = System.getenv().getOrDefault("DROVER_AGENT_JAVA_OPTS", AGENT_JAVA_OPTS);
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(List.of(opts.trim().split("\\s+")));
		// extra flags for every demo agent (tests: fault injection, limits), on top of the defaults; kept in the
		// host's state so that a restarted agent runs as the first one did
		Path kept = state.resolve("agent.opts");
		String extra = System.getProperty("drover.demo.agentOpts");
		try {
			if (extra != null) {
				Files.writeString(kept, extra);
			} else if (Files.isRegularFile(kept)) {
				extra = Files.readString(kept);
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		if (extra != null && !extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", agentJar.toString(), "--name", name, "--listen", listen, "--port",
				Integer.toString(port), "--state-dir", state.toString()));
		return command;
	}

	private Hello awaitAgent(AgentClient client, HostEntry host) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		IOException last = null;
		while (System.nanoTime() < deadline) {
			try (AgentConnection agent = client.connect(host, HostKeyPolicy.PIN_FIRST)) {
				return agent.hello();
			} catch (IOException e) {
				last = e;
				Thread.sleep(250);
			}
		}
		throw new IOException("The agent of " + host.name() + " did not answer within 60 s; see "
				+ home.demoDir().resolve(host.name() + ".log") + ".", last);
	}

	/**
	 * Starts the agent of demo host {@code name} again (killing it first if it still runs), with the same state
	 * directory, address and port: what a node's service manager does after the agent died.
	 */
	public Hello restartAgent(String name) throws IOException, InterruptedException {
		HostEntry host = new HostRegistry(home).require(name);
		Path state = home.demoDir().resolve(name);
		List<ProcessHandle> running = agentsOf(name);
		running.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : running) {
			p.onExit().join();
		}
		Path loopbackPid = home.demoDir().resolve(name + ".loopback.pid");
		if (Files.exists(loopbackPid)) {
			Files.delete(loopbackPid);
			startOnLoopback(name, host.port() - LOOPBACK_BASE_PORT, state);
		} else {
			List<String> command = new ArrayList<>(List.of(hostScript.toString(), "spawn", name, home.demoDir().toString(),
					"--log", home.demoDir().resolve(name + ".log").toString(), "--"));
			command.addAll(agentCommand(name, "0.0.0.0", AGENT_PORT, state));
			run(command);
		}
		try (AgentClient client = new AgentClient(home)) {
			Hello hello = awaitAgent(client, host);
			out.printf("  %-8s agent restarted (%s:%d)%n", name, host.address(), host.port());
			return hello;
		}
	}

	/**
	 * Reboots simulated host {@code name}: every process on it ends (its PID 1 is killed, and with it its PID
	 * namespace), then it starts again with the same state directory (its disk: images, keys, logs), address and
	 * agent, as a machine that rebooted. Loopback agents share the machine's processes and cannot be rebooted.
	 */
	public Hello reboot(String name) throws IOException, InterruptedException {
		HostEntry host = new HostRegistry(home).require(name);
		Path state = home.demoDir().resolve(name);
		if (Files.exists(home.demoDir().resolve(name + ".loopback.pid")) || !namespaces()) {
			throw new IOException(name + " is a loopback agent, not a simulated host: it has no processes of its own to end."
					+ " Run the demo cluster as root for simulated hosts, or restart its agent ('drover demo restart-agent "
					+ name + "').");
		}
		Path indexFile = home.demoDir().resolve(name + ".index");
		if (!Files.isRegularFile(indexFile)) {
			throw new IOException("Simulated host " + name + " is not running (no " + indexFile + "): 'drover demo up' starts it.");
		}
		int index = Integer.parseInt(Files.readString(indexFile).trim());
		run(List.of(hostScript.toString(), "stop", name, home.demoDir().toString()));
		out.printf("  %-8s powered off: every process on it ended%n", name);
		HostEntry again = startIsolated(name, index, state);
		try (AgentClient client = new AgentClient(home)) {
			Hello hello = awaitAgent(client, again);
			out.printf("  %-8s booted again (%s:%d), its disk kept: %s%n", name, host.address(), host.port(), state);
			return hello;
		}
	}

	/** The running agents of demo host {@code name}, as the machine's root sees them. */
	public List<ProcessHandle> agentsOf(String name) {
		// the java process itself, not the host's init or the launchers whose command lines name it too
		return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/java")
				&& p.info().commandLine().orElse("").contains("--name " + name + " --listen")
				&& p.info().commandLine().orElse("").contains(agentJar.toString())).toList();
	}

	public void down() throws IOException, InterruptedException {
		Path dir = home.demoDir();
		HostRegistry registry = new HostRegistry(home);
		HostKeyStore pins = new HostKeyStore(home);
		int stopped = 0;
		for (HostEntry host : registry.list()) {
			if (!host.name().matches(java.util.regex.Pattern.quote(prefix) + "[0-9]+")) {
				continue;
			}
			Path loopbackPid = dir.resolve(host.name() + ".loopback.pid");
			if (Files.exists(loopbackPid)) {
				kill(Files.readString(loopbackPid).trim());
				Files.delete(loopbackPid);
			} else if (Files.exists(dir.resolve(host.name() + ".pid")) && hostScript != null) {
				run(List.of(hostScript.toString(), "stop", host.name(), dir.toString()));
			}
			registry.remove(host.name());
			pins.forget(host.endpoint());
			stopped++;
			out.println("  stopped " + host.name());
		}
		if (namespaces()) {
			try {
				run(List.of(hostScript.toString(), "down-bridge"));
			} catch (IOException e) {
				// another cluster's simulated hosts (another DROVER_HOME, a test run) still use the bridge: keep it
				out.println("  bridge kept: " + e.getMessage().replaceFirst("(?s).*demo-host: ", "").trim());
			}
		}
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
		out.println(stopped == 0 ? "No demo hosts were running." : "Demo cluster down (" + stopped + " hosts).");
	}

	private static boolean isAlive(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static void kill(String pid) throws InterruptedException {
		try {
			var handle = ProcessHandle.of(Long.parseLong(pid));
			if (handle.isPresent()) {
				handle.get().destroy();
				handle.get().onExit().get(10, TimeUnit.SECONDS);
			}
		} catch (NumberFormatException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			// already gone or refuses to go; nothing more to do from here
		}
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " failed: "
					+ output.trim());
		}
		return output;
	}
}

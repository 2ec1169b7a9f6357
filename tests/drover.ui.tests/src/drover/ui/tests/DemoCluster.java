package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.migration.MigrationListener;
import drover.protocol.MigrationReport;
import drover.core.migration.MigrationRunner;
import drover.protocol.ImageInfo;
import drover.protocol.ProcessInfo;

/**
 * A demo cluster for the console's migration tests: {@code drover demo up 2} run as an external
 * process (the CLI jar, as {@code ./drover} runs it) in the console's own Drover home, with host
 * names {@code uitest1}, {@code uitest2} and addresses (index 60) that never meet the agent tests'
 * {@code citest} hosts or an operator's demo. Needs root (namespaces), like {@code drover demo}.
 */
final class DemoCluster implements AutoCloseable {

	static final String PREFIX = "uitest";
	private static final int INDEX = 60;

	final DroverHome home = DroverHome.fromEnvironment();
	private final Path repo;
	private final Path script;
	private final String agentOpts;

	DemoCluster(int hosts) throws IOException, InterruptedException {
		this(hosts, null);
	}

	/**
	 * With {@code agentOpts}, extra JVM flags for every demo agent ({@code drover.demo.agentOpts}), e.g.
	 * {@code -Ddrover.test.faults=true} so that {@link #pauseAt} works.
	 */
	DemoCluster(int hosts, String agentOpts) throws IOException, InterruptedException {
		this.agentOpts = agentOpts;
		String root = System.getProperty("drover.repo");
		assertTrue(root != null && Files.isDirectory(Path.of(root)), "drover.repo not set (the pom passes it): " + root);
		repo = Path.of(root).toAbsolutePath().normalize();
		script = repo.resolve("scripts/demo-host.sh");
		String out = cli("demo", "up", Integer.toString(hosts));
		assertTrue(out.contains("namespaces"), "demo hosts are not isolated: " + out);
	}

	static String name(int i) {
		return PREFIX + i;
	}

	/** Starts {@code command} detached on a demo host (as {@code drover demo run}); its PID there. */
	int spawn(String host, String... command) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.spawn(List.of(command)).pid();
		}
	}

	/** The process as the host's agent sees it now, or null: the truth below the console's model. */
	ProcessInfo process(String host, int pid) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.inventory().processes().stream().filter(p -> p.pid() == pid).findFirst().orElse(null);
		}
	}

	/** Kills a process tree on a demo host. */
	void kill(String host, int pid) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			agent.killTree(List.of(pid));
		}
	}

	/** The checkpoint images kept on a demo host, as its agent lists them. */
	List<ImageInfo> images(String host) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.images();
		}
	}

	/** Migrates {@code pid} with the core's runner, as the CLI does: the console is not involved. Blocks. */
	MigrationReport migrate(String source, String target, int pid) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection from = connect(client, source);
				AgentConnection to = connect(client, target)) {
			return new MigrationRunner(from, to, client.pins(), MigrationListener.NONE).migrate(pid, true);
		}
	}

	/**
	 * Has the host's agent hold each migration it owns {@code millis} ms as it enters {@code phase} (the agents
	 * must run with -Ddrover.test.faults=true); {@code null} ends that. It changes no decision, only the clock.
	 */
	void pauseAt(String host, drover.protocol.Phase phase, long millis) throws IOException {
		Path file = home.demoDir().resolve(host).resolve("test-faults");
		if (phase == null) {
			Files.deleteIfExists(file);
		} else {
			Files.writeString(file, phase.name() + " " + millis + "\n");
		}
	}

	/**
	 * Starts a migration as an operator at a terminal would: {@code drover migrate --detach} (the CLI jar, its own
	 * process), which hands it to the source's agent and returns at once. Its ID.
	 */
	String migrateDetached(String source, String target, int pid) throws IOException, InterruptedException {
		String out = cli("migrate", "--detach", "--accept-warnings", source, Integer.toString(pid), target);
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("Migration (\\S+) runs on").matcher(out);
		assertTrue(id.find(), "no migration ID in: " + out);
		return id.group(1);
	}

	/** What the host's agent lists: its records, then the migrations it runs now (QUEUED, RUNNING, HELD). */
	List<MigrationReport> migrations(String host) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.migrations();
		}
	}

	/** The migration of {@code pid}'s tree that {@code host}'s agent runs now (not ended), or null. */
	MigrationReport running(String host, int pid) {
		try {
			return migrations(host).stream().filter(r -> r.pid == pid && r.outcome != null && !r.outcome.isFinal())
					.findFirst().orElse(null);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Did {@code host}'s agent take migration {@code id} over (its audit log says it accepted it)? */
	boolean accepted(String host, String id) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.history().stream().anyMatch(e -> "migrate".equals(e.path("operation").asText())
					&& e.path("result").asText().startsWith("accepted as " + id + " "));
		}
	}

	/** What {@code drover ARGS...} prints (stdout and stderr), run as an operator at a terminal would (the CLI jar). */
	String drover(String... args) throws IOException, InterruptedException {
		return cli(args);
	}

	/** Kills a process tree on a demo host with all its descendants (a killed shell's children would outlive it). */
	void killTree(String host, int pid) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			List<Integer> tree = drover.core.evacuation.Trees.descendants(agent.inventory(), pid);
			java.util.Collections.reverse(tree); // children first: none is left to init
			agent.killTree(tree);
		}
	}

	/** The evacuations {@code host}'s agent keeps. */
	List<drover.protocol.EvacuationRecord> evacuations(String host) throws IOException {
		try (AgentClient client = new AgentClient(home); AgentConnection agent = connect(client, host)) {
			return agent.evacuations();
		}
	}

	/** Makes {@code pid} taken on a host: the next process started there gets exactly that PID. */
	int takePid(String host, int pid) throws IOException, InterruptedException {
		String out = run(List.of(script.toString(), "exec", host, home.demoDir().toString(), "--", "sh", "-c",
				"echo " + (pid - 1) + " > /proc/sys/kernel/ns_last_pid; sleep 100000 >/dev/null 2>&1 & echo $!"));
		return Integer.parseInt(out.strip());
	}

	private AgentConnection connect(AgentClient client, String host) throws IOException {
		return client.connect(new HostRegistry(home).require(host), HostKeyPolicy.STRICT);
	}

	private String cli(String... args) throws IOException, InterruptedException {
		Path jar;
		try (Stream<Path> jars = Files.list(repo.resolve("bundles/drover.cli/target"))) {
			jar = jars.filter(p -> p.getFileName().toString().matches("drover\\.cli-.*-all\\.jar")).findFirst()
					.orElseThrow(() -> new IOException("no CLI jar in bundles/drover.cli/target: build it first"));
		}
		List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Ddrover.home=" + home.dir(), "-Ddrover.demo.prefix=" + PREFIX, "-Ddrover.demo.index=" + INDEX,
				"-Ddrover.agent.jar=" + System.getProperty("drover.agent.jar"), "-Ddrover.host.script=" + script));
		if (agentOpts != null) {
			argv.add("-Ddrover.demo.agentOpts=" + agentOpts);
		}
		argv.addAll(List.of("-jar", jar.toString()));
		argv.addAll(List.of(args));
		return run(argv);
	}

	private static String run(List<String> argv) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", argv) + " failed: " + out);
		}
		return out;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		cli("demo", "down");
	}
}

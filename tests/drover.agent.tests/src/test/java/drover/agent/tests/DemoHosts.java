package drover.agent.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import drover.cli.DroverCli;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;

/** A real demo cluster (simulated hosts in namespaces, real agents) for tests, and ways to act inside its hosts. */
final class DemoHosts implements AutoCloseable {

	final Path home;
	final AgentClient client;

	DemoHosts(Path home, int count) throws IOException {
		this.home = home;
		System.setProperty("drover.home", home.toString());
		String out = cli("demo", "up", Integer.toString(count));
		if (!out.contains("namespaces")) {
			throw new IllegalStateException("demo hosts are not isolated: " + out);
		}
		this.client = new AgentClient(new DroverHome(home));
	}

	static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, out, new PrintWriter(err, true));
		if (exit != 0) {
			throw new IllegalStateException("drover " + String.join(" ", args) + " failed: " + err);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	HostEntry host(String name) throws IOException {
		return new HostRegistry(new DroverHome(home)).require(name);
	}

	AgentConnection connect(String name) throws IOException {
		return client.connect(host(name), HostKeyPolicy.STRICT);
	}

	Path demoDir() {
		return home.resolve("demo");
	}

	/** Runs a command inside a host's namespaces (scripts/demo-host.sh exec); returns its output. */
	String exec(String host, String... command) throws IOException, InterruptedException {
		List<String> argv = new ArrayList<>(List.of(System.getProperty("drover.host.script"), "exec", host,
				demoDir().toString(), "--"));
		argv.addAll(List.of(command));
		Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException("exec in " + host + " failed: " + out);
		}
		return out;
	}

	/** Makes PID {@code pid} taken on a host: the next process started there gets exactly that PID. */
	int takePid(String host, int pid) throws IOException, InterruptedException {
		String out = exec(host, "sh", "-c",
				"echo " + (pid - 1) + " > /proc/sys/kernel/ns_last_pid; sleep 100000 >/dev/null 2>&1 & echo $!");
		return Integer.parseInt(out.trim());
	}

	/** The root-namespace PID of a host's agent (to kill it as a fault). */
	long agentPid(String host) throws IOException {
		return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("--name " + host + " --listen")
				&& p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow(() -> new IOException("no agent for " + host))
				.pid();
	}

	/** Kills a host's agent at once (SIGKILL: no shutdown hook, nothing written on the way out). */
	void killAgent(String host) throws IOException {
		ProcessHandle agent = ProcessHandle.of(agentPid(host)).orElseThrow();
		agent.destroyForcibly();
		agent.onExit().join();
	}

	/** Starts a host's agent again, with its state directory (as a service manager would after it died). */
	void restartAgent(String host) {
		cli("demo", "restart-agent", host);
	}

	/**
	 * A coordinator in a process of its own: the CLI jar, as an operator runs it, with this cluster's home. Its
	 * output (stdout and stderr) goes to {@code log}.
	 */
	Process cliProcess(Path log, String... args) throws IOException {
		List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Ddrover.home=" + home, "-Ddrover.host.script=" + System.getProperty("drover.host.script"), "-jar",
				System.getProperty("drover.cli.jar")));
		argv.addAll(List.of(args));
		return new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
	}

	/** Makes the migrations a host's agent owns hold still for {@code millis} as they enter {@code phase}. */
	void pauseAt(String host, String phase, long millis) throws IOException {
		Files.writeString(demoDir().resolve(host).resolve("test-faults"), phase + " " + millis + "\n");
	}

	void clearPauses(String host) throws IOException {
		Files.deleteIfExists(demoDir().resolve(host).resolve("test-faults"));
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(60, TimeUnit.SECONDS);
		return out;
	}

	@Override
	public void close() throws IOException {
		try {
			client.close();
		} finally {
			cli("demo", "down");
			System.clearProperty("drover.home");
		}
	}

	static boolean exists(Path file) {
		return Files.exists(file);
	}
}

package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostKeyStore;
import drover.core.KeyToolkit;

/**
 * The real Drover agent ({@code java -jar drover.agent-*-all.jar}) on a free loopback port, trusting
 * the key of the Drover home the console uses ({@code drover.home}, set by the pom).
 */
final class ExternalAgent implements AutoCloseable {

	final DroverHome home = DroverHome.fromEnvironment();
	final Path dir;
	final int port;
	final Process process;

	ExternalAgent() throws Exception {
		String jar = System.getProperty("drover.agent.jar");
		assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
				"agent jar not found (" + jar + "): build bundles/drover.agent first (the reactor does)");
		dir = Files.createTempDirectory("drover-uitest");
		Path stateDir = Files.createDirectories(dir.resolve("agent"));
		KeyToolkit.ensureKeyPair(home.defaultKey(), "drover-ui-tests");
		Files.writeString(stateDir.resolve("authorized_keys"), KeyToolkit.publicKeyLine(home.defaultKey()) + "\n");
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(java, "-jar", jar, "--name", "uitest", "--listen", "127.0.0.1", "--port",
				String.valueOf(port), "--state-dir", stateDir.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
		awaitListening();
	}

	private void awaitListening() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("agent exited with " + process.exitValue() + ": " + Files.readString(dir.resolve("agent.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			} catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		fail("agent did not listen on port " + port + " within 30 s: " + Files.readString(dir.resolve("agent.log")));
	}

	HostEntry entry(String name) {
		return new HostEntry(name, "127.0.0.1", port, "tester", null);
	}

	HostKeyStore pins() {
		return new HostKeyStore(home);
	}

	/** Pins the agent's real key the way {@code drover demo up} does: first contact, no questions. */
	void pinItsKey() throws IOException {
		pins().forget(entry("pin").endpoint());
		try (AgentClient client = new AgentClient(home); AgentConnection connection = client.connect(entry("pin"),
				HostKeyPolicy.PIN_FIRST)) {
			connection.hello();
		}
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}

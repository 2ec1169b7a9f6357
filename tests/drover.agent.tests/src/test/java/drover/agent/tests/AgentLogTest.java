package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.KeyToolkit;
import drover.protocol.ErrorInfo;

/**
 * The agent's log, as a node runs it: the shaded agent jar started with {@code java -jar} (so its logback
 * configuration must be inside the jar), reached over real SSH. An internal failure (a damaged state file the
 * agent cannot read) leaves its stack trace in STATE_DIR/agent.log, and the answer says where.
 */
class AgentLogTest {

	@TempDir
	Path dir;

	/** The real agent jar in its own JVM on a free loopback port, with a state directory of its own. */
	static final class JarAgent implements AutoCloseable {
		final Path state;
		final Path console;
		final Process process;
		final HostEntry host;
		final AgentClient client;

		JarAgent(Path dir, List<String> jvmOptions, List<String> agentOptions) throws Exception {
			String jar = System.getProperty("drover.agent.jar");
			assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "agent jar not built: " + jar);
			state = Files.createDirectories(dir.resolve("state"));
			console = dir.resolve("console.txt");
			DroverHome home = new DroverHome(dir.resolve("home"));
			KeyToolkit.ensureKeyPair(home.defaultKey(), "log-test");
			Files.writeString(state.resolve("authorized_keys"), KeyToolkit.publicKeyLine(home.defaultKey()) + "\n");
			int port;
			try (ServerSocket probe = new ServerSocket(0)) {
				port = probe.getLocalPort();
			}
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
			command.addAll(jvmOptions);
			command.addAll(List.of("-jar", jar, "--name", "logtest", "--listen", "127.0.0.1", "--port", Integer.toString(port),
					"--state-dir", state.toString()));
			command.addAll(agentOptions);
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
			host = new HostEntry("logtest", "127.0.0.1", port, "tester", null);
			client = new AgentClient(home);
			awaitListening(port);
		}

		private void awaitListening(int port) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					fail("agent exited with " + process.exitValue() + ": " + Files.readString(console));
				}
				try (java.net.Socket socket = new java.net.Socket()) {
					socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
					return;
				} catch (IOException notYet) {
					Thread.sleep(100);
				}
			}
			fail("the agent did not listen within 30 s: " + Files.readString(console));
		}

		Path log() {
			return state.resolve("agent.log");
		}

		String logText() throws IOException {
			return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
		}

		/** Waits for {@code text} in agent.log (the agent writes its start-up line once it listens). */
		void awaitLog(String text, int seconds) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					fail("agent exited with " + process.exitValue() + ": " + Files.readString(console));
				}
				if (logText().contains(text)) {
					return;
				}
				Thread.sleep(100);
			}
			fail("no '" + text + "' in " + log() + " within " + seconds + " s; console: " + Files.readString(console));
		}

		AgentConnection connect() throws Exception {
			return client.connect(host, HostKeyPolicy.PIN_FIRST);
		}

		@Override
		public void close() throws Exception {
			client.close();
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/** Damages the cost-record file so that reading it fails inside the agent: an internal error, not a bad request. */
	static void damageMigrationRecords(Path state) throws IOException {
		Files.writeString(state.resolve("migrations.jsonl"), "{\"id\":\"m1\"}\n{this line is not JSON\n");
	}

	@Test
	void anInternalErrorWritesItsStackTraceToTheAgentLogAndTheAnswerSaysWhere() throws Exception {
		try (JarAgent agent = new JarAgent(dir, List.of(), List.of("--log-level", "debug"))) {
			agent.awaitLog("listening on", 30);
			KeyPair hostKey = new SimpleGeneratorHostKeyProvider(agent.state.resolve("host_key")).loadKeys(null).iterator().next();
			String startLine = agent.logText().lines().filter(l -> l.contains("listening on")).findFirst().orElseThrow();
			assertTrue(startLine.contains(" INFO ") && startLine.contains("host key " + KeyUtils.getKeyType(hostKey.getPublic()) + " "
					+ KeyUtils.getFingerPrint(hostKey.getPublic())),
					"the start-up line names the host key operators compare: " + startLine);

			damageMigrationRecords(agent.state);
			try (AgentConnection connection = agent.connect()) {
				AgentException e = assertThrows(AgentException.class, () -> connection.request("migrations"));
				assertEquals(ErrorInfo.INTERNAL, e.code(), e.getMessage());
				assertTrue(e.hint().contains("the agent's log " + agent.log() + " has the stack trace"), e.hint());
				Matcher incident = Pattern.compile("'incident ([0-9a-f]+)'").matcher(e.hint());
				assertTrue(incident.find(), e.hint());
				String id = incident.group(1);

				agent.awaitLog("incident " + id, 10);
				String log = agent.logText();
				assertTrue(log.contains("ERROR") && log.contains("incident " + id + ": request 'migrations' from tester"), log);
				assertTrue(log.contains("com.fasterxml.jackson.core.JsonParseException"), "the exception: " + log);
				assertTrue(log.contains("\tat drover.agent.internal.MigrationLog.read("), "the stack trace: " + log);
				assertTrue(log.contains("DEBUG") && log.contains("request from tester"), "--log-level debug: " + log);
				assertFalse(log.lines().anyMatch(l -> l.contains("DEBUG") && (l.contains("o.a.s") || l.contains("org.apache.sshd"))),
						"SSHD stays at WARN at the agent's debug level");
				assertTrue(Files.readString(agent.console).contains("incident " + id), "the console gets the log too");

				assertEquals("logtest", connection.hello().hostName(), "the agent keeps serving");
			}
		}
	}

	@Test
	void theLevelComesFromASystemPropertyAndTheLogRotatesBySize() throws Exception {
		List<String> jvm = List.of("-Ddrover.agent.logLevel=warn", "-Ddrover.agent.logMaxSize=16KB", "-Ddrover.agent.logFiles=2");
		try (JarAgent agent = new JarAgent(dir, jvm, List.of())) {
			AgentConnection connection = agent.connect();
			damageMigrationRecords(agent.state);
			Path second = agent.state.resolve("agent.log.2");
			try (AgentConnection c = connection) {
				// each failure logs a stack trace of a few KB; the size is looked at once a second
				long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
				while (!Files.exists(second) && System.nanoTime() < until) {
					assertThrows(AgentException.class, () -> c.request("migrations"));
					Thread.sleep(50);
				}
			}
			assertTrue(Files.exists(agent.state.resolve("agent.log.1")) && Files.exists(second), "rotated: "
					+ List.of(agent.state.toFile().list()));
			Thread.sleep(1500);
			assertFalse(Files.exists(agent.state.resolve("agent.log.3")), "-Ddrover.agent.logFiles=2 keeps two old files");
			String all = agent.logText() + Files.readString(second) + Files.readString(agent.state.resolve("agent.log.1"));
			assertTrue(all.contains("ERROR") && all.contains("at drover.agent.internal.MigrationLog.read("), "errors are logged at warn");
			assertFalse(all.contains(" INFO ") || all.contains(" DEBUG "), "nothing below warn");
		}
	}
}

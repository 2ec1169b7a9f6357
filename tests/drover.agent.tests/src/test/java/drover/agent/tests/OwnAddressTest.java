package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.migration.MigrationRunner;
import drover.protocol.LaunchResult;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.OwnAddress;
import drover.protocol.Phase;

/**
 * Trees launched with an address of their own ({@code launch}) move with their TCP connections: real agents, real
 * CRIU, a real key-value server (Debian's redis-server, in memory, persistence off) in a network namespace of its
 * own with a macvlan on its demo host's interface. The client is this test's JVM in the machine's root namespace,
 * which reaches the demo hosts through their bridge as another host on their segment would (a macvlan never talks
 * to its own parent, so the client cannot sit on the source host itself).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnAddressTest {

	static final Path REDIS = Path.of("/usr/bin/redis-server");

	@TempDir
	static Path home;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		assumeTrue(Files.isExecutable(REDIS), "needs redis-server (Debian package redis-server)");
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true");
		try {
			hosts = new DemoHosts(home, 3);
		} finally {
			System.clearProperty("drover.demo.agentOpts");
		}
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	@AfterEach
	void noPauses() throws IOException {
		for (String host : List.of("citest1", "citest2", "citest3")) {
			hosts.clearPauses(host);
		}
	}

	@Test
	@Order(1)
	void aClientKeepsItsOpenConnectionToAKeyValueServerThatMovesAndTheAddressLeavesTheSource() throws Exception {
		LaunchResult kv = launchKv("citest1", "10.213.7.150/24", "kv1");
		try (Kv client = Kv.connect("10.213.7.150")) {
			assertEquals("+OK", client.ask("SET", "colour", "teal"));
			String connection = client.ask("CLIENT", "ID");
			int localPort = client.socket.getLocalPort();
			MigrationReport record = migrate(kv.pid(), "citest2");
			assertEquals(Outcome.DONE, record.outcome, record.cause);
			// the same socket, never reconnected: the server knows it as the same client, with the data from before
			assertEquals("teal", client.ask("GET", "colour"));
			assertEquals(connection, client.ask("CLIENT", "ID"), "the server sees the same connection");
			assertEquals(localPort, client.socket.getLocalPort());
		}
		try (Kv fresh = Kv.connect("10.213.7.150")) {
			assertEquals("teal", fresh.ask("GET", "colour"), "the listener answers at the same address from the target");
		}
		assertTrue(own("citest1", "10.213.7.150").isEmpty(), "the address is gone from the source");
		OwnAddress there = own("citest2", "10.213.7.150").orElseThrow(() -> new AssertionError("citest2 shows no tree at .150"));
		assertTrue(there.up(), there.toString());
		assertEquals(kv.pid(), there.pid(), "the tree kept its PID");
		try (AgentConnection target = hosts.connect("citest2")) {
			target.killTree(List.of(kv.pid()));
		}
	}

	@Test
	@Order(2)
	void aFailedRestoreGivesTheAddressAndTheOpenConnectionBackToTheSource() throws Exception {
		LaunchResult kv = launchKv("citest1", "10.213.7.151/24", "kv2");
		try (Kv client = Kv.connect("10.213.7.151")) {
			assertEquals("+OK", client.ask("SET", "n", "1"));
			hosts.pauseAt("citest1", "RESTORE", 3000);
			try (AgentConnection source = hosts.connect("citest1")) {
				String id = source.migrate(request(kv.pid(), "citest2"));
				DurableMigrationTest.awaitPhase(source, id, "RESTORE");
				// frozen: the address has left the source; the target is made to refuse the restore (its PID taken)
				OwnAddress frozen = own("citest1", "10.213.7.151").orElseThrow();
				assertFalse(frozen.up(), "the frozen tree's address is off the source: " + frozen);
				hosts.takePid("citest2", kv.pid());
				MigrationReport record = source.watch(id, e -> {
				});
				assertEquals(Outcome.FAILED, record.outcome, record.cause);
				assertEquals(Phase.RESTORE, record.failedPhase, record.cause);
			}
			OwnAddress back = own("citest1", "10.213.7.151").orElseThrow(() -> new AssertionError("no address on citest1"));
			assertTrue(back.up(), "the address is back on the source: " + back);
			assertEquals("1", client.ask("GET", "n"), "the same connection answers from the resumed source");
		}
		try (AgentConnection source = hosts.connect("citest1")) {
			source.killTree(List.of(kv.pid()));
		}
	}

	@Test
	@Order(3)
	void preflightRefusesATargetWhereTheAddressIsTaken() throws Exception {
		LaunchResult kv = launchKv("citest1", "10.213.7.152/24", "kv3");
		hosts.exec("citest3", "ip", "addr", "add", "10.213.7.152/32", "dev", "lo");
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(kv.pid(), "citest3"));
			MigrationReport record = source.watch(id, e -> {
			});
			assertEquals(Outcome.REFUSED, record.outcome, record.cause);
			assertTrue(record.cause.contains("10.213.7.152 is taken on citest3"), record.cause);
			assertTrue(record.rollback.contains("keeps running on citest1"), record.rollback);
		} finally {
			hosts.exec("citest3", "ip", "addr", "del", "10.213.7.152/32", "dev", "lo");
		}
		try (Kv client = Kv.connect("10.213.7.152")) {
			assertEquals("+PONG", client.ask("PING"), "the refused tree still answers on citest1");
		}
		try (AgentConnection source = hosts.connect("citest1")) {
			source.killTree(List.of(kv.pid()));
		}
	}

	// --- helpers

	static LaunchResult launchKv(String host, String address, String name) throws Exception {
		try (AgentConnection agent = hosts.connect(host)) {
			LaunchResult kv = agent.launch(address, name, List.of(REDIS.toString(), "--port", "6379", "--save", "", "--appendonly",
					"no", "--protected-mode", "no"));
			assertNotNull(kv.address());
			awaitListening(address.substring(0, address.indexOf('/')));
			return kv;
		}
	}

	static void awaitListening(String address) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			try (Kv probe = Kv.connect(address)) {
				if ("+PONG".equals(probe.ask("PING"))) {
					return;
				}
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("nothing answers at " + address + ":6379 in 10 s");
	}

	static Optional<OwnAddress> own(String host, String address) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			return agent.inventory().ownAddresses().stream().filter(a -> a.address().equals(address)).findFirst();
		}
	}

	static MigrationReport migrate(int pid, String target) throws Exception {
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(pid, target));
			return source.watch(id, e -> {
			});
		}
	}

	static MigrationRequest request(int pid, String target) throws IOException {
		HostEntry to = hosts.host(target);
		return new MigrationRequest(pid, to.name(), to.address(), to.port(), to.user(),
				MigrationRunner.pinnedFingerprint(hosts.client.pins(), to), MigrationMode.STOP_AND_COPY, false);
	}

	/** A client of the key-value server speaking its protocol (RESP) over one TCP connection, 10 s per answer. */
	static final class Kv implements AutoCloseable {
		final Socket socket;
		private final OutputStream out;
		private final BufferedReader in;

		private Kv(Socket socket) throws IOException {
			this.socket = socket;
			this.out = socket.getOutputStream();
			this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		}

		static Kv connect(String address) throws IOException {
			Socket s = new Socket();
			s.connect(new InetSocketAddress(address, 6379), 3000);
			s.setSoTimeout(10_000);
			return new Kv(s);
		}

		/** Sends one command; the answer as text (a bulk string's value, a status line, an integer's digits). */
		String ask(String... words) throws IOException {
			StringBuilder command = new StringBuilder("*" + words.length + "\r\n");
			for (String w : words) {
				command.append('$').append(w.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(w).append("\r\n");
			}
			out.write(command.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			String line = in.readLine();
			if (line == null) {
				throw new IOException("the server closed the connection");
			}
			return switch (line.charAt(0)) {
			case '$' -> line.equals("$-1") ? null : in.readLine();
			case ':' -> line.substring(1);
			default -> line;
			};
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.protocol.Json;

/**
 * A source agent keeps its session to a target between migrations (opened during the first one's pre-flight), and
 * replaces it when it died. Seen from outside, in the source host's own network namespace: its established TCP
 * connections to the target agent's port (/proc/net/tcp). After a migration one is left, the pooled session; the
 * next migration to that target uses the same one (same local port, and still only one); after the target's agent
 * was killed and started again, the next migration still ends DONE, over a new connection.
 */
class PeerSessionPoolTest {

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		hosts = new DemoHosts(home, 2);
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	@Test
	void aSourceReusesItsSessionToATargetAndReplacesADeadOne() throws Exception {
		CounterProcess counter;
		try (AgentConnection one = hosts.connect("citest1")) {
			counter = new CounterProcess(one, files, "pool", 16);
		}
		int count = counter.assertKeepsCounting(3);
		HostEntry target = hosts.host("citest2");

		migrate(counter.pid, "citest1", "citest2");
		Set<Integer> first = connections("citest1", target);
		assertEquals(1, first.size(), "the pooled session to citest2 stays open after the migration: " + first);
		count = counter.assertKeepsCounting(count);

		migrate(counter.pid, "citest2", "citest1");
		migrate(counter.pid, "citest1", "citest2");
		Set<Integer> second = connections("citest1", target);
		assertEquals(first, second, "the second migration to citest2 went over the same session (same local port)");
		count = counter.assertKeepsCounting(count);

		// the target's agent dies and comes back: the pooled session is dead, the next migration opens a new one
		migrate(counter.pid, "citest2", "citest1");
		hosts.killAgent("citest2");
		hosts.restartAgent("citest2");
		migrate(counter.pid, "citest1", "citest2");
		Set<Integer> third = connections("citest1", target);
		assertEquals(1, third.size(), "one session to citest2 again: " + third);
		assertNotEquals(first, third, "a new connection replaced the dead one");
		count = counter.assertKeepsCounting(count);
		counter.assertMemoryIntact();
		try (AgentConnection two = hosts.connect("citest2")) {
			two.killTree(List.of(counter.pid));
		}
	}

	private static void migrate(int pid, String from, String to) throws Exception {
		JsonNode report = Json.newMapper().readTree(DemoHosts.cli("migrate", from, Integer.toString(pid), to, "--json"));
		assertEquals("DONE", report.path("outcome").asText(), report.toString());
	}

	/**
	 * The local ports of a host's established TCP connections to {@code target}'s agent, as its network namespace
	 * lists them (/proc/net/tcp and tcp6: addresses in hex, IPv4 bytes in reverse order; state 01 is ESTABLISHED).
	 */
	private static Set<Integer> connections(String host, HostEntry target) throws Exception {
		Set<Integer> ports = Set.of();
		// the migration's own connection (its runner's) closes just after the command returns: at most 10 s
		for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(200)) {
			ports = established(host, target);
			if (ports.size() <= 1) {
				break;
			}
		}
		return ports;
	}

	private static Set<Integer> established(String host, HostEntry target) throws Exception {
		byte[] ip = InetAddress.getByName(target.address()).getAddress();
		String remote = String.format("%02X%02X%02X%02X:%04X", ip[3], ip[2], ip[1], ip[0], target.port());
		Set<Integer> ports = new TreeSet<>();
		// a JVM's sockets are IPv6 ones: an IPv4 peer shows in tcp6 as ::ffff:a.b.c.d (0000000000000000FFFF0000 + the same)
		for (String line : hosts.exec(host, "cat", "/proc/net/tcp", "/proc/net/tcp6").lines().toList()) {
			String[] f = line.trim().split("\\s+");
			if (f.length > 3 && (f[2].equals(remote) || f[2].equals("0000000000000000FFFF0000" + remote)) && f[3].equals("01")) {
				ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
			}
		}
		return ports;
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import drover.core.AgentConnection;
import drover.protocol.Json;

/**
 * While memory pages flow between two real agents (stop-and-copy streaming through CRIU's page server, then
 * post-copy with CRIU's lazy-pages daemon), nothing in either host's network namespace listens that another local
 * process could connect to: the test reads every listening TCP socket from /proc/net/tcp and /proc/net/tcp6 inside
 * both hosts again and again during the traffic, and finds none but what listened before the migration (the
 * agent's SSH port). A unix socket a CRIU process listens on (the lazy-pages daemon's, for its restore, in the
 * image directory), when the sampling sees it, is tried as user nobody, which must fail. Each migration still ends DONE with the process
 * counting on and its
 * memory intact.
 */
class PageChannelTest {

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
	void whileMemoryPagesFlowNoProcessFindsAPageChannelToConnectTo() throws Exception {
		CounterProcess counter;
		try (AgentConnection one = hosts.connect("citest1")) {
			counter = new CounterProcess(one, files, "page-channel", 400); // over 256 MB: its pages stream during the dump
		}
		int count = counter.assertKeepsCounting(3);
		Set<Integer> before1 = listening("citest1");
		Set<Integer> before2 = listening("citest2");

		Traffic there = migrate(counter.pid, "citest1", "citest2", "page-server", before1, before2);
		assertEquals("DONE", there.report.path("outcome").asText(), there.report.toString());
		count = counter.assertKeepsCounting(count);
		Traffic back = migrate(counter.pid, "citest2", "citest1", "lazy-pages", before1, before2, "--post-copy");
		assertEquals("DONE", back.report.path("outcome").asText(), back.report.toString());
		counter.assertKeepsCounting(count);
		counter.assertMemoryIntact();

		for (Traffic t : List.of(there, back)) {
			assertTrue(t.samplesDuringTraffic > 0, "the test looked while CRIU's page traffic ran (" + t.helper + "): " + t);
			assertTrue(t.newListeners.isEmpty(), "listening TCP sockets appeared during the migration: " + t.newListeners);
			assertTrue(t.unixConnects.stream().noneMatch(s -> s.endsWith("connected")), "nobody reached CRIU's socket: " + t.unixConnects);
			// refused by the kernel (python ran and its connect failed), not by a missing interpreter
			assertTrue(t.unixConnects.stream().allMatch(s -> s.contains("Error")), "each attempt really connected: " + t.unixConnects);
		}
		// the daemon listens for its restore only for a moment (the sampling may miss it); when seen, nobody else got in
		System.out.println("CRIU's unix listeners tried as nobody: " + back.unixConnects);
		try (AgentConnection one = hosts.connect("citest1")) {
			one.killTree(List.of(counter.pid));
		}
	}

	/** What one migration showed while its pages flowed. */
	record Traffic(JsonNode report, String helper, int samplesDuringTraffic, List<String> newListeners, List<String> unixConnects) {
	}

	private static Traffic migrate(int pid, String from, String to, String helper, Set<Integer> before1, Set<Integer> before2,
			String... flags) throws Exception {
		List<String> args = new ArrayList<>(List.of("migrate", from, Integer.toString(pid), to, "--json"));
		args.addAll(List.of(flags));
		CompletableFuture<String> run = CompletableFuture.supplyAsync(() -> DemoHosts.cli(args.toArray(String[]::new)));
		int during = 0;
		List<String> appeared = new ArrayList<>();
		List<String> tried = new ArrayList<>();
		while (!run.isDone()) {
			boolean traffic = false;
			for (String host : List.of("citest1", "citest2")) {
				String ps = hosts.exec(host, "ps", "-eo", "args");
				traffic |= ps.lines().anyMatch(l -> l.contains("criu") && l.contains(helper));
				Set<Integer> now = listening(host);
				now.removeAll(host.equals("citest1") ? before1 : before2);
				for (int port : now) {
					appeared.add(host + ":" + port + " " + connectAsNobody(host, "tcp", Integer.toString(port)));
				}
				for (String path : criuUnixListeners(host)) {
					String result = path + " " + connectAsNobody(host, "unix", path);
					if (!tried.contains(result)) {
						tried.add(result);
					}
				}
			}
			during += traffic ? 1 : 0;
		}
		return new Traffic(Json.newMapper().readTree(run.join()), helper, during, appeared, tried);
	}

	/** The ports with a TCP socket in LISTEN state in a host's network namespace (IPv4 and IPv6). */
	private static Set<Integer> listening(String host) throws Exception {
		Set<Integer> ports = new TreeSet<>();
		for (String line : hosts.exec(host, "cat", "/proc/net/tcp", "/proc/net/tcp6").lines().toList()) {
			String[] f = line.trim().split("\\s+");
			if (f.length > 3 && f[3].equals("0A") && f[1].contains(":")) {
				ports.add(Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16));
			}
		}
		return ports;
	}

	/** Paths of listening unix sockets that a CRIU process holds in a host (the lazy-pages daemon's). */
	private static List<String> criuUnixListeners(String host) throws Exception {
		// per CRIU process: the inodes of its sockets, matched in /proc/net/unix (listening: state 01 with a path); a
		// relative path (CRIU binds in its work directory) is made absolute with that process's cwd
		String out = hosts.exec(host, "sh", "-c", "for p in $(pgrep -f criu); do cwd=$(readlink /proc/$p/cwd); "
				+ "ls -l /proc/$p/fd 2>/dev/null | sed -n 's/.*socket:\\[\\([0-9]*\\)\\].*/\\1/p' | sort -u > /tmp/.pc-inodes-$$; "
				+ "awk -v cwd=\"$cwd\" 'NR==FNR {i[$1]=1; next} $6 == \"01\" && ($7 in i) && NF >= 8 "
				+ "{ if (substr($8, 1, 1) == \"/\") print $8; else if (substr($8, 1, 1) != \"@\") print cwd \"/\" $8 }' "
				+ "/tmp/.pc-inodes-$$ /proc/net/unix; done; rm -f /tmp/.pc-inodes-$$");
		return out.lines().filter(l -> l.startsWith("/")).toList();
	}

	/** Tries to connect as user nobody from inside the host: "refused: ..." or "connected". */
	private static String connectAsNobody(String host, String kind, String where) throws Exception {
		String code = kind.equals("tcp")
				? "import socket; s = socket.create_connection(('127.0.0.1', " + where + "), 2); print('connected')"
				: "import socket; s = socket.socket(socket.AF_UNIX); s.connect('" + where + "'); print('connected')";
		try {
			String out = hosts.exec(host, "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", code);
			return out.contains("connected") ? "connected" : "refused: " + out.trim();
		} catch (java.io.IOException e) {
			String message = String.valueOf(e.getMessage());
			return "refused: " + message.lines().reduce((a, b) -> b).orElse(message);
		}
	}
}

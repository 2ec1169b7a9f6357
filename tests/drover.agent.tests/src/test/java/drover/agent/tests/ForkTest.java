package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.model.OperationKind;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.RecordKind;

/**
 * A remote fork of a real in-memory key-value server (redis-server, persistence off) between two simulated hosts:
 * the original keeps its PID and serves, the copy on the target serves the same keys, and from then on writes to
 * one do not appear in the other. A client connection the original holds stays the original's; the copy has it
 * closed (--tcp-close), and the pre-flight said so before anything was touched.
 */
class ForkTest {

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
	void forksAKeyValueServerTheOriginalServesOnTheCopyHasTheSameKeysWritesStayApart() throws Exception {
		String a = hosts.host("citest1").address();
		String b = hosts.host("citest2").address();
		Path conf = files.resolve("redis.conf");
		Files.writeString(conf, "port 6379\nbind 0.0.0.0\nprotected-mode no\nsave \"\"\nappendonly no\ndaemonize no\n"
				+ "dir " + files + "\n");
		int pid;
		try (AgentConnection agent = hosts.connect("citest1")) {
			pid = agent.spawn(List.of("redis-server", conf.toString())).pid();
		}
		CatalogPrograms.awaitPort(a, 6379);
		StringBuilder sets = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			sets.append("SET key").append(i).append(" value").append(i).append("\r\n");
		}
		CatalogPrograms.talk(a, 6379, sets + "QUIT\r\n");
		try (Socket held = new Socket()) {
			// a client of the original, connected through the fork: it stays the original's
			held.connect(new InetSocketAddress(a, 6379), 3000);
			held.setSoTimeout(5000);
			assertEquals("+PONG", ask(held, "PING"));

			// without consent to its warnings the fork stops at pre-flight, naming what the copy cannot share
			String refused = DemoHostsCli.err("fork", "citest1", Integer.toString(pid), "citest2");
			assertTrue(refused.contains("closed in the copy (--tcp-close)") && refused.contains("REFUSED"), refused);
			assertTrue(refused.contains("opened for writing"), "a file the server writes is a warning: " + refused);
			String sameHost = DemoHostsCli.err("fork", "citest1", Integer.toString(pid), "citest1", "--accept-warnings");
			assertTrue(sameHost.contains("a fork onto the same host needs every PID of the tree free"), sameHost);

			String json = DemoHosts.cli("fork", "citest1", Integer.toString(pid), "citest2", "--accept-warnings", "--json");
			MigrationReport report = Json.newMapper().readValue(json, MigrationReport.class);
			assertEquals(Outcome.DONE, report.outcome, report.cause);
			assertEquals(RecordKind.FORK, report.kind);
			assertEquals(pid, report.restoredPid, "the copy has the original's PID on its host");
			assertTrue(report.criuFlags.contains("--tcp-close"), report.criuFlags.toString());
			assertTrue(report.differences.stream().anyMatch(d -> d.contains("closed in the copy")), report.differences.toString());
			assertTrue(report.downtimeMillis > 0 && report.downtimeMillis < 5000, "the original froze only for the dump: "
					+ report.downtimeMillis + " ms");

			// the original: same PID, still serving, its client still connected
			assertEquals("+PONG", ask(held, "PING"), "the original's client connection goes on");
			assertEquals("$7\r\nvalue42", ask(held, "GET key42") + "\r\n" + readLine(held));
			try (AgentConnection agent = hosts.connect("citest1")) {
				assertTrue(agent.inventory().processes().stream().anyMatch(p -> p.pid() == pid && p.name().startsWith("redis")
						&& !p.state().startsWith("T")), "the original runs on as PID " + pid);
			}
			// the copy: the same keys
			String copy = CatalogPrograms.talk(b, 6379, "DBSIZE\r\nGET key0\r\nGET key499\r\nQUIT\r\n");
			assertTrue(copy.startsWith(":500\r\n") && copy.contains("value0") && copy.contains("value499"), copy);
			// from the fork on, each its own
			CatalogPrograms.talk(a, 6379, "SET only-original 1\r\nDEL key1\r\nQUIT\r\n");
			CatalogPrograms.talk(b, 6379, "SET only-copy 2\r\nQUIT\r\n");
			String inCopy = CatalogPrograms.talk(b, 6379, "GET only-original\r\nGET key1\r\nGET only-copy\r\nQUIT\r\n");
			assertTrue(inCopy.startsWith("$-1\r\n$6\r\nvalue1\r\n$1\r\n2\r\n"), inCopy);
			String inOriginal = CatalogPrograms.talk(a, 6379, "GET only-copy\r\nGET key1\r\nGET only-original\r\nQUIT\r\n");
			assertTrue(inOriginal.startsWith("$-1\r\n$-1\r\n$1\r\n1\r\n"), inOriginal);

			// no image lingers; both agents keep the record, which the report file carries as a FORK
			try (AgentConnection a1 = hosts.connect("citest1"); AgentConnection b1 = hosts.connect("citest2")) {
				for (AgentConnection agent : List.of(a1, b1)) {
					assertTrue(agent.images().stream().noneMatch(i -> i.name().equals(report.id)), "no image left on "
							+ agent.host().name());
					assertTrue(agent.migrations().stream().anyMatch(r -> r.id.equals(report.id) && r.kind == RecordKind.FORK),
							"the record is kept on " + agent.host().name());
				}
			}
			Path reportFile = files.resolve("fork.xmi");
			DemoHosts.cli("report", "citest1", "-o", reportFile.toString());
			assertTrue(drover.core.report.ReportFiles.load(reportFile).getMigrations().stream()
					.anyMatch(m -> m.getId().equals(report.id) && m.getKind() == OperationKind.FORK), "the report has the fork");
			String listed = DemoHosts.cli("migrations", "citest1");
			assertTrue(listed.contains(report.id), listed);
		} finally {
			try (AgentConnection a1 = hosts.connect("citest1"); AgentConnection b1 = hosts.connect("citest2")) {
				a1.killTree(List.of(pid));
				if (b1.inventory().processes().stream().anyMatch(p -> p.pid() == pid)) {
					b1.killTree(List.of(pid));
				}
			}
		}
	}

	private static String ask(Socket socket, String command) throws Exception {
		OutputStream out = socket.getOutputStream();
		out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		return readLine(socket);
	}

	/** One reply line (without its CRLF); the socket's bytes are read one by one so nothing is buffered away. */
	private static String readLine(Socket socket) throws Exception {
		StringBuilder line = new StringBuilder();
		var in = socket.getInputStream();
		for (int c; (c = in.read()) >= 0;) {
			if (c == '\n') {
				break;
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}
}

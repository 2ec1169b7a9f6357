package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/** The inventory, fetched over a real SSH connection from a real agent, tells the truth about a real process. */
class InventoryTruthTest {

	@TempDir
	static Path dir;

	static LocalAgent agent;
	static Process fixture;
	static Map<String, String> ready = new HashMap<>();
	static Inventory inventory;

	@BeforeAll
	static void startFixtureAndScan() throws Exception {
		agent = new LocalAgent(dir);
		fixture = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), FixtureProcess.class.getName(), dir.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String line = new BufferedReader(new InputStreamReader(fixture.getInputStream())).readLine();
		assertNotNull(line, "the fixture process died before it was ready");
		for (String pair : line.substring("READY ".length()).split(" ")) {
			ready.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		try (AgentConnection connection = agent.connect()) {
			inventory = connection.inventory();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (fixture != null) {
			fixture.descendants().forEach(ProcessHandle::destroyForcibly);
			fixture.destroyForcibly().waitFor();
		}
		if (agent != null) {
			agent.close();
		}
	}

	static ProcessInfo process(int pid) {
		return inventory.processes().stream().filter(p -> p.pid() == pid).findFirst()
				.orElseThrow(() -> new AssertionError("process " + pid + " missing from the inventory"));
	}

	static <T extends ResourceInfo> List<T> resources(ProcessInfo p, Class<T> kind) {
		return p.resources().stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	int pid() {
		return Integer.parseInt(ready.get("pid"));
	}

	@Test
	void reportsTheProcessItself() {
		ProcessInfo p = process(pid());
		assertTrue(p.commandLine().contains(FixtureProcess.class.getName()), p.commandLine().toString());
		assertEquals(ProcessHandle.current().pid(), p.ppid());
		assertTrue(p.threads() > 1, "a JVM has several threads");
		assertTrue(p.residentMemory() > 1 << 20, "resident memory in bytes");
		assertNotNull(p.memory());
		assertTrue(p.memory().mappingCount() > 10 && p.memory().anonymousSize() > 0 && p.memory().mappedFiles() > 0);
		assertNotNull(p.user());
		assertEquals(null, p.readError());
		assertTrue(inventory.scanMillis() >= 0);
	}

	@Test
	void regularFileAtItsOffset() {
		ResourceInfo.File data = resources(process(pid()), ResourceInfo.File.class).stream()
				.filter(f -> f.path().equals(ready.get("data"))).findFirst().orElseThrow();
		assertEquals(FixtureProcess.OFFSET, data.offset());
		assertEquals(4096, data.size());
		assertFalse(data.deleted());
		assertEquals(2, data.flags() & 3, "opened read-write (O_RDWR)");
	}

	@Test
	void deletedFileIsMarkedDeleted() {
		ResourceInfo.File doomed = resources(process(pid()), ResourceInfo.File.class).stream()
				.filter(f -> f.path().equals(ready.get("doomed"))).findFirst().orElseThrow();
		assertTrue(doomed.deleted());
		assertTrue(doomed.target().endsWith(" (deleted)"));
	}

	@Test
	void pipeToItsChildWithBothEnds() {
		int child = Integer.parseInt(ready.get("child"));
		ProcessInfo childInfo = process(child);
		assertEquals(pid(), childInfo.ppid());
		ResourceInfo.Pipe readEnd = resources(childInfo, ResourceInfo.Pipe.class).stream().filter(p -> p.fd() == 0)
				.findFirst().orElseThrow(() -> new AssertionError("child's stdin is not a pipe"));
		assertFalse(readEnd.writeEnd());
		assertTrue(readEnd.peerPids().contains(pid()), "the child's pipe leads to its parent: " + readEnd);
		ResourceInfo.Pipe writeEnd = resources(process(pid()), ResourceInfo.Pipe.class).stream()
				.filter(p -> p.inode() == readEnd.inode()).findFirst().orElseThrow();
		assertTrue(writeEnd.writeEnd());
		assertTrue(writeEnd.peerPids().contains(child));
	}

	@Test
	void unixSocketPairAndListener() {
		List<ResourceInfo.UnixSocket> unix = resources(process(pid()), ResourceInfo.UnixSocket.class);
		ResourceInfo.UnixSocket listening = unix.stream().filter(u -> ready.get("sock").equals(u.path())).findFirst()
				.orElseThrow(() -> new AssertionError("no unix socket bound to " + ready.get("sock") + ": " + unix));
		assertEquals("LISTEN", listening.state());
		assertEquals("stream", listening.socketType());
		List<ResourceInfo.UnixSocket> connected = unix.stream().filter(u -> u.state().equals("CONNECTED")).toList();
		boolean pairFound = connected.stream().anyMatch(a -> connected.stream()
				.anyMatch(b -> a != b && a.peerInode() == b.inode() && b.peerInode() == a.inode()
						&& a.peerPids().contains(pid())));
		assertTrue(pairFound, "two connected unix sockets that are each other's peer: " + connected);
	}

	@Test
	void tcpListenerAndEstablishedConnection() {
		int port = Integer.parseInt(ready.get("port"));
		int clientPort = Integer.parseInt(ready.get("clientPort"));
		List<ResourceInfo.Tcp> tcp = resources(process(pid()), ResourceInfo.Tcp.class);
		assertTrue(tcp.stream().anyMatch(t -> t.state().equals("LISTEN") && t.localPort() == port
				&& t.localAddress().endsWith("127.0.0.1")), tcp.toString());
		ResourceInfo.Tcp outgoing = tcp.stream().filter(t -> t.localPort() == clientPort).findFirst().orElseThrow();
		assertEquals("ESTABLISHED", outgoing.state());
		assertEquals(port, outgoing.remotePort());
		assertTrue(outgoing.remoteAddress().endsWith("127.0.0.1"));
		assertTrue(tcp.stream().anyMatch(t -> t.state().equals("ESTABLISHED") && t.localPort() == port
				&& t.remotePort() == clientPort), "the accepted end: " + tcp);
		assertNotEquals(0, outgoing.inode());
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.cli.DroverCli;

/**
 * The CLI end to end against a real demo cluster: two simulated hosts, each in its own network, PID and
 * mount namespaces (this machine runs tests as root), each with a real agent reached over SSH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoClusterCliTest {

	@TempDir
	static Path home;

	record Run(int exit, String out, String err) {
	}

	static Run drover(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, out, new PrintWriter(err, true));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
	}

	static JsonNode json(Run run) throws Exception {
		assertEquals(0, run.exit(), run.err());
		return new ObjectMapper().readTree(run.out());
	}

	@BeforeAll
	static void up() {
		System.setProperty("drover.home", home.toString());
		Run up = drover("demo", "up", "2");
		assertEquals(0, up.exit(), up.out() + up.err());
		assertTrue(up.out().contains("simulated hosts (network, PID and mount namespaces)"),
				"as root the demo hosts are isolated: " + up.out());
	}

	@AfterAll
	static void down() {
		drover("demo", "down");
		System.clearProperty("drover.home");
	}

	@Test
	@Order(1)
	void hostsAnswerWithAWorkingCriu() throws Exception {
		JsonNode hosts = json(drover("hosts", "--json"));
		assertEquals(2, hosts.size());
		for (JsonNode host : hosts) {
			assertTrue(host.get("answers").asBoolean(), host.toString());
			assertTrue(host.get("criuCheckOk").asBoolean(), "criu check passes on the demo host: " + host);
			assertTrue(host.get("address").asText().startsWith("10.213.7.5"), host.toString());
		}
		Run text = drover("hosts");
		assertTrue(text.out().contains("citest1") && text.out().contains("up"), text.out());
	}

	@Test
	@Order(2)
	void eachHostHasItsOwnPidSpaceAndRunsWhatIsStartedOnIt() throws Exception {
		Run run = drover("demo", "run", "citest1", "--", "sleep", "4242");
		assertEquals(0, run.exit(), run.err());
		int pid = Integer.parseInt(run.out().trim());

		JsonNode envelope = json(drover("ps", "citest1", "--json"));
		assertTrue(envelope.get("ok").asBoolean());
		assertEquals(drover.protocol.Protocol.VERSION, envelope.get("protocol").asInt());
		JsonNode one = envelope.get("result");
		JsonNode two = json(drover("ps", "citest2", "--json")).get("result");
		JsonNode started = find(one, pid);
		assertEquals("sleep 4242", String.join(" ", iterate(started.get("commandLine"))));
		assertEquals(1, started.get("ppid").asInt(), "detached: re-parented to the host's PID 1");
		assertTrue(find(one, 1).get("name").asText().contains("tini"), "PID 1 of a demo host is its reaper");
		for (JsonNode p : two.get("processes")) {
			assertFalse(String.join(" ", iterate(p.get("commandLine"))).equals("sleep 4242"),
					"demo2 does not see demo1's processes");
		}
		assertTrue(one.get("processes").size() < 20, "a demo host sees only its own processes, not the machine's");

		Run tree = drover("ps", "citest1");
		assertEquals(0, tree.exit(), tree.err());
		assertTrue(tree.out().contains(pid + " sleep 4242"), tree.out());
		assertTrue(tree.out().contains("fd 0   dev  /dev/null"), tree.out());
	}

	@Test
	@Order(3)
	void badInputGetsAClearErrorNamingWhatToDo() {
		Run unknown = drover("ps", "nosuchhost");
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("Unknown host 'nosuchhost'") && unknown.err().contains("citest1"), unknown.err());
		Run badCommand = drover("demo", "run", "citest1", "--", "/no/such/program");
		assertEquals(1, badCommand.exit());
		assertTrue(badCommand.err().contains("Could not start /no/such/program"), badCommand.err());
	}

	@Test
	@Order(4)
	void downRemovesEverythingUpMade() throws Exception {
		Run down = drover("demo", "down");
		assertEquals(0, down.exit(), down.err());
		Process netns = new ProcessBuilder("ip", "netns", "list").start();
		String namespaces = new String(netns.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		netns.waitFor();
		assertFalse(namespaces.contains("drover-citest"), namespaces);
		assertFalse(Files.exists(home.resolve("demo")));
		assertTrue(drover("hosts").out().contains("No hosts yet"));
	}

	static JsonNode find(JsonNode inventory, int pid) {
		for (JsonNode p : inventory.get("processes")) {
			if (p.get("pid").asInt() == pid) {
				return p;
			}
		}
		throw new AssertionError("no process " + pid + " in " + inventory.get("hostName"));
	}

	static java.util.List<String> iterate(JsonNode array) {
		java.util.List<String> words = new java.util.ArrayList<>();
		array.forEach(w -> words.add(w.asText()));
		return words;
	}
}

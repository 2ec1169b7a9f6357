package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Without namespaces (not root, or asked for) the demo cluster runs its agents on loopback ports. */
class DemoLoopbackTest {

	@TempDir
	Path home;

	@AfterEach
	void restore() {
		DemoHostsCli.quiet("demo", "down");
		System.clearProperty("drover.demo.loopback");
		System.setProperty("drover.demo.prefix", "citest");
		System.setProperty("drover.demo.index", "40");
		System.clearProperty("drover.home");
	}

	@Test
	void agentsOnLoopbackAnswerAndGoAway() throws Exception {
		System.setProperty("drover.home", home.toString());
		System.setProperty("drover.demo.loopback", "true");
		System.setProperty("drover.demo.prefix", "lbtest");
		System.setProperty("drover.demo.index", "70");
		String up = DemoHosts.cli("demo", "up", "1");
		assertTrue(up.contains("on loopback"), up);
		JsonNode hosts = new ObjectMapper().readTree(DemoHosts.cli("hosts", "--json"));
		assertEquals(1, hosts.size());
		assertEquals("127.0.0.1", hosts.get(0).get("address").asText());
		assertEquals(22220 + 70 + 1, hosts.get(0).get("port").asInt());
		assertTrue(hosts.get(0).get("answers").asBoolean(), hosts.toString());
		JsonNode inventory = new ObjectMapper().readTree(DemoHosts.cli("ps", "lbtest1", "--json")).get("result");
		long self = ProcessHandle.current().pid();
		boolean seesUs = false;
		for (JsonNode p : inventory.get("processes")) {
			seesUs |= p.get("pid").asLong() == self;
		}
		assertTrue(seesUs, "a loopback agent sees this machine's processes, this test's JVM included");
		String down = DemoHosts.cli("demo", "down");
		assertTrue(down.contains("stopped lbtest1"), down);
		assertFalse(Files.exists(home.resolve("demo")));
	}
}

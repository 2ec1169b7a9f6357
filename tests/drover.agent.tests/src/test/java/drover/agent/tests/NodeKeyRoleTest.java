package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.protocol.Json;

/**
 * In a real demo cluster (simulated hosts in namespaces), one node's key on another node: it cannot spawn,
 * checkpoint, kill, resume or read the inventory there, and it still carries the migrations an operator starts
 * (stop-and-copy there, post-copy back, both run by the source agent with its node key). The target's audit log
 * names the node key on both the refusals and the migration's steps.
 */
class NodeKeyRoleTest {

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

	static String refusal(AgentConnection connection, String line) {
		try {
			connection.request(line);
		} catch (AgentException e) {
			return e.code() + ": " + e.getMessage();
		} catch (Exception e) {
			throw new AssertionError(line + ": " + e, e);
		}
		throw new AssertionError("another node's key was allowed: " + line);
	}

	@Test
	void aNodeKeyCannotActOnAnotherNodeButCarriesTheMigrationsAnOperatorStarts() throws Exception {
		KeyPair nodeKey = new SimpleGeneratorHostKeyProvider(hosts.demoDir().resolve("citest1").resolve("node_key")).loadKeys(null)
				.iterator().next();
		HostEntry target = hosts.host("citest2");
		String pinned = KeyUtils.getFingerPrint(hosts.client.pins().pinned(target.endpoint()));
		CounterProcess counter;
		try (AgentConnection one = hosts.connect("citest1")) {
			counter = new CounterProcess(one, files, "node-key-move");
		}
		// a process of citest2's own, at a PID far from the counter's (so the migration's PIDs stay free there)
		int bystander = hosts.takePid("citest2", 30_000);
		int before = counter.assertKeepsCounting(3);
		try (AgentClient asNode = new AgentClient(nodeKey); AgentConnection node = asNode.connect(target, pinned)) {
			assertEquals("citest2", node.hello().hostName(), "the handshake is open to it");
			for (String line : List.of("spawn -- id", "checkpoint " + bystander, "kill-tree " + bystander,
					"resume " + bystander, "inventory", "images", "history", "restore anything")) {
				String refused = refusal(node, line);
				assertTrue(refused.startsWith("forbidden"), line + " -> " + refused);
			}
		}
		assertTrue(hosts.exec("citest2", "kill", "-0", Integer.toString(bystander)).isEmpty(), "the bystander lives on");

		// the operator starts a migration; the source agent runs it, its node key doing every step on the target
		JsonNode there = Json.newMapper().readTree(DemoHosts.cli("migrate", "citest1", Integer.toString(counter.pid), "citest2", "--json"));
		assertEquals("DONE", there.path("outcome").asText(), there.toString());
		int after = counter.assertKeepsCounting(before);
		JsonNode back = Json.newMapper().readTree(DemoHosts.cli("migrate", "citest2", Integer.toString(counter.pid), "citest1",
				"--post-copy", "--json"));
		assertEquals("DONE", back.path("outcome").asText(), back.toString());
		counter.assertKeepsCounting(after);

		try (AgentConnection two = hosts.connect("citest2")) {
			List<JsonNode> history = two.history();
			assertTrue(history.stream().anyMatch(e -> e.path("phase").asText().equals("refused") && e.path("role").asText().equals("node")
					&& e.path("operation").asText().equals("spawn") && e.path("comment").asText().equals("drover-node")),
					"the refusals are audited with the node key");
			for (String step : List.of("receive-image", "restore")) {
				assertTrue(history.stream().anyMatch(e -> e.path("phase").asText().equals("end") && e.path("role").asText().equals("node")
						&& e.path("operation").asText().equals(step) && e.path("ok").asBoolean()), step + " ran as the node key: " + history);
			}
			two.killTree(List.of(bystander));
		}
		try (AgentConnection one = hosts.connect("citest1")) {
			one.killTree(List.of(counter.pid));
		}
	}
}

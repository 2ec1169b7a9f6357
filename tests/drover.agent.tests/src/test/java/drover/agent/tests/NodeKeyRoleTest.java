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
import drover.protocol.MigrationTicket;

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
						&& e.path("operation").asText().equals(step) && e.path("ok").asBoolean()),
						step + " ran as the node key: " + history);
			}
			two.killTree(List.of(bystander));
		}
		try (AgentConnection one = hosts.connect("citest1")) {
			one.killTree(List.of(counter.pid));
		}
	}

	/**
	 * A node key cannot get the first step of a migration (an incoming slot, which every later step needs) for a
	 * migration no operator started: not without a ticket, not with one it signed itself, not with the operator's
	 * fingerprint over its own signature, not with a genuine operator ticket for another target, nor with one that
	 * admitted another migration already. Every refusal is in the target's audit log; the genuine ticket's use names
	 * the operator there. Without a slot, the steps that follow are refused too.
	 */
	@Test
	void aNodeKeyGetsNoStepOfAMigrationWithoutTheOperatorsTicketForIt() throws Exception {
		KeyPair nodeKey = new SimpleGeneratorHostKeyProvider(hosts.demoDir().resolve("citest1").resolve("node_key")).loadKeys(null)
				.iterator().next();
		KeyPair operatorKey = drover.core.KeyToolkit.load(new drover.core.DroverHome(home).defaultKey());
		String operator = KeyUtils.getFingerPrint(operatorKey.getPublic());
		HostEntry target = hosts.host("citest2");
		String pinned = KeyUtils.getFingerPrint(hosts.client.pins().pinned(target.endpoint()));
		String other = KeyUtils.getFingerPrint(hosts.client.pins().pinned(hosts.host("citest1").endpoint()));
		long now = System.currentTimeMillis();
		String invented = "m-invented-" + Long.toHexString(now);
		try (AgentClient asNode = new AgentClient(nodeKey); AgentConnection node = asNode.connect(target, pinned)) {
			java.util.Map<String, String> attempts = new java.util.LinkedHashMap<>();
			attempts.put("no ticket", "");
			attempts.put("signed by the node itself", " --ticket " + MigrationTicket.sign(nodeKey,
					KeyUtils.getFingerPrint(nodeKey.getPublic()), pinned, 4242, now).encode());
			attempts.put("the operator's name over the node's signature", " --ticket "
					+ MigrationTicket.sign(nodeKey, operator, pinned, 4242, now).encode());
			attempts.put("the operator's ticket for another target", " --ticket "
					+ MigrationTicket.sign(operatorKey, operator, other, 4242, now).encode());
			attempts.put("garbage", " --ticket bm90LWEtdGlja2V0.AAAA");
			for (var attempt : attempts.entrySet()) {
				String refused = refusal(node, "incoming-slot " + invented + attempt.getValue());
				assertTrue(refused.startsWith("forbidden"), attempt.getKey() + " -> " + refused);
			}
			for (String step : List.of("receive-image " + invented, "page-server " + invented, "lazy-source " + invented,
					"restore " + invented + " --migration", "lazy-wait " + invented)) {
				String refused = refusal(node, step);
				assertTrue(refused.startsWith("forbidden") && refused.contains("takes part in no migration"), step + " -> " + refused);
			}
			// a genuine ticket admits the one migration it is first used for, and no other
			String genuine = MigrationTicket.sign(operatorKey, operator, pinned, 4242, now).encode();
			node.presentTicket(genuine);
			try (AutoCloseable slot = node.holdIncomingSlot(invented + "-a", event -> {
			})) {
				assertTrue(slot != null);
			}
			String reused = refusal(node, "incoming-slot " + invented + "-b --ticket " + genuine);
			assertTrue(reused.startsWith("forbidden") && reused.contains("used already"), reused);
		}
		try (AgentConnection two = hosts.connect("citest2")) {
			List<JsonNode> history = two.history();
			long refusals = history.stream()
					.filter(e -> e.path("phase").asText().equals("refused") && e.path("role").asText().equals("node")
							&& e.path("operation").asText().equals("incoming-slot"))
					.count();
			assertTrue(refusals >= 6, "every refused slot is audited with the node key: " + refusals);
			assertTrue(history.stream().anyMatch(e -> e.path("operation").asText().equals("ticket")
					&& e.toString().contains(invented + "-a") && e.toString().contains(operator)),
					"the admitted slot names the operator behind it: " + history);
		}
	}

	/**
	 * Once the target's ledger says a migration is over (its final record arrived, or it was aborted there), a node
	 * key may no longer name it: not delete its image, restore an image under its name, receive or page into it, or
	 * wait on its memory. Each refusal says why and is audited; {@code migration-status} still answers (a restarted
	 * source asks it), and the operator's key still restores the image the node key could not.
	 */
	@Test
	void aNodeKeyCannotNameAMigrationThatIsOverOnTheTarget() throws Exception {
		KeyPair nodeKey = new SimpleGeneratorHostKeyProvider(hosts.demoDir().resolve("citest1").resolve("node_key")).loadKeys(null)
				.iterator().next();
		HostEntry target = hosts.host("citest2");
		String pinned = KeyUtils.getFingerPrint(hosts.client.pins().pinned(target.endpoint()));
		CounterProcess moved;
		try (AgentConnection one = hosts.connect("citest1")) {
			moved = new CounterProcess(one, files, "node-key-ended-move");
		}
		moved.assertKeepsCounting(3);
		JsonNode there = Json.newMapper().readTree(DemoHosts.cli("migrate", "citest1", Integer.toString(moved.pid), "citest2", "--json"));
		assertEquals("DONE", there.path("outcome").asText(), there.toString());
		String done = there.path("id").asText();
		try (AgentConnection two = hosts.connect("citest2")) {
			// the source sends the final record just after its report is out: wait for the target's ledger to have it
			long deadline = System.currentTimeMillis() + 15_000;
			while (!two.migrationStatus(done).detail().contains("FINISHED") && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertTrue(two.migrationStatus(done).detail().contains("FINISHED"), "the target's ledger: " + two.migrationStatus(done));
		}

		// an aborted migration step on citest2 (the operator's restore as a step, then its abort), and an image
		// under the same name again: before, a node key could still restore it "as a step of" that migration
		String aborted = "m-ended-" + Long.toHexString(System.currentTimeMillis());
		CounterProcess second;
		try (AgentConnection two = hosts.connect("citest2")) {
			CounterProcess first = new CounterProcess(two, files, "node-key-ended-a");
			first.assertKeepsCounting(3);
			two.checkpoint(first.pid, aborted, "kill");
			two.restoreForMigration(aborted, false);
			two.migrationAbort(aborted);
			assertEquals(drover.protocol.TargetStatus.Copy.STOPPED, two.migrationStatus(aborted).copy());
			second = new CounterProcess(two, files, "node-key-ended-b");
			second.assertKeepsCounting(3);
			two.checkpoint(second.pid, aborted, "kill");
		}

		try (AgentClient asNode = new AgentClient(nodeKey); AgentConnection node = asNode.connect(target, pinned)) {
			for (String id : List.of(done, aborted)) {
				for (String step : List.of("delete-image " + id, "restore " + id + " --migration", "receive-image " + id,
						"page-server " + id, "lazy-source " + id, "lazy-wait " + id)) {
					String refused = refusal(node, step);
					assertTrue(refused.startsWith("forbidden") && refused.contains("is over on this node")
							&& refused.contains("migration-status"), step + " -> " + refused);
				}
			}
			for (String abort : List.of("migration-abort " + done, "abort-image " + done)) {
				String refused = refusal(node, abort);
				assertTrue(refused.startsWith("forbidden") && refused.contains("finished on this node"), abort + " -> " + refused);
			}
			assertEquals(drover.protocol.TargetStatus.Copy.RUNNING_COMPLETE, node.migrationStatus(done).copy(),
					"the status of a finished migration still answers for a node key");
			assertEquals(drover.protocol.TargetStatus.Copy.STOPPED, node.migrationStatus(aborted).copy());
		}
		moved.assertKeepsCounting(moved.assertConsecutive(moved.counter) + 2);
		try (AgentConnection two = hosts.connect("citest2")) {
			assertEquals(second.pid, two.restore(aborted).pid(), "the operator's key restores the image the node key could not");
			second.assertKeepsCounting(second.assertConsecutive(second.counter) + 2);
			List<JsonNode> history = two.history();
			for (String step : List.of("delete-image", "restore", "receive-image", "page-server", "lazy-wait")) {
				assertTrue(
						history.stream().anyMatch(e -> e.path("phase").asText().equals("refused") && e.path("role").asText().equals("node")
								&& e.path("operation").asText().equals(step) && e.toString().contains(aborted)
								&& e.toString().contains("is over")),
						step + " refused and audited: " + history.subList(Math.max(0, history.size() - 10), history.size()));
			}
			two.killTree(List.of(second.pid));
			two.killTree(List.of(moved.pid));
		}
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Roles from authorized_keys options, over real SSH against a real agent in its own process: what a viewer, an
 * operator (limited to some users' processes), an admin and another node's key may and may not do, what no key may
 * aim at (the agent, its threads, kernel threads), and that every refusal is audited with the key's fingerprint and
 * comment.
 */
class RolesTest {

	@TempDir
	static Path dir;
	static AgentProcess agent;
	static KeyPair admin;
	static KeyPair viewer;
	static KeyPair operator;
	static KeyPair nobodysOperator;
	static KeyPair node;
	static KeyPair legacyNode;

	@BeforeAll
	static void start() throws Exception {
		Path keys = dir.resolve("keys");
		admin = RawSsh.key(keys.resolve("admin"), "alice-admin");
		viewer = RawSsh.key(keys.resolve("viewer"), "victor-viewer");
		operator = RawSsh.key(keys.resolve("operator"), "olga-operator");
		nobodysOperator = RawSsh.key(keys.resolve("nobody-operator"), "nora-operator");
		node = RawSsh.key(keys.resolve("node"), "drover-node");
		legacyNode = RawSsh.key(keys.resolve("legacy-node"), "drover-node");
		String file = String.join("\n",
				"# no drover-role: an admin, as before roles existed",
				RawSsh.publicLine(keys.resolve("admin")),
				"drover-role=\"viewer\" " + RawSsh.publicLine(keys.resolve("viewer")),
				"drover-role=\"operator\" " + RawSsh.publicLine(keys.resolve("operator")),
				"drover-role=\"operator\",drover-users=\"nobody\" " + RawSsh.publicLine(keys.resolve("nobody-operator")),
				"drover-role=\"node\" " + RawSsh.publicLine(keys.resolve("node")),
				"# an older demo's node key: no role, but the node key's comment narrows it to a node",
				RawSsh.publicLine(keys.resolve("legacy-node")), "");
		agent = new AgentProcess(dir.resolve("state"), file);
	}

	@AfterAll
	static void stop() throws Exception {
		if (agent != null) {
			agent.close();
		}
	}

	static Process sleeper(String... asUser) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of(asUser));
		command.addAll(List.of("sleep", "300"));
		return new ProcessBuilder(command).start();
	}

	static void assertForbidden(RawSsh ssh, String line, String... words) throws IOException {
		RawSsh.Answer answer = ssh.exec(line);
		assertEquals("forbidden", answer.code(), line + " -> " + answer.out());
		assertEquals(1, answer.exit(), line);
		String message = answer.json().path("error").path("message").asText();
		for (String word : words) {
			assertTrue(message.contains(word), line + ": '" + word + "' not in: " + message);
		}
	}

	@Test
	void aViewerReadsButChangesNothing() throws Exception {
		Process root = sleeper();
		try (RawSsh ssh = new RawSsh(agent.port, viewer)) {
			assertTrue(ssh.exec("hello").ok());
			assertTrue(ssh.exec("inventory").ok());
			assertTrue(ssh.exec("images").ok());
			assertTrue(ssh.exec("history").ok());
			assertForbidden(ssh, "spawn -- id", "needs the role admin", "viewer");
			for (String line : List.of("kill-tree " + root.pid(), "checkpoint " + root.pid(), "resume " + root.pid(),
					"delete-image some-image", "restore some-image", "migrate '{\"pid\":" + root.pid() + "}'", "cancel mig-1",
					"record-migration '{}'", "receive-image x", "page-server x", "incoming-slot x", "evacuate '{}'",
					"evacuation-cancel evac-x-1", "evacuation-update evac-x-1 '{}'", "evacuation-record '{}'", "expect-image x",
					"schedule-checkpoint " + root.pid(), "schedule-cancel s-1")) {
				assertForbidden(ssh, line, "viewer");
			}
			assertTrue(root.isAlive(), "the viewer's kill-tree did nothing");
		} finally {
			root.destroyForcibly();
		}
	}

	@Test
	void aNodeKeyMayNotSpawnCheckpointKillResumeOrReadTheInventory() throws Exception {
		Process root = sleeper();
		try {
			for (KeyPair key : List.of(node, legacyNode)) {
				try (RawSsh ssh = new RawSsh(agent.port, key)) {
					for (String line : List.of("spawn -- id", "checkpoint " + root.pid(), "kill-tree " + root.pid(),
							"resume " + root.pid(), "images", "history", "migrate '{\"pid\":" + root.pid() + "}'",
							"push-image x --to 127.0.0.1:1 --host-key SHA256:x")) {
						assertForbidden(ssh, line, "only take part in migrations");
					}
					assertForbidden(ssh, "inventory", "only while a migration");
					assertForbidden(ssh, "restore some-image", "only as a step of a migration");
					for (String line : List.of("restore mig-unknown --migration", "delete-image some-image", "receive-image mig-unknown",
							"page-server mig-unknown", "lazy-source mig-unknown 1234")) {
						assertForbidden(ssh, line, "no migration named");
					}
					// what a migration's target steps need stays open
					assertTrue(ssh.exec("hello").ok());
					assertTrue(ssh.exec("migration-status mig-unknown").ok());
					assertTrue(ssh.exec("preflight-target " + root.pid()).ok());
				}
			}
			assertTrue(root.isAlive());
		} finally {
			root.destroyForcibly();
		}
	}

	@Test
	void anOperatorMayNotSpawnAndTouchesOnlyItsUsersProcesses() throws Exception {
		Process root = sleeper();
		Process nobodys = sleeper("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
		try {
			try (RawSsh ssh = new RawSsh(agent.port, operator)) {
				assertForbidden(ssh, "spawn -- id", "needs the role admin", "operator");
				// launch starts a program of the caller's choosing too (with an address of its own): admin only, as spawn
				assertForbidden(ssh, "launch --address 10.213.7.199/24 -- id", "needs the role admin", "operator");
			}
			try (RawSsh ssh = new RawSsh(agent.port, nobodysOperator)) {
				assertForbidden(ssh, "kill-tree " + root.pid(), "belongs to user root", "nobody");
				assertForbidden(ssh, "checkpoint " + root.pid(), "belongs to user root");
				assertForbidden(ssh, "restore some-image", "cannot be checked");
				assertTrue(root.isAlive());
				RawSsh.Answer kill = ssh.exec("kill-tree " + nobodys.pid());
				assertTrue(kill.ok(), kill.out());
				assertTrue(nobodys.waitFor(10, TimeUnit.SECONDS), "the process of user nobody was killed");
			}
		} finally {
			root.destroyForcibly();
			nobodys.destroyForcibly();
		}
	}

	@Test
	void requestsAimedAtTheAgentItsThreadsOrKernelThreadsAreRefused() throws Exception {
		try (RawSsh ssh = new RawSsh(agent.port, admin)) {
			long thread = agent.threadIds().get(agent.threadIds().size() / 2);
			assertForbidden(ssh, "kill-tree " + thread, "thread", "Drover agent");
			assertForbidden(ssh, "resume " + thread, "thread");
			assertForbidden(ssh, "checkpoint " + thread, "thread");
			assertForbidden(ssh, "kill-tree " + agent.pid(), "the Drover agent itself");
			assertForbidden(ssh, "checkpoint " + agent.pid(), "the Drover agent itself");
			assertForbidden(ssh, "kill-tree 2", "kernel thread");
			assertForbidden(ssh, "kill-tree 1", "init");
			assertForbidden(ssh, "kill-tree 0", "every process");
			assertForbidden(ssh, "kill-tree -1", "every process");
			assertForbidden(ssh, "migrate '{\"pid\":" + agent.pid() + ",\"target\":\"x\"}'", "the Drover agent itself");
			assertTrue(agent.process.isAlive(), "the agent lives");
			assertTrue(ssh.exec("hello").ok(), "and answers");
		}
	}

	@Test
	void refusalsAreAuditedWithTheKeysFingerprintAndComment() throws Exception {
		try (RawSsh ssh = new RawSsh(agent.port, viewer)) {
			assertForbidden(ssh, "spawn -- touch /tmp/should-not-exist", "viewer");
		}
		try (RawSsh ssh = new RawSsh(agent.port, admin)) {
			JsonNode history = ssh.exec("history").json().path("result");
			JsonNode last = null;
			for (JsonNode entry : history) {
				if (entry.path("phase").asText().equals("refused") && entry.path("operation").asText().equals("spawn")
						&& entry.path("comment").asText().equals("victor-viewer")) {
					last = entry;
				}
			}
			assertTrue(last != null, "the refusal is in the audit log: " + history);
			assertEquals(KeyUtils.getFingerPrint(viewer.getPublic()), last.path("key").asText());
			assertEquals("viewer", last.path("role").asText());
			assertEquals("tester", last.path("user").asText(), "the claimed SSH user is kept, as a claim");
			assertTrue(last.path("result").asText().contains("needs the role admin"));
		}
	}

	@Test
	void fromExpiryAndOptionsDroverCannotHonourDecideWhoLogsIn(@TempDir Path own) throws Exception {
		Path keys = own.resolve("keys");
		String[] names = { "wrong-net", "loopback-net", "all-but-loopback", "expired", "bad-role", "forced-command", "future" };
		String[] options = { "from=\"10.9.9.0/24\" ", "from=\"127.0.0.0/8\",restrict ", "from=\"!127.0.0.1,*\" ",
				"expiry-time=\"20200101\" ", "drover-role=\"superuser\" ", "command=\"id\" ", "expiry-time=\"29990101Z\" " };
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			RawSsh.key(keys.resolve(names[i]), names[i]);
			file.append(options[i]).append(RawSsh.publicLine(keys.resolve(names[i]))).append('\n');
		}
		try (AgentProcess own2 = new AgentProcess(own.resolve("state"), file.toString())) {
			for (String refused : List.of("wrong-net", "all-but-loopback", "expired", "bad-role", "forced-command")) {
				KeyPair key = RawSsh.key(keys.resolve(refused), refused);
				assertThrows(IOException.class, () -> new RawSsh(own2.port, key).close(), refused + " must not log in");
			}
			for (String accepted : List.of("loopback-net", "future")) {
				try (RawSsh ssh = new RawSsh(own2.port, RawSsh.key(keys.resolve(accepted), accepted))) {
					assertTrue(ssh.exec("hello").ok(), accepted);
				}
			}
			assertTrue(own2.output.toString().contains("superuser"), "the refused line is named in the agent's log: " + own2.output);
		}
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.AgentConnection;
import drover.core.HostRegistry;
import drover.protocol.AuditChain;

/**
 * The audit log is numbered, hash-chained and written before an operation starts: {@code drover history HOST
 * --verify} finds a changed, removed or replaced entry at the right place, the lines an older agent wrote are covered
 * too, and a request the agent cannot audit is not done.
 */
class AuditChainTest {

	@TempDir
	Path dir;

	@AfterEach
	void clear() {
		System.clearProperty("drover.home");
	}

	LocalAgent agentWithCli() throws Exception {
		LocalAgent agent = new LocalAgent(dir);
		try (AgentConnection first = agent.connect()) {
			first.hello(); // pins its host key for the CLI
		}
		new HostRegistry(agent.home).put(agent.host());
		System.setProperty("drover.home", agent.dir.resolve("home").toString());
		return agent;
	}

	static List<String> lines(Path file) throws Exception {
		return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	@Test
	void aTamperedAuditLogFailsVerifyAtTheRightEntry() throws Exception {
		try (LocalAgent agent = agentWithCli()) {
			int pid;
			try (AgentConnection c = agent.connect()) {
				pid = c.spawn(List.of("sleep", "100")).pid();
				c.killTree(List.of(pid));
				assertEquals("forbidden", assertFails(() -> c.request("kill-tree 1")));
				assertEquals("no-such-process", assertFails(() -> c.request("checkpoint 999999999")));
			}
			Path log = agent.stateDir.resolve("audit.jsonl");
			List<String> good = lines(log);
			// spawn: begin+end, kill-tree: begin+end, a refusal, checkpoint: begin+end
			assertEquals(7, good.size(), String.join("\n", good));
			ObjectMapper json = new ObjectMapper();
			List<String> phases = good.stream().map(l -> read(json, l).path("phase").asText()).toList();
			assertEquals(List.of("begin", "end", "begin", "end", "refused", "begin", "end"), phases);
			assertEquals(1, read(json, good.get(1)).path("begin").asInt(), "an end names its begin");
			String ok = DemoHosts.cli("history", "test-node", "--verify");
			assertTrue(ok.contains("holds: 7 chained entries") && ok.contains("the last is 7"), ok);

			// an entry changed: "ok":true becomes false
			List<String> changed = new ArrayList<>(good);
			changed.set(3, changed.get(3).replace("\"ok\":true", "\"ok\":false"));
			Files.write(log, changed);
			String err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry 4 (line 4)") && err.contains("content was changed"), err);

			// an entry removed
			List<String> removed = new ArrayList<>(good);
			removed.remove(2);
			Files.write(log, removed);
			err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry 4 (line 3)") && err.contains("entries were removed"), err);

			// an entry replaced by one with a correct hash of its own: the next one no longer points to it
			List<String> replaced = new ArrayList<>(good);
			String line = replaced.get(4);
			String body = line.substring(0, line.indexOf(",\"hash\":")) + "}";
			replaced.set(4, AuditChain.seal(body.replace("\"ok\":false", "\"ok\":true")));
			Files.write(log, replaced);
			err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry 6 (line 6)") && err.contains("entry 5 was replaced"), err);

			Files.write(log, good);
			assertTrue(DemoHosts.cli("history", "test-node", "--verify").contains("holds"));
			String shown = DemoHosts.cli("history", "test-node");
			assertTrue(shown.contains("REFUSED") && shown.contains("test-operator"), "history shows the key's comment: " + shown);
		}
	}

	@Test
	void linesAnOlderAgentWroteAreCoveredByTheChain() throws Exception {
		Path state = dir.resolve("agent");
		Files.createDirectories(state);
		List<String> legacy = List.of("{\"time\":\"2025-01-01T00:00:00Z\",\"user\":\"root\",\"operation\":\"spawn\",\"ok\":true}",
				"{\"time\":\"2025-01-01T00:00:01Z\",\"user\":\"root\",\"operation\":\"kill\",\"ok\":true}");
		Files.write(state.resolve("audit.jsonl"), legacy);
		try (LocalAgent agent = agentWithCli(); AgentConnection c = agent.connect()) {
			c.killTree(List.of(c.spawn(List.of("sleep", "100")).pid()));
			String ok = DemoHosts.cli("history", "test-node", "--verify");
			assertTrue(ok.contains("holds: 4 chained entries (after 2 older unchained lines)"), ok);
			List<String> lines = lines(agent.stateDir.resolve("audit.jsonl"));
			lines.set(0, lines.get(0).replace("spawn", "hello"));
			Files.write(agent.stateDir.resolve("audit.jsonl"), lines);
			String err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry 1 (line 3)") && err.contains("the lines before it were changed"), err);
		}
	}

	@Test
	void anOperationThatCannotBeAuditedIsRefused() throws Exception {
		Path state = dir.resolve("agent");
		Files.createDirectories(state.resolve("audit.jsonl")); // a directory where the log should be: nothing can be written
		Path marker = dir.resolve("spawned-anyway");
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection c = agent.connect()) {
			String code = assertFails(() -> c.request("spawn -- touch " + marker));
			assertEquals("audit-failed", code);
			assertTrue(c.hello().hostName().equals("test-node"), "reads go on");
		}
		Thread.sleep(300);
		assertFalse(Files.exists(marker), "the command never ran");
	}

	interface Call {
		Object run() throws Exception;
	}

	static String assertFails(Call call) {
		try {
			call.run();
		} catch (drover.core.AgentException e) {
			return e.code();
		} catch (Exception e) {
			throw new AssertionError("expected an agent error, got " + e, e);
		}
		throw new AssertionError("the request succeeded");
	}

	static JsonNode read(ObjectMapper json, String line) {
		try {
			return json.readTree(line);
		} catch (Exception e) {
			throw new AssertionError(line, e);
		}
	}

	/**
	 * Past its size cap the log rotates: the current file becomes audit.jsonl.1 (the older ones move up, the oldest
	 * beyond the kept number is dropped) and the chain goes on in the new file. {@code history --verify} checks the
	 * kept files as one chain, saying from which entry on (the rotation recorded what it dropped); an entry changed in
	 * a rotated file breaks it there, and so does a kept file removed by hand (no rotation says it was dropped).
	 */
	@Test
	void theAuditLogRotatesBySizeAndVerifiesAsOneChainAcrossItsFiles() throws Exception {
		System.setProperty("drover.agent.auditMaxBytes", "3000");
		System.setProperty("drover.agent.auditFiles", "2");
		try (LocalAgent agent = agentWithCli()) {
			try (AgentConnection c = agent.connect()) {
				for (int i = 0; i < 60; i++) {
					assertEquals("forbidden", assertFails(() -> c.request("kill-tree 1"))); // one refused entry each
				}
			}
			Path log = agent.stateDir.resolve("audit.jsonl");
			Path one = log.resolveSibling("audit.jsonl.1");
			Path two = log.resolveSibling("audit.jsonl.2");
			assertTrue(Files.exists(one) && Files.exists(two), "two rotated files are kept");
			assertFalse(Files.exists(log.resolveSibling("audit.jsonl.3")), "no third one");
			for (Path file : List.of(log, one, two)) {
				assertTrue(Files.size(file) < 3000 + 1000, file + " stays near the cap: " + Files.size(file));
			}
			ObjectMapper json = new ObjectMapper();
			assertTrue(lines(log).get(0).contains("\"operation\":\"audit-rotate\""), "the new file starts with the rotation");
			long firstKept = read(json, lines(two).get(0)).path("seq").asLong();
			assertTrue(firstKept > 1, "the oldest files were dropped: the kept ones start at entry " + firstKept);
			List<String> current = lines(log);
			long last = read(json, current.get(current.size() - 1)).path("seq").asLong();
			String ok = DemoHosts.cli("history", "test-node", "--verify");
			assertTrue(ok.contains("from entry " + firstKept) && ok.contains("the last is " + last), ok);

			// a changed entry in a rotated file breaks the chain there
			List<String> good = lines(one);
			List<String> changed = new ArrayList<>(good);
			changed.set(2, changed.get(2).replace("\"phase\":\"refused\"", "\"phase\":\"event\""));
			Files.write(one, changed);
			long changedSeq = read(json, good.get(2)).path("seq").asLong();
			String err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry " + changedSeq) && err.contains("content was changed"), err);
			Files.write(one, good);

			// the oldest kept file removed by hand: no rotation in the chain says its entries were dropped
			Files.delete(two);
			long firstOfOne = read(json, good.get(0)).path("seq").asLong();
			err = DemoHostsCli.err("history", "test-node", "--verify");
			assertTrue(err.contains("broken at entry " + firstOfOne) && err.contains("entries were removed"), err);
		} finally {
			System.clearProperty("drover.agent.auditMaxBytes");
			System.clearProperty("drover.agent.auditFiles");
		}
	}
}

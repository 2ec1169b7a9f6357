package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.Protocol;

/**
 * Thousands of malformed and hostile requests over one real SSH connection to an agent in its own process: random
 * text, every request name with random words, long lines, {@code ../} names, huge numbers, deeply nested JSON, bytes
 * on the input of a transfer. The agent keeps serving, every answer is exactly one JSON envelope, it leaks no
 * descriptor and no thread, and nothing outside its state directory changes. The key is an operator limited to a
 * user that owns no process, so no generated PID can touch a real process; a curated list runs as an admin.
 */
class HostileRequestsTest {

	@TempDir
	Path dir;

	static final List<String> REQUESTS = List.of(Protocol.HELLO, Protocol.INVENTORY, Protocol.SPAWN, Protocol.HELP, Protocol.PREFLIGHT,
			Protocol.PREFLIGHT_TARGET, Protocol.CHECKPOINT, Protocol.RESTORE, Protocol.IMAGES, Protocol.DELETE_IMAGE, Protocol.RESUME,
			Protocol.KILL_TREE, Protocol.PUSH_IMAGE, Protocol.RECEIVE_IMAGE, Protocol.PAGE_SERVER, Protocol.ABORT_IMAGE,
			Protocol.LAZY_SOURCE, Protocol.LAZY_FINISH, Protocol.LAZY_ABORT, Protocol.LAZY_WAIT, Protocol.HISTORY,
			Protocol.RECORD_MIGRATION, Protocol.MIGRATIONS, Protocol.MIGRATE, Protocol.WATCH, Protocol.CANCEL, Protocol.MIGRATION_STATUS,
			Protocol.MIGRATION_ABORT, Protocol.PROTECT_SOCKETS, Protocol.RELEASE_SOCKETS, Protocol.INCOMING_SLOT, "ps", "nonsense");

	static String hostileLine(Random random) {
		String line = anyLine(random);
		return line.trim().isEmpty() ? line + "-" : line; // a blank exec request never leaves an SSH client
	}

	static String anyLine(Random random) {
		return switch (random.nextInt(6)) {
		case 0 -> Fuzz.text(random, 2000);
		case 1 -> "x".repeat(random.nextInt(100_000));
		case 2 -> REQUESTS.get(random.nextInt(REQUESTS.size())) + " '" + FuzzTest.nested(random).replace("'", "") + "'";
		default -> {
			StringBuilder line = new StringBuilder(REQUESTS.get(random.nextInt(REQUESTS.size())));
			for (String word : FuzzTest.words(random)) {
				line.append(' ').append(random.nextInt(3) == 0 ? word : FuzzTest.quote(word));
			}
			yield line.toString();
		}
		};
	}

	/** Admin requests chosen to be hostile yet harmless: they must all be refused or fail cleanly. */
	static List<String> curated(AgentProcess agent) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String name : List.of("../../fuzz-escape", "..", ".", "/etc/passwd", "a/../../fuzz-escape", "-rf", "x\u0000y")) {
			for (String request : List.of("restore", "delete-image", "receive-image", "page-server", "migration-status",
					"migration-abort", "lazy-wait", "lazy-finish", "lazy-abort", "release-socket-paths", "incoming-slot", "watch",
					"cancel")) {
				lines.add(request + " " + FuzzTest.quote(name));
			}
		}
		for (long pid : List.of(0L, -1L, 1L, 2L, agent.pid(), agent.threadIds().get(0), 4_294_967_296L, Long.MAX_VALUE)) {
			for (String request : List.of("kill-tree", "resume", "checkpoint", "preflight")) {
				lines.add(request + " " + pid);
			}
			lines.add("migrate '{\"pid\":" + pid + ",\"targetName\":\"x\",\"targetAddress\":\"127.0.0.1\",\"targetPort\":1,"
					+ "\"targetHostKey\":\"SHA256:x\"}'");
		}
		lines.add("history --limit 99999999999999999999");
		lines.add("history --limit -5");
		lines.add("checkpoint 999999999 --name ../../fuzz-escape"); // above pid_max: never a real process
		lines.add("push-image ../../etc --to 127.0.0.1:1 --host-key SHA256:x");
		lines.add("record-migration '" + "[".repeat(3000) + "'");
		lines.add("migrate '" + "{\"a\":".repeat(3000) + "'");
		return lines;
	}

	static TreeSet<String> tree(Path root, Path except) throws IOException {
		TreeSet<String> paths = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(p -> !p.startsWith(except)).forEach(p -> {
				try {
					paths.add(
							root.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p) : "d"));
				} catch (IOException e) {
					paths.add(root.relativize(p) + " ?");
				}
			});
		}
		return paths;
	}

	@Test
	void thousandsOfHostileRequestsOverOneConnectionLeaveTheAgentServingAndUnchanged() throws Exception {
		KeyPair operator = RawSsh.key(dir.resolve("keys/operator"), "fuzz-operator");
		KeyPair admin = RawSsh.key(dir.resolve("keys/admin"), "fuzz-admin");
		String keys = "drover-role=\"operator\",drover-users=\"drover-fuzz-nobody\" " + RawSsh.publicLine(dir.resolve("keys/operator"))
				+ "\n" + RawSsh.publicLine(dir.resolve("keys/admin")) + "\n";
		Path state = dir.resolve("state");
		ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		int count = Integer.getInteger("drover.fuzz.live", 2000);
		long seed = Long.getLong("drover.fuzz.seed", System.nanoTime());
		try (AgentProcess agent = new AgentProcess(state, keys); RawSsh ssh = new RawSsh(agent.port, operator);
				RawSsh root = new RawSsh(agent.port, admin)) {
			for (int i = 0; i < 30; i++) { // warm up: lazily made threads and files exist before counting
				ssh.exec(hostileLine(new Random(i)));
				root.exec("hello");
			}
			Thread.sleep(500);
			int fds = agent.descriptors();
			int threads = agent.threads();
			TreeSet<String> outside = tree(dir, state);
			long started = System.nanoTime();
			int refused = 0;
			for (int i = 0; i < count; i++) {
				Random random = new Random(seed + i);
				String line = hostileLine(random);
				byte[] input = null;
				if (random.nextInt(5) == 0) {
					input = new byte[random.nextInt(4096)];
					random.nextBytes(input);
				}
				RawSsh.Answer answer = ssh.exec(line, input);
				refused += check(json, answer, "input " + i + " (seed " + seed + "): " + shown(line));
			}
			for (String line : curated(agent)) {
				RawSsh.Answer answer = root.exec(line);
				check(json, answer, "admin: " + line);
				assertTrue(!answer.json().path("ok").asBoolean() || line.startsWith("history") || line.startsWith("migration-status")
						|| line.startsWith("preflight") || line.startsWith("release-socket-paths") || line.startsWith("migration-abort")
						|| line.startsWith("cancel") || line.startsWith("incoming-slot") || line.startsWith("kill-tree 4294967296"),
						"a hostile request was carried out: " + line + " -> " + answer.out());
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("hostile requests: %,d random + %d curated over one connection in %,d ms, %d refused as forbidden%n",
					count, curated(agent).size(), millis, refused);
			assertTrue(ssh.exec("hello").ok() && root.exec("hello").ok(), "the agent keeps serving");
			assertTrue(agent.process.isAlive());
			// channels close asynchronously: give the descriptors and threads a moment to settle
			long deadline = System.nanoTime() + 15_000_000_000L;
			while ((agent.descriptors() > fds + 4 || agent.threads() > threads + 4) && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			assertTrue(agent.descriptors() <= fds + 4, "descriptors: " + fds + " before, " + agent.descriptors() + " after");
			assertTrue(agent.threads() <= threads + 4, "threads: " + threads + " before, " + agent.threads() + " after");
			assertEquals(outside, tree(dir, state), "nothing outside the state directory changed");
			for (Path top : List.of(Path.of("/"), Path.of("/tmp"), state.getParent(), state, state.resolve("images"))) {
				if (!Files.isDirectory(top)) {
					continue; // no image was ever made here
				}
				try (Stream<Path> list = Files.list(top)) {
					assertTrue(list.noneMatch(p -> p.getFileName().toString().contains("fuzz-escape")), "nothing escaped into " + top);
				}
			}
			String audit = Files.readString(state.resolve("audit.jsonl"), StandardCharsets.UTF_8);
			assertTrue(drover.protocol.AuditChain.verify(audit.lines().toList(), json).ok(), "the audit chain holds after it all");
		}
	}

	/** One answer: exactly one JSON envelope on stdout, exit status 0 or 1; 1 if it was a refusal of the key. */
	static int check(ObjectMapper json, RawSsh.Answer answer, String what) {
		JsonNode envelope;
		try {
			envelope = json.readTree(answer.out());
		} catch (IOException e) {
			throw new AssertionError("not one JSON envelope for " + what + ": '" + shown(answer.out()) + "' " + e.getMessage());
		}
		assertTrue(envelope != null && envelope.path("protocol").asInt() == Protocol.VERSION && envelope.has("ok"),
				what + " -> " + shown(answer.out()));
		assertTrue(envelope.path("ok").asBoolean() || envelope.path("error").path("code").isTextual(), what);
		assertTrue(answer.exit() != null && (answer.exit() == 0 || answer.exit() == 1), what + " exit " + answer.exit());
		assertTrue(!envelope.path("error").path("code").asText().equals("internal-error"),
				"the agent failed inside on " + what + ": " + answer.out());
		return envelope.path("error").path("code").asText().equals("forbidden") ? 1 : 0;
	}

	static String shown(String text) {
		String cut = text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + ")" : text;
		return cut.replaceAll("[^\\x20-\\x7e]", "?");
	}
}

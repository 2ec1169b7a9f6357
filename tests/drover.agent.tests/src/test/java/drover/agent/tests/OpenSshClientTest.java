package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An operator's ordinary OpenSSH client gets machine-readable answers; bad requests get clear errors. */
class OpenSshClientTest {

	@TempDir
	static Path dir;
	static LocalAgent agent;

	@BeforeAll
	static void start() throws Exception {
		agent = new LocalAgent(dir);
	}

	@AfterAll
	static void stop() throws Exception {
		agent.close();
	}

	record Result(int exit, String out, String err) {
		JsonNode json() throws Exception {
			return new ObjectMapper().readTree(out);
		}
	}

	static Result ssh(String... remote) throws Exception {
		return ssh(List.of("-i", agent.home.defaultKey().toString()), remote);
	}

	static Result ssh(List<String> options, String... remote) throws Exception {
		List<String> command = new ArrayList<>(List.of("ssh", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
				"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", Integer.toString(agent.agent.port())));
		command.addAll(options);
		command.add("operator@127.0.0.1");
		command.addAll(List.of(remote));
		Process p = new ProcessBuilder(command).start();
		p.getOutputStream().close();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		return new Result(p.exitValue(), out, err);
	}

	@Test
	void helloIsJsonWithVersionCapabilitiesAndCriuVerdict() throws Exception {
		Result r = ssh("hello");
		assertEquals(0, r.exit(), r.err());
		JsonNode json = r.json();
		assertTrue(json.get("ok").asBoolean());
		assertEquals(drover.protocol.Protocol.VERSION, json.get("protocol").asInt());
		JsonNode hello = json.get("result");
		assertEquals(drover.protocol.Protocol.VERSION, hello.get("protocolVersion").asInt());
		assertTrue(hello.get("capabilities").toString().contains("inventory"));
		assertTrue(hello.get("criu").has("checkOk"), "the CRIU verdict is part of the handshake");
		assertTrue(hello.get("host").get("memoryTotal").asLong() > 0);
		assertFalse(hello.get("host").get("kernel").asText().isEmpty());
	}

	@Test
	void inventoryOverOpenSsh() throws Exception {
		Result r = ssh("inventory");
		assertEquals(0, r.exit(), r.err());
		JsonNode processes = r.json().get("result").get("processes");
		long ownPid = ProcessHandle.current().pid();
		boolean found = false;
		for (JsonNode p : processes) {
			found |= p.get("pid").asLong() == ownPid;
		}
		assertTrue(found, "the test's own JVM is in the inventory");
	}

	@Test
	void unknownAndMalformedRequestsGetClearErrorsAndTheAgentKeepsServing() throws Exception {
		Result unknown = ssh("teleport", "42");
		assertEquals(1, unknown.exit());
		assertEquals("unknown-request", unknown.json().get("error").get("code").asText());
		assertTrue(unknown.json().get("error").get("hint").asText().contains("inventory"));
		assertTrue(unknown.err().contains("Unknown request 'teleport'"), unknown.err());

		Result malformed = ssh("spawn", "'unterminated");
		assertEquals(1, malformed.exit());
		assertEquals("bad-request", malformed.json().get("error").get("code").asText());

		Result noCommand = ssh("spawn");
		assertEquals("bad-request", noCommand.json().get("error").get("code").asText());

		Result extra = ssh("inventory", "--everything");
		assertEquals("bad-request", extra.json().get("error").get("code").asText());

		assertEquals(0, ssh("hello").exit(), "still serving after bad requests");
	}

	@Test
	void interactiveShellIsRefusedWithAMessage() throws Exception {
		Result r = ssh(List.of("-i", agent.home.defaultKey().toString(), "-T"));
		assertEquals(2, r.exit());
		assertTrue(r.err().contains("This is a Drover agent, not a shell"), r.err());
	}

	@Test
	void passwordsAreNotOffered() throws Exception {
		Result r = ssh(List.of("-o", "PreferredAuthentications=password,keyboard-interactive", "-o",
				"PubkeyAuthentication=no"), "hello");
		assertEquals(255, r.exit());
		assertTrue(r.err().contains("Permission denied (publickey)"), r.err());
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.channel.ChannelExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caps refuse with a clear error and the agent keeps serving: a request line over the cap, a key's sessions over
 * the cap (like OpenSSH's MaxSessions), a key's requests running at once over the cap.
 */
class CapsTest {

	@TempDir
	Path dir;

	@Test
	void sessionRequestAndLineCapsRefuseClearlyAndTheAgentKeepsServing() throws Exception {
		KeyPair key = RawSsh.key(dir.resolve("keys/admin"), "alice-admin");
		KeyPair other = RawSsh.key(dir.resolve("keys/other"), "bob-admin");
		try (AgentProcess agent = new AgentProcess(dir.resolve("state"), RawSsh.publicLine(dir.resolve("keys/admin")) + "\n"
				+ RawSsh.publicLine(dir.resolve("keys/other")) + "\n", "-Ddrover.agent.maxRequestLine=4096",
				"-Ddrover.agent.maxSessionsPerKey=3", "-Ddrover.agent.maxRequestsPerKey=2")) {
			List<RawSsh> sessions = new ArrayList<>();
			try {
				for (int i = 0; i < 3; i++) {
					sessions.add(new RawSsh(agent.port, key));
					assertTrue(sessions.get(i).exec("hello").ok());
				}
				// the line cap
				RawSsh.Answer longLine = sessions.get(0).exec("hello " + "x".repeat(5000));
				assertEquals("too-large", longLine.code(), longLine.out());
				assertTrue(longLine.json().path("error").path("message").asText().contains("at most 4096"));

				// the fourth session of one key
				try (RawSsh fourth = new RawSsh(agent.port, key)) {
					RawSsh.Answer busy = fourth.exec("hello");
					assertEquals("too-busy", busy.code(), busy.out());
					assertTrue(busy.json().path("error").path("message").asText().contains("maxSessionsPerKey"), busy.out());
				}
				try (RawSsh bob = new RawSsh(agent.port, other)) {
					assertTrue(bob.exec("hello").ok(), "another key is not held back by it");
				}

				// two requests held at once (incoming slots, held while their channel stays open), then a third
				List<ChannelExec> held = new ArrayList<>();
				for (String id : List.of("mig-a", "mig-b")) {
					ChannelExec channel = sessions.get(1).session.createExecChannel("incoming-slot " + id);
					channel.setOut(new ByteArrayOutputStream());
					channel.setErr(new ByteArrayOutputStream());
					channel.open().verify(Duration.ofSeconds(10));
					held.add(channel);
				}
				Thread.sleep(500);
				RawSsh.Answer third = sessions.get(2).exec("hello");
				assertEquals("too-busy", third.code(), third.out());
				assertTrue(third.json().path("error").path("message").asText().contains("maxRequestsPerKey"), third.out());
				for (ChannelExec channel : held) {
					channel.getInvertedIn().close(); // lets go of the slot
				}
				awaitOk(sessions.get(2));
			} finally {
				for (RawSsh s : sessions) {
					s.close();
				}
			}
			// once sessions close, the key may open new ones
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			boolean served = false;
			while (!served && System.nanoTime() < deadline) {
				try (RawSsh again = new RawSsh(agent.port, key)) {
					served = again.exec("hello").ok();
				}
				Thread.sleep(100);
			}
			assertTrue(served, "a closed session gives its place back");
		}
	}

	static void awaitOk(RawSsh ssh) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (ssh.exec("hello").ok()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the agent did not serve again after the held requests ended");
	}
}

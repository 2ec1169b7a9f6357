package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.KeyToolkit;

/** Public keys only, and host keys pinned: unknown keys and changed host keys are refused, never accepted silently. */
class SshSecurityTest {

	@TempDir
	Path dir;

	@Test
	void aKeyNotInAuthorizedKeysIsRefused() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			DroverHome stranger = new DroverHome(dir.resolve("stranger"));
			KeyToolkit.ensureKeyPair(stranger.defaultKey(), "stranger");
			try (AgentClient client = new AgentClient(stranger)) {
				AgentException e = assertThrows(AgentException.class,
						() -> client.connect(agent.host(), HostKeyPolicy.PIN_FIRST));
				assertEquals("auth-refused", e.code());
				assertTrue(e.hint().contains("authorized_keys"), e.hint());
			}
		}
	}

	@Test
	void anUnpinnedHostKeyIsRefusedByTheStrictPolicy() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			AgentException e = assertThrows(AgentException.class,
					() -> agent.client.connect(agent.host(), HostKeyPolicy.STRICT));
			assertEquals("host-key-unknown", e.code());
			assertTrue(e.getMessage().contains("SHA256:"), "the message shows the fingerprint: " + e.getMessage());
			assertTrue(e.hint().contains("drover hosts trust"), e.hint());
		}
	}

	@Test
	void aChangedHostKeyIsDetectedAndNotAccepted() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			HostEntry host = agent.host();
			try (AgentConnection first = agent.connect()) {
				first.hello(); // pins the key on first contact
			}
			PublicKey pinned = agent.client.pins().pinned(host.endpoint());
			assertNotNull(pinned);

			// The same address and port now answer with another host key (reinstall, or an impostor).
			agent.agent.close();
			Path otherState = dir.resolve("impostor");
			Files.createDirectories(otherState);
			Files.copy(agent.stateDir.resolve("authorized_keys"), otherState.resolve("authorized_keys"));
			agent.agent = Agent.start(AgentConfig.inStateDir("impostor", "127.0.0.1", host.port(), otherState, null));

			for (HostKeyPolicy policy : new HostKeyPolicy[] { HostKeyPolicy.STRICT, HostKeyPolicy.PIN_FIRST }) {
				AgentException e = assertThrows(AgentException.class, () -> agent.client.connect(host, policy));
				assertEquals("host-key-changed", e.code());
				assertTrue(e.getMessage().contains("CHANGED"), e.getMessage());
			}
			assertTrue(KeyUtils.compareKeys(pinned, agent.client.pins().pinned(host.endpoint())),
					"the pin is left as it was");

			// Only an explicit order replaces the pin.
			try (AgentConnection replaced = agent.client.connect(host, HostKeyPolicy.REPLACE)) {
				assertEquals("impostor", replaced.hello().hostName());
			}
			assertTrue(!KeyUtils.compareKeys(pinned, agent.client.pins().pinned(host.endpoint())));
		}
	}

	@Test
	void theHostKeyPersistsAcrossRestarts() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			HostEntry host = agent.host();
			try (AgentConnection first = agent.connect()) {
				first.hello();
			}
			agent.agent.close();
			agent.agent = Agent.start(AgentConfig.inStateDir("test-node", "127.0.0.1", host.port(), agent.stateDir, null));
			try (AgentConnection again = agent.client.connect(host, HostKeyPolicy.STRICT)) {
				assertEquals("test-node", again.hello().hostName());
			}
		}
	}
}

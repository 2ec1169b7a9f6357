package drover.agent.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.KeyToolkit;

/** A real agent on a loopback port, with an operator home whose key the agent trusts. */
final class LocalAgent implements AutoCloseable {

	final Path dir;
	final DroverHome home;
	final Path stateDir;
	Agent agent;
	final AgentClient client;

	LocalAgent(Path dir) throws IOException {
		this(dir, null);
	}

	/** With {@code criu} as the agent's CRIU (null: the one it finds itself). */
	LocalAgent(Path dir, Path criu) throws IOException {
		this.dir = dir;
		this.home = new DroverHome(dir.resolve("home"));
		this.stateDir = dir.resolve("agent");
		Files.createDirectories(stateDir);
		KeyToolkit.ensureKeyPair(home.defaultKey(), "test-operator");
		Files.writeString(stateDir.resolve("authorized_keys"), KeyToolkit.publicKeyLine(home.defaultKey()) + "\n");
		this.agent = Agent.start(AgentConfig.inStateDir("test-node", "127.0.0.1", 0, stateDir, criu));
		this.client = new AgentClient(home);
	}

	HostEntry host() {
		return new HostEntry("test-node", "127.0.0.1", agent.port(), "tester", null);
	}

	AgentConnection connect() throws IOException {
		return client.connect(host(), HostKeyPolicy.PIN_FIRST);
	}

	@Override
	public void close() throws IOException {
		client.close();
		agent.close();
	}
}

package drover.agent;

import java.nio.file.Path;

/**
 * Where an agent listens and keeps its state. {@code stateDir} holds the persistent host key, the audit log
 * and spawned processes' logs; {@code criu} may be null (then the agent looks for one itself).
 */
public record AgentConfig(String name, String listenAddress, int port, Path stateDir, Path authorizedKeys,
		Path hostKey, Path criu) {

	public AgentConfig {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not a TCP port (0-65535)");
		}
	}

	/** Where the agent logs (set up by its main; an operator's own logback configuration may say otherwise). */
	public Path logFile() {
		return stateDir.resolve(drover.agent.internal.AgentLogging.FILE_NAME);
	}

	public static AgentConfig inStateDir(String name, String listenAddress, int port, Path stateDir, Path criu) {
		return new AgentConfig(name, listenAddress, port, stateDir, stateDir.resolve("authorized_keys"),
				stateDir.resolve("host_key"), criu);
	}
}

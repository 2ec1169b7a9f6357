package drover.core.hosts;

import java.nio.file.Path;

/**
 * What an import needs besides the file. These inventories describe OpenSSH hosts, whose port is the SSH
 * server's (22, or whatever the node's sshd uses), not the Drover agent's: so by default every imported host
 * gets {@code agentPort} (the agent's default, 2222), and only {@code portFromFile} takes the file's
 * {@code Port}/{@code ansible_port} as the agent's port (for files written for the agents themselves). An
 * Ansible host or group variable {@code drover_agent_port} always wins.
 *
 * @param agentPort    port of the Drover agent on every imported host (unless the file says otherwise, see above)
 * @param portFromFile take the file's SSH port as the agent's port
 * @param defaultUser  user for hosts that name none (ssh and Ansible use the local user)
 * @param defaultKey   private key for hosts that name none; null: Drover's own key (~/.drover/keys/id_ecdsa)
 * @param userHome     what {@code ~} stands for in key paths
 * @param workingDir   what relative key paths are relative to
 */
public record ImportOptions(int agentPort, boolean portFromFile, String defaultUser, String defaultKey, Path userHome,
		Path workingDir) {

	/** The Drover agent's default port. */
	public static final int AGENT_PORT = 2222;

	public ImportOptions {
		if (agentPort <= 0 || agentPort > 65535) {
			throw new IllegalArgumentException("agent port " + agentPort + " is not a TCP port (1-65535)");
		}
	}

	/** Defaults of this process: agent port 2222, the local user, Drover's key, ~ and the current directory. */
	public static ImportOptions defaults() {
		return new ImportOptions(AGENT_PORT, false, System.getProperty("user.name"), null,
				Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath());
	}

	/** A key path as the operator wrote it, with {@code ~} expanded and made absolute. */
	String keyPath(String written) {
		if (written == null || written.isBlank()) {
			return defaultKey;
		}
		String path = written.strip();
		if (path.equals("~")) {
			return userHome.toString();
		}
		if (path.startsWith("~/")) {
			return userHome.resolve(path.substring(2)).toString();
		}
		return workingDir.resolve(path).normalize().toString();
	}
}

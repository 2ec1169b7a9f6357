package drover.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;

import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.auth.FileModes;
import drover.agent.internal.ssh.AgentSshServer;

/** One running agent: its SSH server and the handlers behind it. */
public final class Agent implements AutoCloseable {

	public static final String VERSION = "0.1.0";

	private final AgentConfig config;
	private final SshServer server;

	private Agent(AgentConfig config, SshServer server) {
		this.config = config;
		this.server = server;
	}

	public static Agent start(AgentConfig config) throws IOException {
		Files.createDirectories(config.stateDir());
		if (!Files.isRegularFile(config.authorizedKeys())) {
			throw new IOException("No authorized_keys file at " + config.authorizedKeys()
					+ ": put the operators' public keys there (one per line, OpenSSH format) and start the agent again.");
		}
		// Like OpenSSH's StrictModes: whoever may write these may give themselves root on this node.
		for (Path path : new Path[] { config.stateDir(), config.authorizedKeys(), config.authorizedKeys().getParent() }) {
			String unsafe = path == null ? null : FileModes.unsafe(path);
			if (unsafe != null) {
				throw new IOException("Refusing to start: " + unsafe + ".");
			}
		}
		FileModes.privateDir(config.stateDir()); // images, logs and the audit log are root's alone
		RequestDispatcher dispatcher = new RequestDispatcher(config);
		dispatcher.recover(); // what the previous agent left unfinished is settled (or picked up) first
		SshServer server = AgentSshServer.create(config, dispatcher);
		server.start();
		drover.agent.internal.WarmUp.start(); // a fresh agent's first migration would run its data path interpreted
		Agent agent = new Agent(config, server);
		agent.dispatcher = dispatcher;
		return agent;
	}

	/** The port actually bound (useful when the configuration asked for port 0). */
	public int port() {
		return server.getPort();
	}

	/** The host key as operators compare it: type and SHA-256 fingerprint, e.g. {@code ecdsa-sha2-nistp256 SHA256:...}. */
	public String hostKeyDescription() {
		try {
			for (java.security.KeyPair pair : server.getKeyPairProvider().loadKeys(null)) {
				return KeyUtils.getKeyType(pair.getPublic()) + " " + KeyUtils.getFingerPrint(pair.getPublic());
			}
			return "(none)";
		} catch (IOException | java.security.GeneralSecurityException e) {
			return "(unreadable: " + e.getMessage() + ")";
		}
	}

	public AgentConfig config() {
		return config;
	}

	/** The request dispatcher, whose background work (image sweep, checkpoint schedules) ends with the agent. */
	private drover.agent.internal.RequestDispatcher dispatcher;

	@Override
	public void close() throws IOException {
		server.stop(true);
		if (dispatcher != null) {
			dispatcher.close();
		}
	}
}

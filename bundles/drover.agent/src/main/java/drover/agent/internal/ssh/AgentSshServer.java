package drover.agent.internal.ssh;

import java.time.Duration;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import drover.agent.AgentConfig;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.auth.AuthorizedKeys;

/** Builds the configured SSHD server for one agent. */
public final class AgentSshServer {

	private AgentSshServer() {
	}

	public static SshServer create(AgentConfig config, RequestDispatcher dispatcher) {
		SshServer server = SshServer.setUpDefaultServer();
		server.setHost(config.listenAddress());
		server.setPort(config.port());
		// small requests answered at once (TCP_NODELAY) and bulk image data (AES-GCM, large windows)
		SshTuning.apply(server);
		SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(config.hostKey());
		hostKey.setAlgorithm(KeyUtils.EC_ALGORITHM);
		hostKey.setKeySize(256);
		server.setKeyPairProvider(hostKey);
		SessionLimits limits = new SessionLimits();
		server.addSessionListener(limits);
		server.setPublickeyAuthenticator(new KeyAuthenticator(new AuthorizedKeys(config.authorizedKeys()), limits));
		// OpenSSH-like bounds on what a client may hold before and after it authenticates
		CoreModuleProperties.AUTH_TIMEOUT.set(server, Duration.ofSeconds(30));
		CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, 6);
		CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(server, Integer.getInteger("drover.agent.maxChannelsPerSession", 64));
		// Public keys only: no passwords, no keyboard-interactive, no GSS, no host-based.
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setGSSAuthenticator(null);
		server.setHostBasedAuthenticator(null);
		// No port forwarding for anybody: memory pages travel on page channels (exec channels bound to one
		// migration, relayed to a socketpair CRIU holds), so nothing on this node listens for them.
		server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
		server.setCommandFactory((channel, command) -> new AgentCommand(command, dispatcher, limits));
		server.setShellFactory(channel -> new RefusingShell());
		return server;
	}
}

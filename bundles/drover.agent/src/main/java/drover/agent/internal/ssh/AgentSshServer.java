package drover.agent.internal.ssh;

import java.time.Duration;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.StaticDecisionForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import drover.agent.AgentConfig;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.auth.AuthorizedKeys;
import drover.agent.internal.auth.KeyIdentity;
import drover.agent.internal.auth.Role;

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
		// Port forwarding only for another agent's key (role node, without restrict), only as direct-tcpip to this
		// node's loopback, and only to a page server the agent itself started for a migration (a source agent streams
		// memory pages through it); remote forwarding only from an ephemeral loopback port (post-copy).
		server.setForwardingFilter(new StaticDecisionForwardingFilter(false) {
			@Override
			public boolean canConnect(TcpForwardingFilter.Type type, SshdSocketAddress address, Session session) {
				return nodeMayForward(session) && type == TcpForwardingFilter.Type.Direct
						&& SshdSocketAddress.isLoopback(address.getHostName())
						&& dispatcher.forwardAllowed(address.getPort());
			}

			// A post-copy source asks for a listener on this node's loopback (an ephemeral port) that leads back to
			// its memory pages; CRIU's lazy-pages daemon here fetches them through it. Nothing else may listen.
			@Override
			public boolean canListen(SshdSocketAddress address, Session session) {
				return nodeMayForward(session) && SshdSocketAddress.isLoopback(address.getHostName()) && address.getPort() == 0;
			}
		});
		server.setCommandFactory((channel, command) -> new AgentCommand(command, dispatcher, limits));
		server.setShellFactory(channel -> new RefusingShell());
		return server;
	}

	private static boolean nodeMayForward(Session session) {
		KeyIdentity key = session.getAttribute(KeyAuthenticator.IDENTITY);
		return key != null && key.role() == Role.NODE && key.forwarding();
	}
}

package drover.agent.internal.ssh;

import java.nio.file.Files;
import java.security.PublicKey;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.StaticDecisionForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

import drover.agent.AgentConfig;
import drover.agent.internal.RequestDispatcher;

/** Builds the configured SSHD server for one agent. */
public final class AgentSshServer {

	/** The fingerprint of the key that authenticated the session, for the audit log. */
	static final AttributeKey<String> KEY_FINGERPRINT = new AttributeKey<>();

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
		server.setPublickeyAuthenticator(recordingFingerprint(new AuthorizedKeysAuthenticator(config.authorizedKeys())));
		// Public keys only: no passwords, no keyboard-interactive, no GSS, no host-based.
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setGSSAuthenticator(null);
		server.setHostBasedAuthenticator(null);
		// Port forwarding only as direct-tcpip to this node's loopback, and only to a page server the agent
		// itself started for a migration (a source agent streams memory pages through it); remote forwarding
		// only from an ephemeral loopback port (post-copy).
		server.setForwardingFilter(new StaticDecisionForwardingFilter(false) {
			@Override
			public boolean canConnect(TcpForwardingFilter.Type type, SshdSocketAddress address, Session session) {
				return type == TcpForwardingFilter.Type.Direct && SshdSocketAddress.isLoopback(address.getHostName())
						&& dispatcher.forwardAllowed(address.getPort());
			}

			// A post-copy source asks for a listener on this node's loopback (an ephemeral port) that leads back to
			// its memory pages; CRIU's lazy-pages daemon here fetches them through it. Nothing else may listen.
			@Override
			public boolean canListen(SshdSocketAddress address, Session session) {
				return SshdSocketAddress.isLoopback(address.getHostName()) && address.getPort() == 0;
			}
		});
		server.setCommandFactory((channel, command) -> new AgentCommand(command, dispatcher));
		server.setShellFactory(channel -> new RefusingShell());
		return server;
	}

	private static PublickeyAuthenticator recordingFingerprint(PublickeyAuthenticator delegate) {
		return (String username, PublicKey key, ServerSession session) -> {
			boolean ok = Files.isRegularFile(((AuthorizedKeysAuthenticator) delegate).getPath())
					&& delegate.authenticate(username, key, session);
			if (ok) {
				session.setAttribute(KEY_FINGERPRINT, KeyUtils.getFingerPrint(key));
			}
			return ok;
		};
	}
}

package drover.agent.internal.ssh;

import java.nio.file.Files;
import java.security.PublicKey;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
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
		// Requests are small messages answered at once: without TCP_NODELAY each one waits on delayed ACKs.
		CoreModuleProperties.TCP_NODELAY.set(server, true);
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
		server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
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

package drover.core;

import java.io.IOException;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;

import drover.core.HostKeyPolicy.Decision;

/**
 * Opens SSH connections to agents. One client (one set of I/O threads) serves every connection; each
 * connection checks the agent's host key against the pins in the Drover home before it authenticates.
 */
public final class AgentClient implements AutoCloseable {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final AttributeKey<HostEntry> HOST = new AttributeKey<>();
	private static final AttributeKey<String> REFUSAL = new AttributeKey<>();

	private final DroverHome home;
	private final HostKeyStore pins;
	private final SshClient ssh;

	public AgentClient(DroverHome home) {
		this.home = home;
		this.pins = new HostKeyStore(home);
		this.ssh = SshClient.setUpDefaultClient();
		// requests are small and answered at once: do not let them wait on delayed ACKs
		CoreModuleProperties.TCP_NODELAY.set(ssh, true);
		ssh.start();
	}

	public DroverHome home() {
		return home;
	}

	public HostKeyStore pins() {
		return pins;
	}

	/** Connects and authenticates; the returned connection is ready for requests. */
	public AgentConnection connect(HostEntry host, HostKeyPolicy policy) throws IOException {
		KeyPair key = KeyToolkit.load(host.keyPath(home));
		ClientSession session;
		try {
			session = ssh.connect(host.user() == null ? "drover" : host.user(), host.address(), host.port())
					.verify(CONNECT_TIMEOUT).getSession();
		} catch (IOException e) {
			throw new AgentException("unreachable", "Cannot reach the agent of " + host.name() + " at "
					+ host.address() + ":" + host.port() + ": " + rootMessage(e) + ".",
					"Check the address and port, that the agent runs there ('drover-agent'), and the network.", e);
		}
		session.setAttribute(HOST, host);
		session.setServerKeyVerifier(verifier(policy));
		session.addPublicKeyIdentity(key);
		try {
			session.auth().verify(CONNECT_TIMEOUT);
		} catch (IOException e) {
			String refusal = session.getAttribute(REFUSAL);
			session.close(true);
			if (refusal != null) {
				throw new AgentException(refusal.startsWith("CHANGED") ? "host-key-changed" : "host-key-unknown",
						refusal.substring(refusal.indexOf(':') + 1).trim(), hintFor(host, refusal), e);
			}
			throw new AgentException("auth-refused", "The agent of " + host.name() + " refused the key "
					+ host.keyPath(home) + " (" + rootMessage(e) + ").",
					"Add its public key (" + host.keyPath(home) + ".pub) to the agent's authorized_keys.", e);
		}
		return new AgentConnection(host, session);
	}

	private static String hintFor(HostEntry host, String refusal) {
		return refusal.startsWith("CHANGED")
				? "If the agent's key was changed on purpose (reinstall), trust the new key with 'drover hosts trust "
						+ host.name() + " --replace'; otherwise someone may be impersonating the host."
				: "Check the fingerprint with the node's operator, then trust it with 'drover hosts trust " + host.name()
						+ "' (or accept it in the console).";
	}

	private ServerKeyVerifier verifier(HostKeyPolicy policy) {
		return (ClientSession session, SocketAddress remote, PublicKey presented) -> {
			HostEntry host = session.getAttribute(HOST);
			String fingerprint = KeyUtils.getFingerPrint(presented);
			try {
				PublicKey pinned = pins.pinned(host.endpoint());
				if (pinned != null && KeyUtils.compareKeys(pinned, presented)) {
					return true;
				}
				Decision decision = pinned == null ? policy.onUnknown(host, presented, fingerprint)
						: policy.onChanged(host, pinned, presented, fingerprint);
				if (decision == Decision.PIN) {
					pins.pin(host.endpoint(), presented);
					return true;
				}
				session.setAttribute(REFUSAL, pinned == null
						? "UNKNOWN: The host key of " + host.name() + " (" + host.endpoint() + ") is not trusted yet: "
								+ fingerprint + "."
						: "CHANGED: The host key of " + host.name() + " (" + host.endpoint() + ") CHANGED: it was "
								+ KeyUtils.getFingerPrint(pinned) + ", now " + fingerprint + ". Refused.");
				return false;
			} catch (IOException e) {
				session.setAttribute(REFUSAL, "UNKNOWN: Cannot check the host key of " + host.name() + ": " + e.getMessage());
				return false;
			}
		};
	}

	static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	@Override
	public void close() throws IOException {
		ssh.stop();
	}
}

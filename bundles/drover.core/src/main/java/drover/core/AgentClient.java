package drover.core;

import java.io.IOException;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;

import drover.core.HostKeyPolicy.Decision;

/**
 * Opens SSH connections to agents. One client (one set of I/O threads) serves every connection; each
 * connection checks the agent's host key against the pins in the Drover home before it authenticates.
 */
public final class AgentClient implements AutoCloseable {

	static final Duration CONNECT_TIMEOUT = drover.protocol.Timeouts.CONNECT.agent();

	/**
	 * What one connection attempt needs during the key exchange: the host, the policy, and the refusal the
	 * verifier leaves for {@link #connect} to explain. It travels as the connection context, so it is there
	 * before the first packet (a verifier set on the session after connect() could come too late).
	 */
	private static final class Attempt {
		final HostEntry host;
		final HostKeyPolicy policy;
		/** Set instead of a policy: the one key (SHA256 fingerprint) the host must present. */
		final String fingerprint;
		volatile String refusal;

		Attempt(HostEntry host, HostKeyPolicy policy, String fingerprint) {
			this.host = host;
			this.policy = policy;
			this.fingerprint = fingerprint;
		}
	}

	private static final AttributeKey<Attempt> ATTEMPT = new AttributeKey<>();

	private final DroverHome home;
	private final HostKeyStore pins;
	private final SshClient ssh;
	/** The key this client logs in with when it has no Drover home (an agent's node key). */
	private final KeyPair ownKey;

	public AgentClient(DroverHome home) {
		this(home, null);
	}

	/**
	 * A client that logs in with {@code key} and trusts only the host keys it is told ({@link #connect(HostEntry,
	 * String)}): an agent reaching another agent for a migration the operator started.
	 */
	public AgentClient(KeyPair key) {
		this(null, key);
	}

	private AgentClient(DroverHome home, KeyPair ownKey) {
		this.home = home;
		this.ownKey = ownKey;
		this.pins = home == null ? null : new HostKeyStore(home);
		this.ssh = SshClient.setUpDefaultClient();
		// requests are small and answered at once: do not let them wait on delayed ACKs
		CoreModuleProperties.TCP_NODELAY.set(ssh, true);
		ssh.setServerKeyVerifier(this::verify);
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
		return connect(host, new Attempt(host, policy, null));
	}

	/** Connects to an agent that must present the host key with {@code fingerprint} (SHA256:...), and no other. */
	public AgentConnection connect(HostEntry host, String fingerprint) throws IOException {
		return connect(host, new Attempt(host, null, fingerprint));
	}

	private AgentConnection connect(HostEntry host, Attempt attempt) throws IOException {
		KeyPair key = ownKey != null ? ownKey : KeyToolkit.load(host.keyPath(home));
		ClientSession session;
		try {
			session = ssh.connect(host.user() == null ? "drover" : host.user(), host.address(), host.port(),
					AttributeRepository.ofKeyValuePair(ATTEMPT, attempt)).verify(CONNECT_TIMEOUT).getSession();
		} catch (IOException e) {
			throw new AgentException("unreachable", "Cannot reach the agent of " + host.name() + " at "
					+ host.address() + ":" + host.port() + ": " + rootMessage(e) + ".",
					"Check the address and port, that the agent runs there ('drover-agent'), and the network.", e);
		}
		session.addPublicKeyIdentity(key);
		try {
			session.auth().verify(CONNECT_TIMEOUT);
		} catch (IOException e) {
			String refusal = attempt.refusal;
			session.close(true);
			if (refusal != null) {
				throw new AgentException(refusal.startsWith("CHANGED") ? "host-key-changed" : "host-key-unknown",
						refusal.substring(refusal.indexOf(':') + 1).trim(), hintFor(host, refusal), e);
			}
			throw new AgentException("auth-refused", "The agent of " + host.name() + " refused the key "
					+ (ownKey != null ? "of this node" : host.keyPath(home)) + " (" + rootMessage(e) + ").",
					ownKey != null ? "Add this node's key (its 'hello' answer has it as nodeKey) to that agent's authorized_keys."
							: "Add its public key (" + host.keyPath(home) + ".pub) to the agent's authorized_keys.",
					e);
		}
		AgentConnection connection = new AgentConnection(host, new SshTransport(host.name(), session));
		if (ownKey == null) { // an operator's key, not an agent's node key: it vouches for the migrations it starts
			connection.signTicketsWith(key);
		}
		return connection;
	}

	private static String hintFor(HostEntry host, String refusal) {
		return refusal.startsWith("CHANGED")
				? "If the agent's key was changed on purpose (reinstall), trust the new key with 'drover hosts trust "
						+ host.name() + " --replace'; otherwise someone may be impersonating the host."
				: "Check the fingerprint with the node's operator, then trust it with 'drover hosts trust " + host.name()
						+ "' (or accept it in the console).";
	}

	private boolean verify(ClientSession session, SocketAddress remote, PublicKey presented) {
		Attempt attempt = session.getConnectionContext() == null ? null : session.getConnectionContext().getAttribute(ATTEMPT);
		if (attempt == null) {
			return false; // not a connection made by connect(): trust nothing
		}
		HostEntry host = attempt.host;
		String fingerprint = KeyUtils.getFingerPrint(presented);
		if (attempt.fingerprint != null) {
			if (attempt.fingerprint.equals(fingerprint)) {
				return true;
			}
			attempt.refusal = "CHANGED: The host key of " + host.name() + " (" + host.endpoint() + ") is " + fingerprint
					+ ", not the pinned " + attempt.fingerprint + ". Refused.";
			return false;
		}
		try {
			PublicKey pinned = pins.pinned(host.endpoint());
			if (pinned != null && KeyUtils.compareKeys(pinned, presented)) {
				return true;
			}
			Decision decision = pinned == null ? attempt.policy.onUnknown(host, presented, fingerprint)
					: attempt.policy.onChanged(host, pinned, presented, fingerprint);
			if (decision == Decision.PIN) {
				pins.pin(host.endpoint(), presented);
				return true;
			}
			attempt.refusal = pinned == null
					? "UNKNOWN: The host key of " + host.name() + " (" + host.endpoint() + ") is not trusted yet: " + fingerprint + "."
					: "CHANGED: The host key of " + host.name() + " (" + host.endpoint() + ") CHANGED: it was "
							+ KeyUtils.getFingerPrint(pinned) + ", now " + fingerprint + ". Refused.";
			return false;
		} catch (IOException e) {
			attempt.refusal = "UNKNOWN: Cannot check the host key of " + host.name() + ": " + e.getMessage();
			return false;
		}
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

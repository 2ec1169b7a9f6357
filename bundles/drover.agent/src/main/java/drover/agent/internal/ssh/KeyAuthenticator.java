package drover.agent.internal.ssh;

import java.net.InetSocketAddress;
import java.security.PublicKey;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.auth.AuthorizedKeys;
import drover.agent.internal.auth.KeyIdentity;

/**
 * Public-key authentication against the agent's authorized_keys with its options (role, users, from=, expiry):
 * the accepted key's identity rides on the session for every request sent over it. The user name a client gives
 * is not looked at: who is calling is the key.
 */
final class KeyAuthenticator implements PublickeyAuthenticator {

	private static final Logger LOG = LoggerFactory.getLogger(KeyAuthenticator.class);

	static final AttributeKey<KeyIdentity> IDENTITY = new AttributeKey<>();

	private final AuthorizedKeys keys;
	private final SessionLimits limits;

	KeyAuthenticator(AuthorizedKeys keys, SessionLimits limits) {
		this.keys = keys;
		this.limits = limits;
	}

	@Override
	public boolean authenticate(String username, PublicKey key, ServerSession session) {
		var client = session.getClientAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
		AuthorizedKeys.Lookup lookup = keys.lookup(key, client);
		if (lookup.identity() == null) {
			LOG.info("refused a key from {}: {}", session.getClientAddress(), lookup.refusal());
			return false;
		}
		session.setAttribute(IDENTITY, lookup.identity());
		limits.authenticated(session, lookup.identity());
		return true;
	}
}

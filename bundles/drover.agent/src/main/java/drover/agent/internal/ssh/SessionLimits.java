package drover.agent.internal.ssh;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.auth.KeyIdentity;

/**
 * Caps on what clients may hold, in the spirit of OpenSSH's MaxStartups and MaxSessions: connections not yet
 * authenticated (beyond the cap they are dropped at once, as OpenSSH does), authenticated sessions per key and in
 * all, and requests running at once per key and in all. A session or request over a cap is answered with a
 * {@code too-busy} envelope that names the cap, so the client learns why; the agent keeps serving the others.
 */
final class SessionLimits implements SessionListener {

	private static final Logger LOG = LoggerFactory.getLogger(SessionLimits.class);

	static final int MAX_STARTUPS = Integer.getInteger("drover.agent.maxStartups", 10);
	static final int MAX_SESSIONS = Integer.getInteger("drover.agent.maxSessions", 128);
	static final int MAX_SESSIONS_PER_KEY = Integer.getInteger("drover.agent.maxSessionsPerKey", 32);
	static final int MAX_REQUESTS = Integer.getInteger("drover.agent.maxRequests", 256);
	static final int MAX_REQUESTS_PER_KEY = Integer.getInteger("drover.agent.maxRequestsPerKey", 64);

	/** Set on a session that is over a cap: why (its requests are answered with it). */
	static final AttributeKey<String> OVER_CAP = new AttributeKey<>();
	private static final AttributeKey<String> COUNTED_KEY = new AttributeKey<>();
	private static final AttributeKey<Boolean> COUNTED_UNAUTHENTICATED = new AttributeKey<>();

	private int unauthenticated;
	private int sessions;
	private final Map<String, Integer> sessionsPerKey = new HashMap<>();
	private final AtomicInteger requests = new AtomicInteger();
	private final Map<String, AtomicInteger> requestsPerKey = new HashMap<>();

	@Override
	public synchronized void sessionCreated(Session session) {
		if (unauthenticated >= MAX_STARTUPS) {
			LOG.warn("dropping a connection from {}: {} connections are not authenticated yet (drover.agent.maxStartups)",
					session.getRemoteAddress(), unauthenticated);
			session.close(true);
			return;
		}
		unauthenticated++;
		session.setAttribute(COUNTED_UNAUTHENTICATED, Boolean.TRUE);
	}

	/** Called by the authenticator once a key was accepted. */
	synchronized void authenticated(Session session, KeyIdentity key) {
		if (session.removeAttribute(COUNTED_UNAUTHENTICATED) != null) {
			unauthenticated--;
		}
		if (session.getAttribute(COUNTED_KEY) != null) {
			return; // a second accepted key on one session changes nothing
		}
		int perKey = sessionsPerKey.getOrDefault(key.fingerprint(), 0);
		if (sessions >= MAX_SESSIONS) {
			session.setAttribute(OVER_CAP, "the agent has " + sessions + " sessions open, its limit (drover.agent.maxSessions)");
		} else if (perKey >= MAX_SESSIONS_PER_KEY) {
			session.setAttribute(OVER_CAP, "the key " + key.describe() + " has " + perKey + " sessions open, its limit"
					+ " (drover.agent.maxSessionsPerKey)");
		} else {
			sessions++;
			sessionsPerKey.put(key.fingerprint(), perKey + 1);
			session.setAttribute(COUNTED_KEY, key.fingerprint());
		}
	}

	@Override
	public synchronized void sessionClosed(Session session) {
		if (session.removeAttribute(COUNTED_UNAUTHENTICATED) != null) {
			unauthenticated--;
		}
		String key = session.removeAttribute(COUNTED_KEY);
		if (key != null) {
			sessions--;
			sessionsPerKey.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
		}
	}

	/** A request may run: null, or why not (then nothing was counted). */
	synchronized String enterRequest(String key) {
		AtomicInteger perKey = requestsPerKey.computeIfAbsent(key == null ? "" : key, k -> new AtomicInteger());
		if (requests.get() >= MAX_REQUESTS) {
			return "the agent runs " + requests.get() + " requests at once, its limit (drover.agent.maxRequests)";
		}
		if (perKey.get() >= MAX_REQUESTS_PER_KEY) {
			return "this key runs " + perKey.get() + " requests at once, its limit (drover.agent.maxRequestsPerKey)";
		}
		requests.incrementAndGet();
		perKey.incrementAndGet();
		return null;
	}

	synchronized void leaveRequest(String key) {
		requests.decrementAndGet();
		AtomicInteger perKey = requestsPerKey.get(key == null ? "" : key);
		if (perKey != null && perKey.decrementAndGet() <= 0) {
			requestsPerKey.remove(key == null ? "" : key);
		}
	}

	synchronized int sessions() {
		return sessions;
	}
}

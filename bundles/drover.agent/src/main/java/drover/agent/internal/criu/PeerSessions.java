package drover.agent.internal.criu;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.sshd.client.session.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * Authenticated sessions to other agents, kept between migrations, so that no key exchange and no authentication
 * happens while a tree is frozen. A session is pooled under everything that made it trustworthy: the target's
 * address, the host key fingerprint it was checked against (a migration pinned to another key never gets it) and
 * the user this node's key logged in as. Reusing one grants nothing new: every request on it is still admitted by
 * the target on its own (node key, the migration's incoming slot and ticket).
 *
 * <p>{@link #prepare} opens a session ahead (a migration's pre-flight); {@link #lease} takes one, waiting for a
 * prepared one that is still opening. A session that closed (the target restarted, the link broke) is replaced on
 * the next lease; one that dies under a request that had not started is replaced once by {@link PeerPusher}. A bulk
 * lease (page stream) gets a session no other bulk transfer uses, since one session encrypts on one thread. Idle
 * sessions close after {@link #IDLE}, below the agents' SSH idle timeout.
 */
final class PeerSessions implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(PeerSessions.class);
	static final Duration IDLE = Duration.ofMinutes(Long.getLong("drover.agent.peerSessionIdleMinutes", 5));
	private static final Duration WAIT = Duration.ofSeconds(30);

	/** What a pooled session was made for, and so the only thing it is given out for again. */
	record Key(String target, String fingerprint, String user) {
	}

	/** Opens an authenticated session checked against the key's pinned fingerprint. */
	interface Opener {
		ClientSession open(Key key) throws IOException, RequestException;
	}

	/** A session in the pool and how busy it is. */
	private static final class Pooled {
		final CompletableFuture<ClientSession> session;
		int leases;
		int bulk;
		long lastUsed = System.nanoTime();
		long uses;

		Pooled(CompletableFuture<ClientSession> session) {
			this.session = session;
		}

		boolean dead() {
			if (!session.isDone()) {
				return false;
			}
			if (session.isCompletedExceptionally()) {
				return true;
			}
			ClientSession s = session.getNow(null);
			return s == null || !s.isOpen() || !s.isAuthenticated();
		}
	}

	/** A session taken from the pool; closing it gives it back (it stays open). */
	final class Lease implements AutoCloseable {
		private final Key key;
		private final Pooled pooled;
		private final boolean bulk;
		final ClientSession session;
		/** Whether this lease reuses a session that served earlier requests (or was prepared ahead). */
		final boolean reused;
		private boolean closed;

		private Lease(Key key, Pooled pooled, ClientSession session, boolean bulk, boolean reused) {
			this.key = key;
			this.pooled = pooled;
			this.session = session;
			this.bulk = bulk;
			this.reused = reused;
		}

		/** The session failed under this lease: it leaves the pool and closes. */
		void discard() {
			synchronized (PeerSessions.this) {
				remove(key, pooled);
			}
			session.close(true);
		}

		@Override
		public void close() {
			synchronized (PeerSessions.this) {
				if (closed) {
					return;
				}
				closed = true;
				pooled.leases--;
				pooled.bulk -= bulk ? 1 : 0;
				pooled.lastUsed = System.nanoTime();
			}
		}
	}

	private final Opener opener;
	private final Map<Key, List<Pooled>> pool = new ConcurrentHashMap<>();
	private boolean closed;

	PeerSessions(Opener opener) {
		this.opener = opener;
	}

	/**
	 * Starts opening a session to {@code key} with {@code ahead} unless the pool has one (open or opening); answers when
	 * it is ready (or failed: a lease then opens again and says why it cannot).
	 */
	synchronized CompletableFuture<ClientSession> prepare(Key key, Opener ahead) {
		sweep();
		for (Pooled p : pool.getOrDefault(key, List.of())) {
			if (!p.dead()) {
				return p.session;
			}
		}
		Pooled p = add(key, CompletableFuture.supplyAsync(() -> {
			try {
				return ahead.open(key);
			} catch (IOException | RequestException e) {
				throw new java.util.concurrent.CompletionException(e);
			}
		}, r -> Thread.ofVirtual().name("peer-session " + key.target()).start(r)));
		p.session.whenComplete((s, e) -> {
			if (e != null) {
				synchronized (this) {
					remove(key, p); // the next lease opens again, and says why it cannot
				}
			}
		});
		return p.session;
	}

	/** A session to {@code key}: a pooled one if it is alive, else a new one. {@code bulk}: not shared with another bulk lease. */
	Lease lease(Key key, boolean bulk) throws IOException, RequestException {
		Pooled chosen;
		boolean fresh = false;
		synchronized (this) {
			if (closed) {
				throw new IOException("the agent is stopping");
			}
			sweep();
			chosen = null;
			for (Pooled p : new ArrayList<>(pool.getOrDefault(key, List.of()))) {
				if (p.dead()) {
					remove(key, p);
					closeQuietly(p);
				} else if (!bulk || p.bulk == 0) {
					chosen = p;
					break;
				}
			}
			if (chosen == null) {
				chosen = add(key, new CompletableFuture<>()); // opened below, for this lease (others wait for it)
				fresh = true;
			}
			chosen.leases++;
			chosen.bulk += bulk ? 1 : 0;
		}
		ClientSession session;
		try {
			if (fresh) {
				try {
					chosen.session.complete(opener.open(key));
				} catch (IOException | RequestException | RuntimeException e) {
					chosen.session.completeExceptionally(e);
				}
			}
			session = chosen.session.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException | TimeoutException | InterruptedException e) {
			synchronized (this) {
				remove(key, chosen);
			}
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
			if (cause instanceof java.util.concurrent.CompletionException c && c.getCause() != null) {
				cause = c.getCause();
			}
			if (cause instanceof RequestException r) {
				throw r;
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "No session to the target agent at " + key.target() + ": " + cause,
					"Check the link and the target agent.");
		}
		synchronized (this) {
			chosen.uses++;
		}
		return new Lease(key, chosen, session, bulk, !fresh);
	}

	private Pooled add(Key key, CompletableFuture<ClientSession> session) {
		Pooled p = new Pooled(session);
		pool.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
		return p;
	}

	private void remove(Key key, Pooled p) {
		List<Pooled> list = pool.get(key);
		if (list != null) {
			list.remove(p);
			if (list.isEmpty()) {
				pool.remove(key);
			}
		}
	}

	/** Closes sessions nobody used for {@link #IDLE}, and extra idle ones beyond one per target. */
	private void sweep() {
		long now = System.nanoTime();
		for (var entry : new ArrayList<>(pool.entrySet())) {
			int idleKept = 0;
			for (Pooled p : new ArrayList<>(entry.getValue())) {
				boolean idle = p.leases == 0 && p.session.isDone();
				if (idle && (now - p.lastUsed > IDLE.toNanos() || p.dead() || idleKept++ >= 1)) {
					remove(entry.getKey(), p);
					closeQuietly(p);
				}
			}
		}
	}

	private static void closeQuietly(Pooled p) {
		ClientSession s = p.session.isCompletedExceptionally() ? null : p.session.getNow(null);
		if (s != null) {
			s.close(false);
		}
	}

	/** How many sessions the pool holds now (open or opening), for the log and tests' reasoning. */
	synchronized int size() {
		return pool.values().stream().mapToInt(List::size).sum();
	}

	@Override
	public synchronized void close() {
		closed = true;
		for (List<Pooled> list : pool.values()) {
			list.forEach(PeerSessions::closeQuietly);
		}
		pool.clear();
		LOG.debug("peer sessions closed");
	}
}

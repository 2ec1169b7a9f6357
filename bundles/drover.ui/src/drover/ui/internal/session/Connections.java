package drover.ui.internal.session;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;

/**
 * One {@link AgentClient} for the console and at most one open {@link AgentConnection} per host,
 * reused by every refresh. Also remembers which hosts the operator wants connected, so a job that
 * finishes after a disconnect does not bring the host back. Thread-safe; its blocking methods run
 * in jobs.
 */
final class Connections implements AutoCloseable {

	private final DroverHome home;
	private final Map<String, AgentConnection> open = new ConcurrentHashMap<>();
	private final Set<String> wanted = ConcurrentHashMap.newKeySet();
	private AgentClient client;

	Connections(DroverHome home) {
		this.home = home;
	}

	/** The SSH client, started on first use so a console that never connects starts no I/O threads. */
	synchronized AgentClient client() {
		if (client == null) {
			client = new AgentClient(home);
		}
		return client;
	}

	void want(String name) {
		wanted.add(name);
	}

	boolean wanted(String name) {
		return wanted.contains(name);
	}

	/** The open connection to the host, or a new one; asks the operator about an untrusted host key. */
	AgentConnection get(HostEntry entry, HostKeyQuestion question) throws IOException {
		AgentConnection connection = open.get(entry.name());
		if (connection != null && connection.isOpen() && connection.host().equals(entry)) {
			return connection;
		}
		if (connection != null) {
			connection.close();
		}
		connection = connect(entry, question);
		AgentConnection previous = open.put(entry.name(), connection);
		if (previous != null && previous != connection) {
			previous.close(); // two jobs raced; keep the newest
		}
		if (!wanted(entry.name())) {
			drop(entry.name()); // disconnected while we were connecting
			throw new AgentException("disconnected", "Disconnected from " + entry.name() + ".", null);
		}
		return connection;
	}

	private AgentConnection connect(HostEntry entry, HostKeyQuestion question) throws IOException {
		HostKeyRecorder recorder = new HostKeyRecorder();
		try {
			return client().connect(entry, recorder);
		} catch (AgentException e) {
			if (recorder.presented() == null || !question.trust(entry, recorder.fingerprint(), recorder.pinnedFingerprint())) {
				throw e;
			}
		}
		client().pins().pin(entry.endpoint(), recorder.presented());
		// STRICT: only the key the operator has just confirmed is accepted on the second attempt
		return client().connect(entry, HostKeyPolicy.STRICT);
	}

	/** Closes the host's connection (if any) and forgets that it should be connected. */
	void drop(String name) {
		wanted.remove(name);
		AgentConnection connection = open.remove(name);
		if (connection != null) {
			connection.close();
		}
	}

	@Override
	public synchronized void close() throws IOException {
		wanted.clear();
		open.values().forEach(AgentConnection::close);
		open.clear();
		if (client != null) {
			client.close();
			client = null;
		}
	}
}

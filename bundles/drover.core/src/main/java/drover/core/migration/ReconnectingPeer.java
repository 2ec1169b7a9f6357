package drover.core.migration;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.protocol.CheckpointResult;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.MigrationReport;
import drover.protocol.Preflight;
import drover.protocol.ProgressEvent;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.TargetStatus;

/**
 * A peer that opens its connection when first asked and again after it broke: a migration that outlives a cut
 * link (or a restarted agent) keeps asking the other side on a fresh session instead of a dead one.
 */
public final class ReconnectingPeer implements MigrationPeer, AutoCloseable {

	/** Opens a new connection to the peer. */
	public interface Connector {
		AgentConnection open() throws IOException;
	}

	private final HostEntry host;
	private final Connector connector;
	private AgentConnection connection;

	public ReconnectingPeer(HostEntry host, Connector connector) {
		this.host = host;
		this.connector = connector;
	}

	private synchronized AgentConnection connection() throws IOException {
		if (connection == null || !connection.isOpen()) {
			if (connection != null) {
				connection.close();
			}
			connection = null;
			connection = connector.open();
		}
		return connection;
	}

	/** Drops the current connection (a request on it timed out): the next request opens a new one. */
	public synchronized void reset() {
		if (connection != null) {
			connection.close();
			connection = null;
		}
	}

	@Override
	public HostEntry host() {
		return host;
	}

	@Override
	public Hello hello() throws IOException {
		return connection().hello();
	}

	@Override
	public Inventory inventory() throws IOException {
		return connection().inventory();
	}

	@Override
	public Preflight preflight(int pid) throws IOException {
		return connection().preflight(pid);
	}

	@Override
	public Preflight preflightFork(int pid) throws IOException {
		return connection().preflightFork(pid);
	}

	@Override
	public CheckpointResult checkpointForFork(int pid, String id) throws IOException {
		return connection().checkpointForFork(pid, id);
	}

	@Override
	public CheckpointResult checkpointForMigration(int pid, String id, DumpMode mode, HostEntry target, String fingerprint)
			throws IOException {
		return connection().checkpointForMigration(pid, id, mode, target, fingerprint);
	}

	@Override
	public drover.protocol.ImageComposition imageComposition(String image) throws IOException {
		return connection().imageComposition(image);
	}

	@Override
	public PushResult pushImage(String image, HostEntry target, String fingerprint, boolean streamed,
			Consumer<ProgressEvent> progress) throws IOException {
		return connection().pushImage(image, target, fingerprint, streamed, progress);
	}

	@Override
	public void lazyFinish(String image) throws IOException {
		connection().lazyFinish(image);
	}

	@Override
	public void lazyAbort(String image, boolean resume) throws IOException {
		connection().lazyAbort(image, resume);
	}

	@Override
	public void resume(List<Integer> pids, String owner) throws IOException {
		connection().resume(pids, owner);
	}

	@Override
	public void killTree(List<Integer> pids, String owner) throws IOException {
		connection().killTree(pids, owner);
	}

	@Override
	public List<String> protectSocketPaths(String id, List<Integer> pids) throws IOException {
		return connection().protectSocketPaths(id, pids);
	}

	@Override
	public List<String> releaseSocketPaths(String id, boolean putBack) throws IOException {
		return connection().releaseSocketPaths(id, putBack);
	}

	@Override
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy) throws IOException {
		return connection().preflightTarget(pids, bytes, memory, postCopy);
	}

	@Override
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy, List<Integer> ptys)
			throws IOException {
		return connection().preflightTarget(pids, bytes, memory, postCopy, ptys);
	}

	@Override
	public Preflight preflightTarget(drover.protocol.TargetPreflightRequest request) throws IOException {
		return connection().preflightTarget(request);
	}

	@Override
	public AutoCloseable holdIncomingSlot(String id, Consumer<ProgressEvent> queue) throws IOException {
		return connection().holdIncomingSlot(id, queue);
	}

	@Override
	public RestoreResult restoreForMigration(String image, boolean postCopy) throws IOException {
		return connection().restoreForMigration(image, postCopy);
	}

	@Override
	public long lazyWait(String image, Consumer<ProgressEvent> progress) throws IOException {
		try {
			return connection().lazyWait(image, progress);
		} catch (IOException e) {
			reset(); // a silent link: the next question goes on a new session
			throw e;
		}
	}

	@Override
	public TargetStatus migrationStatus(String id) throws IOException {
		try {
			return connection().migrationStatus(id);
		} catch (IOException e) {
			reset();
			throw e;
		}
	}

	@Override
	public void migrationAbort(String id) throws IOException {
		try {
			connection().migrationAbort(id);
		} catch (IOException e) {
			reset();
			throw e;
		}
	}

	@Override
	public void deleteImage(String image) throws IOException {
		connection().deleteImage(image);
	}

	@Override
	public void recordMigration(MigrationReport report) throws IOException {
		connection().recordMigration(report);
	}

	@Override
	public synchronized void close() {
		reset();
	}
}

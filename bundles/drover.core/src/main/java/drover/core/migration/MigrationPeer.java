package drover.core.migration;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import drover.core.HostEntry;
import drover.protocol.CheckpointResult;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.MigrationReport;
import drover.protocol.Preflight;
import drover.protocol.ProgressEvent;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.TargetPreflightRequest;
import drover.protocol.TargetStatus;

/**
 * What a migration asks of its two agents. {@link drover.core.AgentConnection} is the real one (over SSH, or
 * in-process inside the agent that owns the migration); tests drive the runner with fakes. Requests that touch
 * the tree carry the migration's ID as its owner: an agent refuses them to anybody else while it runs.
 */
public interface MigrationPeer {

	HostEntry host();

	Hello hello() throws IOException;

	Inventory inventory() throws IOException;

	// --- source side

	Preflight preflight(int pid) throws IOException;

	/** Freezes and dumps the tree, leaving it stopped: to this host's disk, streaming the pages, or post-copy. */
	CheckpointResult checkpointForMigration(int pid, String id, DumpMode mode, HostEntry target, String fingerprint)
			throws IOException;

	/** The verdicts on copying the tree elsewhere while it runs on here (a fork). */
	default Preflight preflightFork(int pid) throws IOException {
		throw new IOException("this agent cannot fork a process (it has no 'preflight --fork')");
	}

	/** A fork's dump: the tree is frozen only while CRIU dumps it to this host's disk, then runs on (--leave-running). */
	default CheckpointResult checkpointForFork(int pid, String id) throws IOException {
		throw new IOException("this agent cannot fork a process (it has no 'checkpoint --fork')");
	}

	/** What an image this agent holds is made of (a migration's, on its target); older agents cannot tell. */
	default drover.protocol.ImageComposition imageComposition(String image) throws IOException {
		throw new IOException("this agent cannot read what an image is made of (it has no 'image-composition')");
	}

	PushResult pushImage(String image, HostEntry target, String fingerprint, boolean streamed, Consumer<ProgressEvent> progress)
			throws IOException;

	void lazyFinish(String image) throws IOException;

	void lazyAbort(String image, boolean resume) throws IOException;

	void resume(List<Integer> pids, String owner) throws IOException;

	void killTree(List<Integer> pids, String owner) throws IOException;

	/** Keeps the tree's named unix listeners reachable through a failed restore (see {@link SocketPaths}). */
	List<String> protectSocketPaths(String id, List<Integer> pids) throws IOException;

	/**
	 * After a rollback: puts the protected paths back (answers those a failed restore had replaced); after success: drops the spare links.
	 */
	List<String> releaseSocketPaths(String id, boolean putBack) throws IOException;

	// --- target side

	Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy) throws IOException;

	/** As above, also checking that the pseudo-terminal indexes the tree holds whole are free there. */
	default Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy, List<Integer> ptys)
			throws IOException {
		return preflightTarget(pids, bytes, memory, postCopy);
	}

	/**
	 * As above, as one request; with {@code reserveFor} the target reserves the image's room for that migration (its
	 * slot held), which caps its transfer; with {@code addresses} it checks that the tree's own network addresses
	 * ({@code drover launch}) are free and can be made there. A peer that cannot reserve only checks.
	 */
	default Preflight preflightTarget(TargetPreflightRequest request) throws IOException {
		return preflightTarget(request.pids(), request.imageBytes(), request.memoryBytes(), request.postCopy(), request.ptys());
	}

	/** Waits for a slot among the target's incoming migrations; the slot is held until the handle is closed. */
	AutoCloseable holdIncomingSlot(String id, Consumer<ProgressEvent> queue) throws IOException;

	RestoreResult restoreForMigration(String image, boolean postCopy) throws IOException;

	long lazyWait(String image, Consumer<ProgressEvent> progress) throws IOException;

	TargetStatus migrationStatus(String id) throws IOException;

	/** No copy of the migration runs on this host any more, nothing of it remains. Idempotent. */
	void migrationAbort(String id) throws IOException;

	// --- both

	void deleteImage(String image) throws IOException;

	void recordMigration(MigrationReport report) throws IOException;

	/** How the dump moves the memory. */
	enum DumpMode {
		/** Dumped to the source's disk, sent with the rest of the image. */
		TO_DISK,
		/** Streamed to the target's page server while CRIU dumps. */
		STREAMED,
		/** Post-copy: served to the target after the restore. */
		LAZY
	}
}

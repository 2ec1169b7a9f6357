package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.Json;

/**
 * What this node did as the target of each migration, one small file per migration in STATE/target-ledger,
 * written before and after each step and fsync'd: an image arriving, arrived, being restored, running (and, in
 * post-copy, fetching its memory), stopped. It outlives the agent, so a restarted agent knows which copies it
 * restored for a migration that did not finish (and stops those that cannot be trusted), and a source agent
 * that restarts can ask what became of its migration here ({@code migration-status}).
 */
public final class TargetLedger {

	public enum State {
		INCOMING, IMAGE, RESTORING, RUNNING, FETCHING, COMPLETE, STOPPED,
		/** The migration's final record arrived (done, failed, rolled back): kept for migration-status only. */
		FINISHED
	}

	/** Finished and stopped entries older than this go at the agent's start (a node key's request for them stays refused). */
	static final long KEEP_ENDED_MILLIS = Long.getLong("drover.agent.ledgerKeepDays", 7) * 24 * 3600 * 1000;

	/** One migration as this node saw it; {@code startTime} tells a restored PID from a later process reusing it. */
	public record Entry(String migration, State state, int restoredPid, List<Integer> pids, boolean postCopy,
			long startTime, long at) {
	}

	private final Path dir;
	private final ObjectMapper json = Json.newMapper();

	TargetLedger(Path dir) {
		this.dir = dir;
	}

	public synchronized void note(String migration, State state, int restoredPid, List<Integer> pids, boolean postCopy)
			throws IOException {
		Entry old = get(migration);
		int pid = restoredPid > 0 ? restoredPid : old != null ? old.restoredPid() : 0;
		List<Integer> tree = !pids.isEmpty() ? pids : old != null ? old.pids() : List.of();
		long start = restoredPid > 0 ? ProcStartTime.of(restoredPid) : old != null ? old.startTime() : 0;
		write(new Entry(migration, state, pid, tree, postCopy || (old != null && old.postCopy()), start,
				System.currentTimeMillis()));
	}

	/** Moves an entry to {@code state}, keeping what it knew. */
	public synchronized void move(String migration, State state) throws IOException {
		Entry old = get(migration);
		if (old != null) {
			write(new Entry(migration, state, old.restoredPid(), old.pids(), old.postCopy(), old.startTime(),
					System.currentTimeMillis()));
		}
	}

	private void write(Entry entry) throws IOException {
		Files.createDirectories(dir);
		Path tmp = dir.resolve(entry.migration() + ".tmp");
		try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			out.write(ByteBuffer.wrap(json.writeValueAsBytes(entry)));
			out.force(true);
		}
		Files.move(tmp, dir.resolve(entry.migration() + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	public synchronized Entry get(String migration) throws IOException {
		Path file = dir.resolve(migration + ".json");
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return json.readValue(file.toFile(), Entry.class);
		} catch (IOException e) {
			return null; // a torn file (the agent died while writing a new one): the old one was replaced atomically
		}
	}

	public synchronized List<Entry> all() throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (Files.isDirectory(dir)) {
			try (var files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
					String name = file.getFileName().toString();
					Entry entry = get(name.substring(0, name.length() - ".json".length()));
					if (entry != null) {
						entries.add(entry);
					}
				}
			}
		}
		return entries;
	}

	/**
	 * Why migration {@code name} is over here, or null if it is not (or not known): another agent's key may then no
	 * longer name it in any step (only ask its status), so a node key cannot delete, restore or feed an ended
	 * migration's image.
	 */
	public synchronized String ended(String migration) throws IOException {
		Entry entry = get(migration);
		if (entry == null) {
			return null;
		}
		return switch (entry.state()) {
		case FINISHED -> "its final record arrived (done, failed or rolled back)";
		case STOPPED -> "it was aborted or rolled back here (its copy was stopped)";
		default -> null;
		};
	}

	public synchronized void forget(String migration) throws IOException {
		Files.deleteIfExists(dir.resolve(migration + ".json"));
	}

	/** Does the copy this entry restored still run (same PID, same start time, not a zombie)? */
	public static boolean copyAlive(Entry entry) {
		return entry.restoredPid() > 0 && entry.startTime() != 0 && ProcStartTime.of(entry.restoredPid()) == entry.startTime();
	}
}

package drover.protocol;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * The cost record and outcome of one migration: phase timings, downtime (from the freeze until the process
 * runs on the target), image size by kind, bytes on the wire and throughput, CRIU's statistics, and, when
 * it failed, the phase, the cause and what was done about it. Plain data, written to JSON by the CLI and
 * turned into the EMF model by the console.
 */
public final class MigrationReport {

	public record PhaseTiming(Phase phase, long startedAt, long millis) {
	}

	public String id;
	/** MIGRATION, FORK, or CHECKPOINT / RESTORE for the records an agent keeps of a checkpoint or restore on its own. */
	public RecordKind kind = RecordKind.MIGRATION;
	/** Whether the memory moves while the process is frozen, or follows it to the target. */
	public MigrationMode mode = MigrationMode.STOP_AND_COPY;
	/** Stop-and-copy: the pages went to the target while CRIU dumped them (else: dumped here, then sent). */
	public boolean pagesStreamed;
	public String source;
	public String target;
	public int pid;
	public List<Integer> pids = List.of();
	public String command;
	public String operator;
	public long startedAt;
	public long finishedAt;
	/** Final: DONE, REFUSED (stopped before the freeze, nothing touched) or FAILED (rolled back); else still owned. */
	public Outcome outcome;
	/** While not final: the phase it is in now. */
	public Phase phase;
	/** While QUEUED: its place in the queue (1 = next). */
	public int queuePosition;
	/** The source agent that owns the migration (runs it and keeps its journal). */
	public String owner;
	public Phase failedPhase;
	public String cause;
	public String rollback;
	public List<Preflight.Verdict> verdicts = List.of();
	public List<String> criuFlags = List.of();
	public final List<PhaseTiming> phases = new CopyOnWriteArrayList<>();
	public long downtimeMillis;
	public long memoryPagesBytes;
	public long otherImageBytes;
	public long bytesOnWire;
	public double throughputBytesPerSecond;
	public CriuStats dumpStats;
	public CriuStats restoreStats;
	public int restoredPid;
	public final List<String> warnings = new CopyOnWriteArrayList<>();
	/** A fork: what the copy on the target does not share with the original (closed connections, shared files...). */
	public List<String> differences = List.of();
	/** What the image was made of (pages by kind of mapping, metadata, files); null when not recorded (older agents). */
	public ImageComposition composition;

	public long imageBytes() {
		return memoryPagesBytes + otherImageBytes;
	}

	public long phaseMillis(Phase phase) {
		return phases.stream().filter(p -> p.phase() == phase).mapToLong(PhaseTiming::millis).sum();
	}
}

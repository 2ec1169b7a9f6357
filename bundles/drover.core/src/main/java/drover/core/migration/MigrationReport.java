package drover.core.migration;

import java.util.ArrayList;
import java.util.List;

import drover.protocol.CriuStats;
import drover.protocol.Preflight;

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
	/** MIGRATION, or CHECKPOINT / RESTORE for the records an agent keeps of a checkpoint or restore on its own. */
	public String kind = "MIGRATION";
	/** "stop-and-copy" (memory moves while the process is frozen) or "post-copy" (memory follows it to the target). */
	public String mode = "stop-and-copy";
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
	/** DONE, REFUSED (stopped at pre-flight, nothing touched) or FAILED (rolled back). */
	public String outcome;
	public Phase failedPhase;
	public String cause;
	public String rollback;
	public List<Preflight.Verdict> verdicts = List.of();
	public List<String> criuFlags = List.of();
	public final List<PhaseTiming> phases = new ArrayList<>();
	public long downtimeMillis;
	public long memoryPagesBytes;
	public long otherImageBytes;
	public long bytesOnWire;
	public double throughputBytesPerSecond;
	public CriuStats dumpStats;
	public CriuStats restoreStats;
	public int restoredPid;
	public final List<String> warnings = new ArrayList<>();

	public long imageBytes() {
		return memoryPagesBytes + otherImageBytes;
	}

	public long phaseMillis(Phase phase) {
		return phases.stream().filter(p -> p.phase() == phase).mapToLong(PhaseTiming::millis).sum();
	}
}

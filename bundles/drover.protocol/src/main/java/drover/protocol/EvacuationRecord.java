package drover.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * One evacuation as the agent of its host keeps it (STATE/evacuations/ID.json, rewritten on every change):
 * scheduled, running or ended; the plan made at its start and what changed from the plan the operator saw; per
 * process tree what was predicted and what happened. Plain data, like {@link MigrationReport}.
 */
public final class EvacuationRecord {

	/** Where an evacuation stands. */
	public enum State {
		SCHEDULED, RUNNING, DONE, FAILED, CANCELLED;

		public boolean isFinal() {
			return this == DONE || this == FAILED || this == CANCELLED;
		}
	}

	/** How one tree's step ended. PENDING: not started yet; RUNNING: its migration (or checkpoint) is under way. */
	public enum StepOutcome {
		PENDING, RUNNING, MOVED, CHECKPOINTED, STOPPED, LEFT, FAILED, CANCELLED
	}

	/** One tree: its step of the plan, the migration that carried it, and what it cost against the prediction. */
	public static final class Result {
		public int pid;
		public String command;
		public EvacuationAction action;
		/** The planned target; {@link #target} is where it went (another host when the planned one did not answer). */
		public String plannedTarget;
		public String target;
		public StepOutcome outcome = StepOutcome.PENDING;
		public String migrationId;
		/** Its PID on the target (a restore recreates it at the same PID; kept for the way back). */
		public int targetPid;
		public EvacuationPlan.Cost predicted;
		public long actualDowntimeMillis;
		public long actualTotalMillis;
		public long actualImageBytes;
		public String cause;
		public long startedAt;
		public long finishedAt;
	}

	public String id;
	public String host;
	public State state;
	/** Who asked (the SSH user and key fingerprint), as the audit log names them. */
	public String operator;
	public long createdAt;
	/** When it is to start (epoch milliseconds). */
	public long startsAt;
	public long startedAt;
	public long finishedAt;
	public EvacuationRequest request;
	/** The plan made when it started (null while scheduled). */
	public EvacuationPlan plan;
	/** What changed between the plan the operator saw and {@link #plan}. */
	public List<String> planDiff = new ArrayList<>();
	public List<Result> results = new ArrayList<>();
	/** The next run of a repeated evacuation (its own record, SCHEDULED). */
	public String nextId;
	/** The evacuation whose moves a restore brings back (set on a restore's record). */
	public String restoreOf;
	/** Why it failed or was cancelled; warnings (the cluster scheduler's drain failed, a target did not answer). */
	public String cause;
	public List<String> warnings = new ArrayList<>();

	public long moved() {
		return results.stream().filter(r -> r.outcome == StepOutcome.MOVED).count();
	}
}

package drover.core.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import drover.core.AgentException;
import drover.protocol.CheckpointResult;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.PushResult;
import drover.protocol.RecordKind;
import drover.protocol.RestoreResult;
import drover.protocol.TargetStatus;
import drover.protocol.Timeouts;

/**
 * A remote fork, read top to bottom in {@link #fork}: pre-flight (what the copy cannot share with the original),
 * dump with the tree left running (it is frozen only while CRIU dumps it), transfer, verify, restore on the target,
 * confirm the copy runs, remove both images. The original is never stopped beyond the dump, so no failure needs it
 * back: whatever fails, what reached the target goes and the original runs on as before. Each state is journaled
 * before its work starts, like a migration's, so that an agent that restarts settles a fork it owned ({@link #recover}).
 * Kept apart from {@link MigrationRunner}, whose rollback logic a fork does not need.
 */
public final class ForkRunner {

	private final MigrationPeer source;
	private final MigrationPeer target;
	private final String fingerprint;
	private final MigrationListener listener;
	private final MigrationReport report;
	private final StepLog steps;
	private MigrationJournal journal = MigrationJournal.NONE;
	private BooleanSupplier cancelled = () -> false;
	private MigrationState state = MigrationState.QUEUED;
	private java.time.Duration abortPatience = Timeouts.REQUEST.agent();

	public ForkRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener) {
		this(source, target, fingerprint, listener, new MigrationReport());
		report.source = source.host().name();
		report.target = target.host().name();
	}

	private ForkRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener,
			MigrationReport report) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.listener = listener;
		this.report = report;
		report.kind = RecordKind.FORK;
		report.mode = MigrationMode.FORK;
		this.steps = new StepLog(report, listener);
	}

	/** Picks up a journaled fork after its owner restarted: {@link #recover} settles it. */
	public static ForkRunner resumed(MigrationPeer source, MigrationPeer target, String fingerprint,
			MigrationListener listener, MigrationJournal.Entry entry) {
		ForkRunner runner = new ForkRunner(source, target, fingerprint, listener, entry.report());
		runner.state = entry.state();
		return runner;
	}

	public ForkRunner id(String id) {
		report.id = id;
		return this;
	}

	public ForkRunner operator(String operator) {
		report.operator = operator;
		return this;
	}

	public ForkRunner journal(MigrationJournal journal) {
		this.journal = journal;
		return this;
	}

	/** Asked before the dump: true stops the fork there, nothing touched. */
	public ForkRunner cancelWhen(BooleanSupplier cancelled) {
		this.cancelled = cancelled;
		return this;
	}

	public MigrationReport report() {
		return report;
	}

	public MigrationState state() {
		return state;
	}

	/** Copies the tree of {@code pid} to the target; never throws for a failure of the fork itself. */
	public MigrationReport fork(int pid, boolean acceptWarnings) {
		if (report.id == null) {
			report.id = "fork-" + report.source + "-" + pid + "-" + System.currentTimeMillis();
		}
		report.pid = pid;
		report.startedAt = System.currentTimeMillis();
		try {
			journal(MigrationState.QUEUED);
		} catch (IllegalStateException e) {
			return refuse("Cannot write the fork's journal: " + e.getMessage());
		}
		AutoCloseable slot;
		try {
			slot = target.holdIncomingSlot(report.id, event -> listener.queued(event.queuePosition(), event.message()));
		} catch (IOException | RuntimeException e) {
			return refuse("No slot for an incoming copy on " + report.target + ": " + explain(e));
		}
		try {
			return run(pid, acceptWarnings);
		} finally {
			try {
				slot.close();
			} catch (Exception e) {
				// the target lets go of the slot with the connection
			}
		}
	}

	private MigrationReport run(int pid, boolean acceptWarnings) {
		Phase phase = Phase.PREFLIGHT;
		try {
			// 1. Pre-flight: what the copy cannot share with the original, and room and free PIDs on the target.
			enter(MigrationState.PREFLIGHT);
			Preflight tree = steps.timed(Phase.PREFLIGHT, "checking both hosts for a copy",
					() -> new MigrationPreflight(source, target, fingerprint, false, report).forFork().check(pid, acceptWarnings));
			if (tree == null) {
				listener.phase(Phase.FAILED, report.cause);
				return finish(MigrationState.REFUSED);
			}
			if (cancelled.getAsBoolean()) {
				return refuse("Cancelled by the operator before the dump.");
			}
			report.differences = differences(tree);

			// 2. Dump, the tree left running: it is frozen only while CRIU dumps it.
			phase = Phase.DUMP;
			enter(MigrationState.DUMP);
			CheckpointResult dump = steps.timed(Phase.DUMP, "dumping PID " + pid + " (it runs on once dumped)",
					() -> source.checkpointForFork(pid, report.id));
			report.downtimeMillis = dump.dumpMillis(); // what the original felt: the freeze of the dump
			report.memoryPagesBytes = dump.image().memoryPagesSize();
			report.otherImageBytes = dump.image().otherSize();
			report.dumpStats = dump.stats();
			report.pids = dump.image().pids();
			report.command = dump.image().command();
			report.criuFlags = dump.image().criuFlags();

			// 3. Transfer, agent to agent: the target must present the host key the operator pinned.
			phase = Phase.TRANSFER;
			enter(MigrationState.TRANSFER);
			PushResult push = steps.timed(Phase.TRANSFER, "sending the image (" + dump.image().totalSize() + " bytes) to "
					+ report.target,
					() -> source.pushImage(report.id, target.host(), fingerprint, false,
							event -> listener.progress(event.bytes(), event.total(), event.bytesPerSecond(), event.etaMillis())));
			report.bytesOnWire = push.bytes();
			report.throughputBytesPerSecond = push.millis() == 0 ? 0 : push.bytes() * 1000.0 / push.millis();

			// 4. Verify: SHA-256 of every file as read here and as written there.
			phase = Phase.VERIFY;
			enter(MigrationState.VERIFY);
			steps.timed(Phase.VERIFY, "comparing SHA-256 of " + push.files().size() + " files",
					() -> MigrationChecks.verify(push, false, 0));

			// 5. Restore the copy on the target, 6. confirm it runs.
			phase = Phase.RESTORE;
			enter(MigrationState.RESTORE);
			RestoreResult restore = steps.timed(Phase.RESTORE, "restoring the copy on " + report.target,
					() -> target.restoreForMigration(report.id, false));
			report.restoreStats = restore.stats();
			report.restoredPid = restore.pid();
			phase = Phase.CONFIRM;
			enter(MigrationState.CONFIRM);
			steps.timed(Phase.CONFIRM, "confirming the copy runs on " + report.target,
					() -> MigrationChecks.confirmRunning(target.inventory(), report.restoredPid));

			// 7. Clean up: both images go; the original and the copy both run.
			enter(MigrationState.CLEANUP);
			return cleanUpAndFinish();
		} catch (IOException | RuntimeException e) {
			return failed(phase, e);
		}
	}

	/** What the copy does not share with the original: the pre-flight's verdicts on it, and what always differs. */
	private List<String> differences(Preflight tree) {
		List<String> out = new ArrayList<>();
		for (Preflight.Verdict v : tree.verdicts()) {
			if (!Preflight.Verdict.ERROR.equals(v.severity()) && v.pid() > 0) {
				out.add("PID " + v.pid() + " " + v.resource() + ": " + v.reason());
			}
		}
		out.add("From the dump on, the original and the copy are separate processes: memory, files they create and"
				+ " whatever they receive from then on are each their own.");
		return out;
	}

	private MigrationReport failed(Phase phase, Exception e) {
		report.failedPhase = phase;
		report.cause = explain(e);
		if (!state.mayBeFrozen()) {
			report.rollback = "Nothing was touched; the original keeps running on " + report.source + ".";
			listener.phase(Phase.FAILED, report.cause);
			return finish(MigrationState.REFUSED);
		}
		enter(MigrationState.ROLLBACK);
		listener.phase(Phase.ROLLBACK, "after '" + report.cause + "': removing what reached " + report.target);
		long started = System.currentTimeMillis();
		removeCopy();
		report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
		return finish(MigrationState.FAILED);
	}

	/** No copy runs on the target and nothing of the fork remains anywhere; the original runs on untouched. */
	private void removeCopy() {
		List<String> done = new ArrayList<>();
		if (abortOnTarget()) {
			done.add("removed what reached " + report.target);
		} else {
			report.warnings.add("Image " + report.id + " (or a copy of PID " + report.pid + ") may remain on " + report.target
					+ ": check it once it is back ('drover ps " + report.target + "', 'drover images " + report.target + "').");
		}
		deleteImage(source, report.source);
		report.rollback = "No copy: " + (done.isEmpty() ? "" : String.join(", ", done) + "; ") + "the original keeps running"
				+ " on " + report.source + " (it was only frozen during the dump).";
	}

	/**
	 * Asks the target to remove the copy, again every {@link Timeouts#RECONCILE_EVERY} while it cannot be reached, for
	 * up to {@link #abortPatience}: a fork has no frozen tree to hold, so waiting costs the original nothing, and a
	 * target whose agent died with the image (or a copy) in place removes it as soon as it answers again. Nobody else
	 * would: the target keeps a migration's image until its source settles it.
	 */
	private boolean abortOnTarget() {
		long started = System.currentTimeMillis();
		while (true) {
			try {
				target.migrationAbort(report.id);
				long waited = (System.currentTimeMillis() - started) / 1000;
				if (waited >= Timeouts.RECONCILE_EVERY.agent().toSeconds()) {
					report.warnings.add(report.target + " could not be reached to remove the copy; it was removed once it answered"
							+ " again (after " + waited + " s).");
				}
				return true;
			} catch (IOException | RuntimeException e) {
				long every = Timeouts.RECONCILE_EVERY.agent().toMillis();
				if (System.currentTimeMillis() + every - started > abortPatience.toMillis() || Thread.currentThread().isInterrupted()) {
					report.warnings.add("Could not remove the copy on " + report.target + " (asked for "
							+ (System.currentTimeMillis() - started) / 1000 + " s): " + explain(e));
					return false;
				}
				listener.phase(Phase.ROLLBACK, report.target + " does not answer (" + explain(e) + "): asking it again in "
						+ every / 1000 + " s to remove the copy");
				StepLog.sleep(every);
			}
		}
	}

	/** How long a failed fork keeps asking an unreachable target to remove its copy (by default {@link Timeouts#REQUEST}). */
	public ForkRunner abortPatience(java.time.Duration patience) {
		this.abortPatience = patience;
		return this;
	}

	/**
	 * After the owner restarted: a fork that had not restored yet is undone (the original, left running, resumed in
	 * case the previous agent's CRIU was stopped in the middle of the dump); one that had is asked about on the target.
	 */
	public MigrationReport recover(String why) {
		if (state.isFinal()) {
			return report;
		}
		if (!state.mayBeFrozen()) {
			report.cause = why + " before the dump.";
			report.rollback = "Nothing was touched; the original keeps running on " + report.source + ".";
			return finish(MigrationState.REFUSED);
		}
		if (state == MigrationState.CLEANUP) {
			return cleanUpAndFinish();
		}
		report.failedPhase = report.failedPhase != null ? report.failedPhase : state.phase();
		report.cause = report.cause != null ? report.cause : why + " in phase " + state.phase() + ".";
		if (state.compareTo(MigrationState.RESTORE) >= 0 && state != MigrationState.ROLLBACK) {
			try {
				TargetStatus status = target.migrationStatus(report.id);
				if (status.copy() == TargetStatus.Copy.RUNNING_COMPLETE) {
					report.restoredPid = status.restoredPid();
					report.failedPhase = null;
					report.warnings.add(why + " after the copy was restored; it runs on " + report.target + ".");
					enter(MigrationState.CLEANUP);
					return cleanUpAndFinish();
				}
			} catch (IOException | RuntimeException e) {
				// not known: the copy is removed below (abort is idempotent)
			}
		}
		steps.quietly(() -> {
			source.resume(report.pids.isEmpty() ? List.of(report.pid) : report.pids, report.id);
			return true;
		}, false, "make sure the original runs on " + report.source);
		if (state != MigrationState.ROLLBACK) {
			enter(MigrationState.ROLLBACK);
		}
		removeCopy();
		return finish(MigrationState.FAILED);
	}

	private MigrationReport cleanUpAndFinish() {
		steps.quietly(() -> steps.timed(Phase.CLEANUP, "removing both images", () -> {
			ImageCompositions.read(target, report); // what the copy's image was made of, before it goes
			deleteImage(source, report.source);
			deleteImage(target, report.target);
			return null;
		}), null, "clean up");
		listener.phase(Phase.DONE, "PID " + report.pid + " runs on " + report.source + ", its copy on " + report.target);
		return finish(MigrationState.DONE);
	}

	private MigrationReport refuse(String cause) {
		report.failedPhase = Phase.PREFLIGHT;
		report.cause = cause;
		report.rollback = "Nothing was touched; the original keeps running on " + report.source + ".";
		listener.phase(Phase.FAILED, cause);
		return finish(MigrationState.REFUSED);
	}

	private void enter(MigrationState next) {
		if (!state.canGoTo(next) && state != next) {
			throw new IllegalStateException("fork " + report.id + ": no transition from " + state + " to " + next);
		}
		MigrationState was = state;
		state = next;
		report.phase = next.phase();
		report.outcome = next.outcome();
		try {
			journal(next);
		} catch (IllegalStateException e) {
			state = was;
			report.phase = was.phase();
			report.outcome = was.outcome();
			throw e;
		}
	}

	private void journal(MigrationState at) {
		try {
			journal.write(at, report, RecoveryDecision.Facts.initial());
		} catch (IOException e) {
			if (!at.isFinal()) {
				throw new IllegalStateException("cannot journal fork " + report.id + ": " + e.getMessage(), e);
			}
			report.warnings.add("The journal could not be written (" + e.getMessage() + ").");
		}
	}

	private void deleteImage(MigrationPeer agent, String host) {
		steps.quietly(() -> {
			try {
				agent.deleteImage(report.id);
			} catch (AgentException e) {
				if (!ErrorInfo.NO_SUCH_IMAGE.equals(e.code())) {
					throw e;
				}
			}
			return true;
		}, false, "remove the image on " + host);
	}

	private MigrationReport finish(MigrationState end) {
		enter(end);
		report.finishedAt = System.currentTimeMillis();
		if (end == MigrationState.FAILED) {
			listener.phase(Phase.FAILED, report.cause + " " + report.rollback);
		}
		steps.quietly(() -> source.recordMigration(report), "leave the record with " + report.source);
		if (!report.source.equals(report.target)) {
			steps.quietly(() -> target.recordMigration(report), "leave the record with " + report.target);
		}
		return report;
	}

	private static String explain(Exception e) {
		return e instanceof AgentException agent ? agent.explain() : String.valueOf(e.getMessage());
	}
}

package drover.core.migration;

import java.io.IOException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.sshd.common.config.keys.KeyUtils;

import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.HostKeyStore;
import drover.core.migration.MigrationPeer.DumpMode;
import drover.core.migration.RecoveryDecision.Action;
import drover.core.migration.RecoveryDecision.Answer;
import drover.core.migration.RecoveryDecision.Facts;
import drover.core.migration.RecoveryDecision.TargetCopy;
import drover.protocol.CheckpointResult;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.ProgressEvent;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.TargetStatus;
import drover.protocol.Timeouts;

/**
 * One migration, read top to bottom in {@link #migrate}: pre-flight, freeze and dump (the source tree is left
 * stopped, not killed), transfer agent to agent, verify, restore on the target, confirm it runs, then kill the
 * source and clean up. Each state is journaled before its work starts ({@link MigrationJournal}), so whoever
 * owns the migration can pick it up after a restart ({@link #recover}). Whatever fails after the freeze,
 * {@link #settle} asks {@link RecoveryDecision} what to do until the process runs on exactly one host.
 */
public final class MigrationRunner {

	private final MigrationPeer source;
	private final MigrationPeer target;
	private final String fingerprint;
	private final MigrationListener listener;
	private final MigrationReport report;
	/** Times each step into the record; turns failures that must not stop the migration into its warnings. */
	private final StepLog steps;
	private MigrationJournal journal = MigrationJournal.NONE;
	private BooleanSupplier cancelled = () -> false;

	private MigrationState state = MigrationState.QUEUED;
	private Facts facts = Facts.initial();
	/** The facts as last written to the journal. */
	private Facts journaled;
	private long frozenAt;
	private long expectedMemory;
	private boolean streamed;
	/** Post-copy: the source's pages were cut off (which stops a target copy still missing some). */
	private boolean pagesCut;
	/**
	 * Stop-and-copy streams the pages to the target while CRIU dumps them only from this much resident memory
	 * on. Below it, dumping to the source's disk and sending the image after is faster: CRIU dumps to the page
	 * cache at gigabytes per second, while every dump through a page server pays a fixed ~200 ms (CRIU corks
	 * its socket and sends the final close without pushing it, so it waits for the kernel's cork timer).
	 */
	private long streamFromBytes = Long.getLong("drover.migration.streamFromBytes", 256L << 20);
	/** How long a failure keeps asking a target that does not answer before the migration is HELD. */
	private Duration holdFor = Timeouts.SETTLE.agent();

	/** {@code fingerprint}: the host key the operator pinned for the target; the source accepts no other. */
	public MigrationRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.listener = listener;
		this.report = new MigrationReport();
		report.source = source.host().name();
		report.target = target.host().name();
		this.steps = new StepLog(report, listener);
	}

	/** A migration run by its caller, with the target's key from the caller's pins. */
	public MigrationRunner(MigrationPeer source, MigrationPeer target, HostKeyStore pins, MigrationListener listener) {
		this(source, target, pinnedFingerprint(pins, target.host()), listener);
	}

	/** Picks up a journaled migration after its owner restarted: {@link #recover} settles it. */
	public static MigrationRunner resumed(MigrationPeer source, MigrationPeer target, String fingerprint,
			MigrationListener listener, MigrationJournal.Entry entry) {
		MigrationRunner runner = new MigrationRunner(source, target, fingerprint, listener, entry.report());
		runner.state = entry.state();
		runner.facts = entry.facts();
		// the freeze began with the dump: its timing is in the record once the dump answered (before, unknown: 0)
		runner.frozenAt = entry.report().phases.stream().filter(p -> p.phase() == Phase.DUMP)
				.mapToLong(MigrationReport.PhaseTiming::startedAt).findFirst().orElse(0);
		return runner;
	}

	private MigrationRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener,
			MigrationReport report) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.listener = listener;
		this.report = report;
		this.steps = new StepLog(report, listener);
	}

	/** The key the operator pinned for {@code host}, as a SHA256 fingerprint; null when none is pinned. */
	public static String pinnedFingerprint(HostKeyStore pins, HostEntry host) {
		try {
			PublicKey key = pins.pinned(host.endpoint());
			return key == null ? null : KeyUtils.getFingerPrint(key);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Post-copy instead of stop-and-copy: the process is frozen only while everything but its memory is dumped,
	 * sent and restored; it then runs on the target while the pages follow from the still frozen source. If the
	 * pages stop arriving, the target's copy is killed and the source resumes from the freeze (the work done on
	 * the target meanwhile is lost, its effects are not undone).
	 */
	public MigrationRunner postCopy(boolean on) {
		report.mode = on ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY;
		return this;
	}

	/** Stop-and-copy: stream the pages during the dump from this much resident memory on (0: always). */
	public MigrationRunner streamPagesFrom(long bytes) {
		this.streamFromBytes = bytes;
		return this;
	}

	/** How long a failure keeps asking a silent target before the migration is HELD (default {@link Timeouts#SETTLE}). */
	public MigrationRunner holdFor(Duration hold) {
		this.holdFor = hold;
		return this;
	}

	public MigrationRunner id(String id) {
		report.id = id;
		return this;
	}

	public MigrationRunner operator(String operator) {
		report.operator = operator;
		return this;
	}

	public MigrationRunner journal(MigrationJournal journal) {
		this.journal = journal;
		return this;
	}

	/** Asked before the freeze: true stops the migration there, nothing touched. */
	public MigrationRunner cancelWhen(BooleanSupplier cancelled) {
		this.cancelled = cancelled;
		return this;
	}

	public MigrationReport report() {
		return report;
	}

	public MigrationState state() {
		return state;
	}

	private boolean postCopy() {
		return report.mode == MigrationMode.POST_COPY;
	}

	/**
	 * Runs the migration of {@code pid}'s tree. Never throws for a failure of the migration itself: the report
	 * says what happened. {@code acceptWarnings} lets pre-flight warnings pass (errors never do).
	 */
	public MigrationReport migrate(int pid, boolean acceptWarnings) {
		if (report.id == null) {
			report.id = "mig-" + report.source + "-" + pid + "-" + System.currentTimeMillis();
		}
		report.pid = pid;
		report.startedAt = System.currentTimeMillis();
		try {
			journal(MigrationState.QUEUED);
		} catch (IllegalStateException e) { // nothing is touched when the journal cannot be written
			return refuse("Cannot write the migration's journal: " + e.getMessage());
		}
		AutoCloseable slot;
		try {
			slot = target.holdIncomingSlot(report.id, this::queued);
		} catch (IOException | RuntimeException e) {
			return refuse("No slot for an incoming migration on " + report.target + ": " + (e instanceof AgentException agent
					? agent.explain() : e.getMessage()));
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
		{
			try {
				// 1. Pre-flight: nothing is frozen yet, so any "no" here leaves everything as it was.
				enter(MigrationState.PREFLIGHT);
				Preflight tree = steps.timed(Phase.PREFLIGHT, "checking both hosts", () -> preflight(pid, acceptWarnings));
				if (tree == null) {
					return finish(MigrationState.REFUSED);
				}
				if (cancelled.getAsBoolean()) {
					return refuse("Cancelled by the operator before the freeze.");
				}

				// 2. Freeze and dump. Journaled first: from here on the tree may be frozen, and a failure rolls back.
				facts = facts.withFrozen();
				enter(MigrationState.DUMP); // throws, still in PREFLIGHT, when it cannot be journaled: no freeze then
				phase = Phase.DUMP;
				streamed = !postCopy() && expectedMemory >= streamFromBytes;
				report.pagesStreamed = streamed;
				DumpMode mode = postCopy() ? DumpMode.LAZY : streamed ? DumpMode.STREAMED : DumpMode.TO_DISK;
				CheckpointResult dump = steps.timed(Phase.DUMP, "freezing PID " + pid + (postCopy() ? ", dumping all but its memory"
						+ " (post-copy)" : streamed ? ", streaming its memory to " + report.target : ", dumping it"), () -> {
							frozenAt = System.currentTimeMillis();
							return source.checkpointForMigration(pid, report.id, mode, target.host(), fingerprint);
						});
				frozenAt += dump.setupMillis(); // the tree ran on while the agent prepared (pre-flight, page stream)
				report.memoryPagesBytes = dump.stats().pagesWritten() * 4096; // post-copy: known once all pages moved
				report.otherImageBytes = dump.image().otherSize();
				report.dumpStats = postCopy() ? null : dump.stats(); // CRIU restarts its statistics when it serves pages
				report.pids = dump.image().pids(); // the tree as frozen, children forked after the pre-flight included
				report.command = dump.image().command();
				report.criuFlags = dump.image().criuFlags();

				// 3. Transfer, agent to agent: the target must present the host key the operator pinned.
				phase = Phase.TRANSFER;
				enter(MigrationState.TRANSFER);
				PushResult push = steps.timed(Phase.TRANSFER, "sending the rest of the image (" + dump.image().totalSize()
						+ " bytes) to " + report.target,
						() -> source.pushImage(report.id, target.host(), fingerprint, streamed,
								this::transferred));
				report.bytesOnWire = push.bytes() + (streamed ? report.memoryPagesBytes : 0); // else the push carried them
				long wireMillis = report.phaseMillis(Phase.DUMP) + push.millis();
				report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;

				// 4. Verify: the SHA-256 of every file as read on the source and as written on the target.
				phase = Phase.VERIFY;
				enter(MigrationState.VERIFY);
				steps.timed(Phase.VERIFY, "comparing SHA-256 of " + push.files().size() + " files",
						() -> MigrationChecks.verify(push, streamed, report.memoryPagesBytes));

				// 5. Restore on the target. Journaled as asked-but-unanswered first: if its answer never comes, the
				// target may run the copy or not, and only asking it tells.
				phase = Phase.RESTORE;
				report.warnings.addAll(steps.quietly(() -> source.protectSocketPaths(report.id, report.pids), List.of(),
						"keep the tree's unix socket paths"));
				facts = facts.withRestore(Answer.LOST);
				enter(MigrationState.RESTORE);
				RestoreResult restore = steps.timed(Phase.RESTORE, "restoring on " + report.target,
						() -> target.restoreForMigration(report.id, postCopy()));
				facts = facts.withRestore(Answer.OK);
				report.downtimeMillis = System.currentTimeMillis() - frozenAt;
				report.restoreStats = restore.stats();
				report.restoredPid = restore.pid();

				// 6. Confirm: the root of the tree runs on the target (children may have finished their work meanwhile).
				phase = Phase.CONFIRM;
				enter(MigrationState.CONFIRM);
				steps.timed(Phase.CONFIRM, "confirming it runs on " + report.target,
						() -> MigrationChecks.confirmRunning(target.inventory(),
								report.restoredPid));

				// 6b. Post-copy: the process runs on the target; the rest of its memory follows from the frozen source.
				// Only the target knows when every page is there; until then the source copy must stay frozen.
				if (postCopy()) {
					phase = Phase.POSTCOPY;
					enter(MigrationState.POSTCOPY);
					steps.timed(Phase.POSTCOPY, "running on " + report.target + ", fetching the rest of its memory from "
							+ report.source, this::fetchRemainingMemory);
				}
				facts = facts.withTarget(TargetCopy.COMPLETE); // no way back from here: the source copy only has to go

				// 7. Clean up: the stopped source tree goes, and so do both images.
				enter(MigrationState.CLEANUP);
				return cleanUpAndFinish();
			} catch (IOException | RuntimeException e) {
				return failed(phase, e);
			}
		}
	}

	/** The tree was frozen, or nothing was; a failure in {@code phase} with {@code e}: learn from it, then settle. */
	private MigrationReport failed(Phase phase, Exception e) {
		String cause = e instanceof AgentException agent ? agent.explain() : String.valueOf(e.getMessage());
		boolean lost = !(e instanceof AgentException agent) || ErrorInfo.answerLost(agent.code());
		if (phase == Phase.RESTORE) {
			facts = facts.withRestore(lost ? Answer.LOST : Answer.REFUSED);
		} else if (phase == Phase.POSTCOPY && e instanceof AgentException agent
				&& ErrorInfo.POST_COPY_FAILED.equals(agent.code())) {
			facts = facts.withTarget(TargetCopy.STOPPED); // the target's agent killed its copy and said so
		} else if (phase == Phase.CONFIRM) {
			facts = facts.withAnswerLost(lost);
		} else if (phase == Phase.POSTCOPY) {
			// any other failure of the fetch does not say whether the copy has every page by now: ask before stopping it
			facts = facts.withAnswerLost(true);
		}
		report.failedPhase = phase;
		report.cause = cause;
		if (!state.mayBeFrozen()) { // the state, not the facts: a DUMP that could not be journaled froze nothing
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			listener.phase(Phase.FAILED, cause);
			return finish(MigrationState.REFUSED);
		}
		enter(MigrationState.ROLLBACK);
		listener.phase(Phase.ROLLBACK, "after '" + cause + "': making sure the process runs on exactly one host");
		return settle(System.currentTimeMillis() + holdFor.toMillis());
	}

	/**
	 * Carries out {@link RecoveryDecision}'s actions until one is final. A hold is tried again until {@code
	 * holdUntil}: a target that comes back within it still settles the migration here; after it the migration
	 * is HELD (its owner asks again later, see {@link #resolve}).
	 */
	private MigrationReport settle(long holdUntil) {
		long started = System.currentTimeMillis();
		List<String> done = new ArrayList<>();
		while (true) {
			Action action = RecoveryDecision.decide(facts);
			if (!facts.equals(journaled)) { // what was learnt is written down; a hold asking again adds nothing new
				journal(state);
			}
			switch (action) {
			case NOTHING -> {
				report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
				return finish(MigrationState.REFUSED);
			}
			case ASK_TARGET -> {
				try {
					TargetStatus status = target.migrationStatus(report.id);
					facts = facts.withStatus(Answer.OK, status.copy());
					done.add(report.target + " said: " + status.detail());
				} catch (AgentException e) {
					facts = facts.withStatus(ErrorInfo.answerLost(e.code()) ? Answer.LOST : Answer.REFUSED, null);
				} catch (IOException | RuntimeException e) {
					facts = facts.withStatus(Answer.LOST, null);
				}
			}
			case ABORT_TARGET -> {
				try {
					target.migrationAbort(report.id);
					facts = facts.withAbort(Answer.OK);
					done.add("stopped the copy on " + report.target);
				} catch (AgentException e) {
					facts = facts.withAbort(ErrorInfo.answerLost(e.code()) ? Answer.LOST : Answer.REFUSED);
				} catch (IOException | RuntimeException e) {
					facts = facts.withAbort(Answer.LOST);
				}
			}
			case RESUME_SOURCE -> {
				if (resumeSource(done) == Answer.LOST) { // it may still be frozen, and nothing runs on the target: no end
					if (System.currentTimeMillis() < holdUntil) {
						StepLog.sleep(1000);
						continue;
					}
					report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis()
							- started));
					report.rollback = "No copy runs on " + report.target + ", and " + report.source + "'s agent did not answer"
							+ " the resume: the source copy (PIDs " + report.pids + ") may still be frozen. The resume is asked"
							+ " again (" + report.source + "'s agent does so every " + Timeouts.RECONCILE_EVERY.agent().toSeconds()
							+ " s). To settle it by hand: 'drover resume " + report.source + " " + StepLog.join(report.pids) + "'.";
					enter(MigrationState.HELD);
					return held();
				}
				report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
				return finish(MigrationState.FAILED);
			}
			case FINISH_ON_TARGET -> {
				report.warnings.add("After the process ran on " + report.target + " with all its memory: " + report.cause);
				report.failedPhase = null; // it did not fail: it finished, with a warning
				enter(MigrationState.CLEANUP);
				return cleanUpAndFinish();
			}
			case HOLD_SOURCE -> {
				if (postCopy() && !pagesCut) { // cutting its pages is what stops a target copy still missing some
					pagesCut = steps.quietly(() -> source.lazyAbort(report.id, false), "hold the source copy on " + report.source);
				}
				if (System.currentTimeMillis() < holdUntil) {
					StepLog.sleep(1000);
					facts = facts.forgetTargetAnswers();
					continue;
				}
				report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
				report.rollback = "Whether a copy runs on " + report.target + " cannot be known now (it does not answer), so"
						+ " the source copy stays frozen on " + report.source + " (PIDs " + report.pids + ") rather than risk two"
						+ " running copies. " + report.source + "'s agent asks " + report.target + " again every "
						+ Timeouts.RECONCILE_EVERY.agent().toSeconds() + " s and settles it the moment it answers. To settle it by"
						+ " hand: check " + report.target + " ('drover ps " + report.target + "'); if the process is not there,"
						+ " resume it on " + report.source + " ('drover resume " + report.source + " " + StepLog.join(report.pids)
						+ " --force').";
				enter(MigrationState.HELD);
				return held();
			}
			}
		}
	}

	/** A HELD migration: asks the target again and settles it if it can now be told (else it stays HELD). */
	public MigrationReport resolve() {
		if (state != MigrationState.HELD) {
			return report;
		}
		facts = facts.forgetTargetAnswers();
		enter(MigrationState.ROLLBACK);
		return settle(0);
	}

	/**
	 * After the owner restarted: what its journal says decides where the migration picks up. Before the freeze
	 * nothing was touched; after it, what became of the copy on the target is asked, then settled.
	 */
	public MigrationReport recover(String why) {
		if (state.isFinal()) { // it ended before its owner died: nothing to pick up, its record stays as it is
			return report;
		}
		if (!state.mayBeFrozen()) {
			report.cause = why + " before the freeze.";
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			return finish(MigrationState.REFUSED);
		}
		if (state == MigrationState.CLEANUP) { // the target had it all: only the clean-up was left
			facts = facts.withTarget(TargetCopy.COMPLETE);
			return cleanUpAndFinish();
		}
		report.failedPhase = report.failedPhase != null ? report.failedPhase : state.phase();
		report.cause = report.cause != null ? report.cause : why + " in phase " + state.phase() + ".";
		facts = facts.forgetTargetAnswers();
		if (state != MigrationState.ROLLBACK) {
			enter(MigrationState.ROLLBACK);
		}
		listener.phase(Phase.ROLLBACK, why + ": settling where the process runs");
		return settle(0);
	}

	/** Resumes the source copy: OK, REFUSED (its agent said no, e.g. the tree is gone) or LOST (it may be frozen). */
	private Answer resumeSource(List<String> done) {
		if (facts.abort() != Answer.OK) { // whatever reached the target goes (a copy there cannot run, see the decision)
			boolean cleaned = steps.quietly(() -> target.migrationAbort(report.id), "remove what reached " + report.target);
			if (!cleaned) {
				report.warnings.add("Image " + report.id + " may remain on " + report.target + ": delete it there once it is"
						+ " back ('drover images " + report.target + "').");
			}
		}
		// the paths first: when the tree runs again, its clients find it where they always did
		List<String> putBack = steps.quietly(() -> source.releaseSocketPaths(report.id, true), List.of(),
				"put the tree's unix socket paths back");
		if (!putBack.isEmpty()) {
			done.add("put back the unix socket path" + (putBack.size() > 1 ? "s " : " ") + String.join(", ", putBack)
					+ " that the failed restore had replaced");
		}
		if (postCopy() && !pagesCut) { // the source's CRIU may still serve pages and hold the tree: it lets go, resumes it
			steps.quietly(() -> source.lazyAbort(report.id, true), "stop serving memory pages on " + report.source);
		}
		Answer answer;
		try {
			source.resume(report.pids.isEmpty() ? List.of(report.pid) : report.pids, report.id);
			answer = Answer.OK;
			done.add("resumed PID " + report.pid + " on " + report.source);
		} catch (IOException | RuntimeException e) {
			answer = e instanceof AgentException agent && !ErrorInfo.answerLost(agent.code()) ? Answer.REFUSED : Answer.LOST;
			report.warnings.add("Could not resume PID " + report.pid + " on " + report.source + ": " + e.getMessage());
		}
		boolean resumed = answer == Answer.OK;
		deleteImage(source, report.source);
		report.rollback = resumed ? "Rolled back: " + String.join(", ", done) + "."
				: "Could not resume the source copy on " + report.source + " (PIDs " + report.pids + "): it stays frozen."
						+ " Resume it with 'drover resume " + report.source + " " + StepLog.join(report.pids) + "'.";
		return answer;
	}

	private MigrationReport cleanUpAndFinish() {
		steps.quietly(() -> steps.timed(Phase.CLEANUP, "stopping the source copy and removing images", () -> {
			// The process runs on the target now: a failure here must not roll back, only be reported.
			if (postCopy() && !pagesCut) {
				steps.quietly(() -> source.lazyFinish(report.id), "end the source's page server");
			}
			if (!steps.quietly(() -> source.killTree(report.pids, report.id), "kill the frozen source copy on " + report.source)) {
				report.warnings.add("The source copy on " + report.source + " stays frozen (not running): kill PIDs "
						+ report.pids + " there.");
			}
			steps.quietly(() -> source.releaseSocketPaths(report.id, false), "drop the spare links of the tree's unix socket paths");
			ImageCompositions.read(target, report); // the target holds the whole image (streamed pages too) until it goes
			deleteImage(source, report.source);
			deleteImage(target, report.target);
			return null;
		}), null, "clean up");
		listener.phase(Phase.DONE, "PID " + report.pid + " runs on " + report.target);
		return finish(MigrationState.DONE);
	}

	private Void fetchRemainingMemory() throws IOException {
		long started = System.currentTimeMillis();
		long fetched = target.lazyWait(report.id, event -> listener.progress(event.bytes(), Math.max(event.bytes(),
				expectedMemory), event.bytesPerSecond(),
				event.bytesPerSecond() <= 0 ? -1
						: (long) ((Math.max(event.bytes(), expectedMemory) - event.bytes()) * 1000 / event.bytesPerSecond())));
		report.memoryPagesBytes = fetched;
		report.bytesOnWire += report.memoryPagesBytes;
		long wireMillis = report.phaseMillis(Phase.TRANSFER) + System.currentTimeMillis() - started;
		report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;
		return null;
	}

	private Preflight preflight(int pid, boolean acceptWarnings) throws IOException {
		Preflight tree = new MigrationPreflight(source, target, fingerprint, postCopy(), report).check(pid, acceptWarnings);
		if (tree == null) {
			listener.phase(Phase.FAILED, report.cause);
			return null;
		}
		expectedMemory = tree.residentBytes();
		return tree;
	}

	private MigrationReport refuse(String cause) {
		report.failedPhase = Phase.PREFLIGHT;
		report.cause = cause;
		report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
		listener.phase(Phase.FAILED, cause);
		return finish(MigrationState.REFUSED);
	}

	private void queued(ProgressEvent event) {
		report.queuePosition = event.queuePosition();
		listener.queued(event.queuePosition(), event.message());
	}

	private void transferred(ProgressEvent event) {
		listener.progress(event.bytes(), event.total(), event.bytesPerSecond(), event.etaMillis());
	}

	/** Moves to {@code next} (a transition the state machine allows) and journals it before its work starts. */
	private void enter(MigrationState next) {
		if (!state.canGoTo(next) && state != next) {
			throw new IllegalStateException("migration " + report.id + ": no transition from " + state + " to " + next);
		}
		MigrationState was = state;
		state = next;
		report.phase = next.phase();
		report.outcome = next.outcome();
		try {
			journal(next);
		} catch (IllegalStateException e) { // not journaled, so not entered: its work must not start
			state = was;
			report.phase = was.phase();
			report.outcome = was.outcome();
			throw e;
		}
	}

	private void journal(MigrationState at) {
		try {
			journaled = facts;
			journal.write(at, report, facts);
		} catch (IOException e) {
			// before the work starts, stop; at the end (DONE, FAILED, REFUSED) the work is done: only report it
			// and the freeze (DUMP) must be known to a restart before it happens, or it would resume nothing
			if ((!at.mayBeFrozen() && !at.isFinal()) || at == MigrationState.DUMP) {
				throw new IllegalStateException("cannot journal migration " + report.id + ": " + e.getMessage(), e);
			}
			report.warnings.add("The journal could not be written (" + e.getMessage() + "): a restart of "
					+ report.source + "'s agent now would not know this migration's state.");
		}
	}

	/** Removes the migration's image from a host; an image that never got there is nothing to report. */
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

	private MigrationReport held() {
		report.outcome = Outcome.HELD;
		report.downtimeMillis = frozenAt > 0 ? System.currentTimeMillis() - frozenAt : 0;
		listener.phase(Phase.FAILED, report.cause + " " + report.rollback);
		steps.quietly(() -> { // the source learns the tree is held: an operator who checked the target may resume it
			source.recordMigration(report);
			return true;
		}, false, "tell " + report.source + " the tree is held");
		return report;
	}

	private MigrationReport finish(MigrationState end) {
		enter(end);
		report.finishedAt = System.currentTimeMillis();
		if (end != MigrationState.DONE) {
			// after a rollback the process was frozen until it resumed on the source
			report.downtimeMillis = facts.frozen() && frozenAt > 0 ? report.finishedAt - frozenAt : 0;
			if (end == MigrationState.FAILED) {
				listener.phase(Phase.FAILED, report.cause + " " + report.rollback);
			}
		}
		// both agents keep the record, so the history outlives this console (a dead agent just misses it)
		steps.quietly(() -> source.recordMigration(report), "leave the record with " + report.source);
		steps.quietly(() -> target.recordMigration(report), "leave the record with " + report.target);
		return report;
	}

}

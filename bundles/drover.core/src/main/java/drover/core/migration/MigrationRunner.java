package drover.core.migration;

import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;
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
	private MigrationJournal journal = MigrationJournal.NONE;
	private BooleanSupplier cancelled = () -> false;

	private MigrationState state = MigrationState.QUEUED;
	private Facts facts = Facts.initial();
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

	/** {@code fingerprint}: the host key the operator pinned for the target; the source accepts no other. */
	public MigrationRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.listener = listener;
		this.report = new MigrationReport();
		report.source = source.host().name();
		report.target = target.host().name();
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
		return runner;
	}

	private MigrationRunner(MigrationPeer source, MigrationPeer target, String fingerprint, MigrationListener listener,
			MigrationReport report) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.listener = listener;
		this.report = report;
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
		journal(MigrationState.QUEUED);
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
				Preflight tree = timed(Phase.PREFLIGHT, "checking both hosts", () -> preflight(pid, acceptWarnings));
				if (tree == null) {
					return finish(MigrationState.REFUSED);
				}
				if (cancelled.getAsBoolean()) {
					return refuse("Cancelled by the operator before the freeze.");
				}

				// 2. Freeze and dump. Journaled first: from here on the tree may be frozen, and a failure rolls back.
				phase = Phase.DUMP;
				facts = facts.withFrozen();
				enter(MigrationState.DUMP);
				streamed = !postCopy() && expectedMemory >= streamFromBytes;
				report.pagesStreamed = streamed;
				DumpMode mode = postCopy() ? DumpMode.LAZY : streamed ? DumpMode.STREAMED : DumpMode.TO_DISK;
				CheckpointResult dump = timed(Phase.DUMP, "freezing PID " + pid + (postCopy() ? ", dumping all but its memory"
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
				PushResult push = timed(Phase.TRANSFER, "sending the rest of the image (" + dump.image().totalSize()
						+ " bytes) to " + report.target, () -> source.pushImage(report.id, target.host(), fingerprint, streamed,
								this::transferred));
				report.bytesOnWire = push.bytes() + (streamed ? report.memoryPagesBytes : 0); // else the push carried them
				long wireMillis = report.phaseMillis(Phase.DUMP) + push.millis();
				report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;

				// 4. Verify: the SHA-256 of every file as read on the source and as written on the target.
				phase = Phase.VERIFY;
				enter(MigrationState.VERIFY);
				timed(Phase.VERIFY, "comparing SHA-256 of " + push.files().size() + " files", () -> verify(push));

				// 5. Restore on the target. Journaled as asked-but-unanswered first: if its answer never comes, the
				// target may run the copy or not, and only asking it tells.
				phase = Phase.RESTORE;
				report.warnings.addAll(quietly(() -> source.protectSocketPaths(report.id, report.pids), List.of(),
						"keep the tree's unix socket paths"));
				facts = facts.withRestore(Answer.LOST);
				enter(MigrationState.RESTORE);
				RestoreResult restore = timed(Phase.RESTORE, "restoring on " + report.target,
						() -> target.restoreForMigration(report.id, postCopy()));
				facts = facts.withRestore(Answer.OK);
				report.downtimeMillis = System.currentTimeMillis() - frozenAt;
				report.restoreStats = restore.stats();
				report.restoredPid = restore.pid();

				// 6. Confirm: the root of the tree runs on the target (children may have finished their work meanwhile).
				phase = Phase.CONFIRM;
				enter(MigrationState.CONFIRM);
				timed(Phase.CONFIRM, "confirming it runs on " + report.target, () -> confirmRunning(target.inventory(),
						report.restoredPid));

				// 6b. Post-copy: the process runs on the target; the rest of its memory follows from the frozen source.
				// Only the target knows when every page is there; until then the source copy must stay frozen.
				if (postCopy()) {
					phase = Phase.POSTCOPY;
					enter(MigrationState.POSTCOPY);
					timed(Phase.POSTCOPY, "running on " + report.target + ", fetching the rest of its memory from "
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
		} else if (phase == Phase.CONFIRM || phase == Phase.POSTCOPY) {
			facts = facts.withAnswerLost(lost);
		}
		report.failedPhase = phase;
		report.cause = cause;
		if (!facts.frozen()) {
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			listener.phase(Phase.FAILED, cause);
			return finish(MigrationState.REFUSED);
		}
		enter(MigrationState.ROLLBACK);
		listener.phase(Phase.ROLLBACK, "after '" + cause + "': making sure the process runs on exactly one host");
		return settle(System.currentTimeMillis() + Timeouts.SETTLE.agent().toMillis());
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
			journal(state);
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
				resumeSource(done);
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
					pagesCut = quietly(() -> {
						source.lazyAbort(report.id, false);
						return true;
					}, false, "hold the source copy on " + report.source);
				}
				if (System.currentTimeMillis() < holdUntil) {
					sleep(1000);
					facts = facts.forgetTargetAnswers();
					continue;
				}
				report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
				report.rollback = "Whether a copy runs on " + report.target + " cannot be known now (it does not answer), so"
						+ " the source copy stays frozen on " + report.source + " (PIDs " + report.pids + ") rather than risk two"
						+ " running copies. " + report.source + "'s agent asks " + report.target + " again every "
						+ Timeouts.RECONCILE_EVERY.agent().toSeconds() + " s and settles it the moment it answers. To settle it by"
						+ " hand: check " + report.target + " ('drover ps " + report.target + "'); if the process is not there,"
						+ " resume it on " + report.source + " ('drover resume " + report.source + " " + join(report.pids) + " --force').";
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

	private void resumeSource(List<String> done) {
		if (facts.abort() != Answer.OK) { // whatever reached the target goes (a copy there cannot run, see the decision)
			boolean cleaned = quietly(() -> {
				target.migrationAbort(report.id);
				return true;
			}, false, "remove what reached " + report.target);
			if (!cleaned) {
				report.warnings.add("Image " + report.id + " may remain on " + report.target + ": delete it there once it is"
						+ " back ('drover images " + report.target + "').");
			}
		}
		if (postCopy() && !pagesCut) { // the source's CRIU may still serve pages and hold the tree: it lets go, resumes it
			quietly(() -> {
				source.lazyAbort(report.id, true);
				return true;
			}, false, "stop serving memory pages on " + report.source);
		}
		boolean resumed = quietly(() -> {
			source.resume(report.pids.isEmpty() ? List.of(report.pid) : report.pids, report.id);
			return true;
		}, false, "resume PID " + report.pid + " on " + report.source);
		if (resumed) {
			done.add("resumed PID " + report.pid + " on " + report.source);
		}
		quietly(() -> {
			source.releaseSocketPaths(report.id, true);
			return true;
		}, false, "put the tree's unix socket paths back");
		deleteImage(source, report.source);
		report.rollback = resumed ? "Rolled back: " + String.join(", ", done) + "."
				: "Could not resume the source copy on " + report.source + " (PIDs " + report.pids + "): it stays frozen."
						+ " Resume it with 'drover resume " + report.source + " " + join(report.pids) + "'.";
	}

	private MigrationReport cleanUpAndFinish() {
		quietly(() -> timed(Phase.CLEANUP, "stopping the source copy and removing images", () -> {
			// The process runs on the target now: a failure here must not roll back, only be reported.
			if (postCopy() && !pagesCut) {
				quietly(() -> {
					source.lazyFinish(report.id);
					return true;
				}, false, "end the source's page server");
			}
			if (!quietly(() -> {
				source.killTree(report.pids, report.id);
				return true;
			}, false, "kill the frozen source copy on " + report.source)) {
				report.warnings.add("The source copy on " + report.source + " stays frozen (not running): kill PIDs "
						+ report.pids + " there.");
			}
			quietly(() -> {
				source.releaseSocketPaths(report.id, false);
				return true;
			}, false, "drop the spare links of the tree's unix socket paths");
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
				expectedMemory), event.bytesPerSecond(), event.bytesPerSecond() <= 0 ? -1
						: (long) ((Math.max(event.bytes(), expectedMemory) - event.bytes()) * 1000 / event.bytesPerSecond())));
		report.memoryPagesBytes = fetched;
		report.bytesOnWire += report.memoryPagesBytes;
		long wireMillis = report.phaseMillis(Phase.TRANSFER) + System.currentTimeMillis() - started;
		report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;
		return null;
	}

	private Void verify(PushResult push) throws AgentException {
		long streamedPages = 0;
		for (PushResult.FileCheck file : push.files()) {
			if (!file.matches()) {
				throw new AgentException(ErrorInfo.VERIFY_FAILED, "Image file " + file.name() + " differs on the target (sha256 "
						+ file.sourceSha256() + " here, " + file.targetSha256() + " there).", null);
			}
			if (file.streamed() && file.name().startsWith("pages-")) {
				streamedPages += file.size();
			}
		}
		// streamed pages never touched the source's disk: CRIU's count of pages written is the reference
		if (streamed && streamedPages != report.memoryPagesBytes) {
			throw new AgentException(ErrorInfo.VERIFY_FAILED, "The target received " + streamedPages + " bytes of memory"
					+ " pages, CRIU dumped " + report.memoryPagesBytes + ".", null);
		}
		return null;
	}

	private Preflight preflight(int pid, boolean acceptWarnings) throws IOException {
		Hello from = source.hello();
		Hello to = target.hello();
		List<Preflight.Verdict> verdicts = new ArrayList<>();
		if (fingerprint == null) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "host key of " + report.target, "no host key is"
					+ " pinned for it: connect to it once and trust its key ('drover hosts trust " + report.target + "')"));
		}
		if (!from.criu().checkOk()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "criu on " + report.source, from.criu().checkMessage()));
		}
		Set<String> targetFlags = Set.of(String.valueOf(to.host().cpuFlags()).split(" "));
		List<String> missing = List.of(String.valueOf(from.host().cpuFlags()).split(" ")).stream()
				.filter(f -> !f.isBlank() && !targetFlags.contains(f)).toList();
		if (!missing.isEmpty()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.WARNING, 0, "cpu", "the target's CPU lacks " + missing
					+ ": a process using them would crash there (CRIU's cpuinfo check applies)"));
		}
		if (postCopy() && !to.capabilities().contains("post-copy")) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "agent on " + report.target, "it cannot take a"
					+ " post-copy migration (agent " + to.agentVersion() + "): upgrade it or migrate without post-copy"));
		}
		Preflight tree = source.preflight(pid);
		expectedMemory = tree.residentBytes();
		report.pids = tree.pids();
		verdicts.addAll(tree.verdicts());
		// post-copy: the image sent while frozen holds no memory, but the memory arrives on the target all the same
		Preflight room = target.preflightTarget(tree.pids(), tree.residentBytes(), tree.residentBytes(), postCopy(), tree.ptys());
		verdicts.addAll(room.verdicts());
		report.verdicts = verdicts;
		report.criuFlags = tree.criuFlags();
		List<Preflight.Verdict> errors = verdicts.stream().filter(v -> v.severity().equals(Preflight.Verdict.ERROR)).toList();
		List<Preflight.Verdict> warnings = verdicts.stream().filter(v -> v.severity().equals(Preflight.Verdict.WARNING)).toList();
		if (!errors.isEmpty() || (!warnings.isEmpty() && !acceptWarnings)) {
			report.failedPhase = Phase.PREFLIGHT;
			report.cause = (errors.isEmpty() ? "Warnings need the operator's consent (accept warnings): " : "Refused at pre-flight: ")
					+ String.join("; ", (errors.isEmpty() ? warnings : errors).stream()
							.map(v -> (v.pid() > 0 ? "PID " + v.pid() + " " : "") + v.resource() + ": " + v.reason()).toList());
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			listener.phase(Phase.FAILED, report.cause);
			return null;
		}
		return tree;
	}

	private MigrationReport refuse(String cause) {
		report.failedPhase = Phase.PREFLIGHT;
		report.cause = cause;
		report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
		listener.phase(Phase.FAILED, cause);
		return finish(MigrationState.REFUSED);
	}

	private static Void confirmRunning(Inventory inventory, int pid) throws AgentException {
		ProcessInfo p = inventory.processes().stream().filter(x -> x.pid() == pid).findFirst().orElse(null);
		if (p == null || p.state().startsWith("Z") || p.state().startsWith("X") || p.state().startsWith("T")) {
			throw new AgentException(ErrorInfo.NOT_RUNNING, "After the restore, PID " + pid + " is " + (p == null ? "missing"
					: p.state()) + " on " + inventory.hostName() + ".", null);
		}
		return null;
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
		state = next;
		report.phase = next.phase();
		report.outcome = next.outcome();
		journal(next);
	}

	private void journal(MigrationState at) {
		try {
			journal.write(at, report, facts);
		} catch (IOException e) {
			if (!at.mayBeFrozen()) {
				throw new IllegalStateException("cannot journal migration " + report.id + ": " + e.getMessage(), e);
			}
			report.warnings.add("The journal could not be written (" + e.getMessage() + "): a restart of "
					+ report.source + "'s agent now would not know this migration's state.");
		}
	}

	private interface Step<T> {
		T run() throws IOException;
	}

	private <T> T timed(Phase phase, String message, Step<T> step) throws IOException {
		listener.phase(phase, message);
		long started = System.currentTimeMillis();
		try {
			return step.run();
		} finally {
			report.phases.add(new MigrationReport.PhaseTiming(phase, started, System.currentTimeMillis() - started));
		}
	}

	/** Removes the migration's image from a host; an image that never got there is nothing to report. */
	private void deleteImage(MigrationPeer agent, String host) {
		quietly(() -> {
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

	/** Runs {@code step}; a failure becomes a warning of the record and {@code otherwise} the result. */
	private <T> T quietly(Step<T> step, T otherwise, String what) {
		try {
			return step.run();
		} catch (IOException | RuntimeException e) {
			report.warnings.add("Could not " + what + ": " + e.getMessage());
			return otherwise;
		}
	}

	private MigrationReport held() {
		report.outcome = Outcome.HELD;
		report.downtimeMillis = System.currentTimeMillis() - frozenAt;
		listener.phase(Phase.FAILED, report.cause + " " + report.rollback);
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
		quietly(() -> {
			source.recordMigration(report);
			return true;
		}, false, "leave the record with " + report.source);
		quietly(() -> {
			target.recordMigration(report);
			return true;
		}, false, "leave the record with " + report.target);
		return report;
	}

	private static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

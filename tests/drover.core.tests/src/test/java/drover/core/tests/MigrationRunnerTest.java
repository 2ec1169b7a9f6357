package drover.core.tests;

import static drover.core.migration.MigrationState.CLEANUP;
import static drover.core.migration.MigrationState.CONFIRM;
import static drover.core.migration.MigrationState.DONE;
import static drover.core.migration.MigrationState.DUMP;
import static drover.core.migration.MigrationState.POSTCOPY;
import static drover.core.migration.MigrationState.PREFLIGHT;
import static drover.core.migration.MigrationState.QUEUED;
import static drover.core.migration.MigrationState.REFUSED;
import static drover.core.migration.MigrationState.RESTORE;
import static drover.core.migration.MigrationState.TRANSFER;
import static drover.core.migration.MigrationState.VERIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationPeer.DumpMode;
import drover.core.migration.MigrationRunner;
import drover.core.migration.RecoveryDecision.Answer;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;

/** The runner's way when nothing fails, cancellation until the freeze, and its write-ahead journal. */
class MigrationRunnerTest {

	@Test
	void stopAndCopyOfASmallProcessDumpsToDiskAndEndsOnTheTarget() {
		Rig rig = new Rig();
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(Outcome.DONE, report.outcome);
		assertEquals(List.of("beta"), rig.runningOn());
		assertEquals(List.of(QUEUED, PREFLIGHT, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, CLEANUP, DONE), rig.journal
				.states());
		rig.assertWellBehaved();
		assertEquals(List.of(new FakePeer.Call("checkpointForMigration", List.of(FakePeer.PID, Rig.ID, DumpMode.TO_DISK,
				"beta", Rig.FINGERPRINT))), rig.source.calls("checkpointForMigration"), "dumped for the pinned target");
		assertEquals(List.of(Rig.ID, "beta", Rig.FINGERPRINT, false), rig.source.calls("pushImage").get(0).args());
		assertEquals(List.of(Rig.ID, false), rig.target.calls("restoreForMigration").get(0).args());
		assertEquals(List.of(), rig.target.calls("lazyWait"));
		assertEquals(List.of(), rig.target.calls("migrationStatus"), "nothing to ask when every answer came");
		assertEquals(List.of(), rig.target.calls("migrationAbort"));
		assertEquals(List.of(), rig.source.calls("resume"));
		assertEquals(FakePeer.FROZEN_PIDS, report.pids, "the tree as frozen, with the child forked after the pre-flight");
		assertEquals(FakePeer.PID, report.restoredPid);
		assertEquals(64 * FakePeer.MB, report.memoryPagesBytes);
		assertFalse(report.pagesStreamed);
		assertEquals(100_000 + 64 * FakePeer.MB, report.bytesOnWire, "the push carried the pages");
		assertEquals(MigrationMode.STOP_AND_COPY, report.mode);
		assertTrue(report.downtimeMillis >= 0 && report.downtimeMillis < 10_000, "downtime " + report.downtimeMillis);
		assertEquals(List.of(), report.warnings);
		assertEquals(List.of(Phase.PREFLIGHT, Phase.DUMP, Phase.TRANSFER, Phase.VERIFY, Phase.RESTORE, Phase.CONFIRM,
				Phase.CLEANUP, Phase.DONE), rig.phases);
		assertTrue(rig.index("source.killTree") > rig.index("target.inventory"), "the source copy goes once the target's runs");
	}

	@Test
	void stopAndCopyOfABigProcessStreamsItsPagesWhileCriuDumps() {
		Rig rig = new Rig();
		rig.source.resident = 512 * FakePeer.MB;
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(Outcome.DONE, report.outcome);
		rig.assertWellBehaved();
		assertEquals(DumpMode.STREAMED, rig.source.calls("checkpointForMigration").get(0).args().get(2));
		assertEquals(true, rig.source.calls("pushImage").get(0).args().get(3));
		assertTrue(report.pagesStreamed);
		assertEquals(100_000 + 512 * FakePeer.MB, report.bytesOnWire, "the rest of the image plus the streamed pages");
	}

	@Test
	void postCopyRunsOnTheTargetWhileItsMemoryFollowsThenEndsThePageServer() {
		Rig rig = new Rig();
		MigrationReport report = rig.runner(true).migrate(FakePeer.PID, false);

		assertEquals(Outcome.DONE, report.outcome);
		assertEquals(List.of("beta"), rig.runningOn());
		assertEquals(List.of(QUEUED, PREFLIGHT, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY, CLEANUP, DONE), rig.journal
				.states());
		rig.assertWellBehaved();
		assertEquals(DumpMode.LAZY, rig.source.calls("checkpointForMigration").get(0).args().get(2));
		assertEquals(List.of(Rig.ID, true), rig.target.calls("restoreForMigration").get(0).args());
		assertEquals(1, rig.target.calls("lazyWait").size());
		assertTrue(rig.index("target.lazyWait") < rig.index("source.lazyFinish")
				&& rig.index("source.lazyFinish") < rig.index("source.killTree"),
				"every page, then the server ends, then the"
						+ " source copy goes: " + rig.log);
		assertEquals(64 * FakePeer.MB, report.memoryPagesBytes, "what the target fetched");
		assertEquals(MigrationMode.POST_COPY, report.mode);
	}

	@Test
	void theDumpIsJournaledAsFrozenBeforeTheSourceIsAskedToFreeze() {
		Rig rig = new Rig();
		rig.runner(false).migrate(FakePeer.PID, false);

		assertTrue(rig.index("journal:DUMP") < rig.index("source.checkpointForMigration"), rig.log.toString());
		MigrationJournal.Entry dump = rig.journal.first(DUMP);
		assertTrue(dump.facts().frozen(), "from the DUMP entry on, a restart treats the tree as frozen");
		assertEquals(Outcome.RUNNING, dump.report().outcome);
		assertEquals(Phase.DUMP, dump.report().phase);
		assertEquals(FakePeer.PREFLIGHT_PIDS, dump.report().pids, "the tree as the pre-flight saw it: the dump did not answer yet");
		MigrationJournal.Entry restore = rig.journal.first(RESTORE);
		assertEquals(Answer.LOST, restore.facts().restore(), "asked-but-unanswered until the target answers");
		assertTrue(rig.index("journal:RESTORE") < rig.index("target.restoreForMigration"));
		assertEquals(Answer.OK, rig.journal.first(CONFIRM).facts().restore());
		assertFalse(rig.journal.first(PREFLIGHT).facts().frozen());
	}

	@Test
	void aCancelDuringThePreflightStopsBeforeTheFreezeAndTouchesNothing() {
		Rig rig = new Rig();
		AtomicBoolean cancelled = new AtomicBoolean();
		rig.onPhase = phase -> cancelled.set(cancelled.get() || phase == Phase.PREFLIGHT);
		MigrationReport report = rig.runner(false).cancelWhen(cancelled::get).migrate(FakePeer.PID, false);

		assertEquals(Outcome.REFUSED, report.outcome);
		assertTrue(report.cause.startsWith("Cancelled by the operator"), report.cause);
		assertTrue(report.rollback.startsWith("Nothing was frozen"), report.rollback);
		assertEquals(List.of(), rig.source.calls("checkpointForMigration"));
		assertEquals(List.of(), rig.source.calls("resume"));
		assertEquals(List.of("alpha"), rig.runningOn());
		assertEquals(List.of(QUEUED, PREFLIGHT, REFUSED), rig.journal.states());
		rig.assertWellBehaved();
		assertEquals(1, rig.target.slotsClosed);
	}

	@Test
	void aCancelAfterTheFreezeIsNotHeardTheMigrationFinishes() {
		Rig rig = new Rig();
		AtomicBoolean cancelled = new AtomicBoolean();
		AtomicInteger asked = new AtomicInteger();
		rig.onPhase = phase -> cancelled.set(cancelled.get() || phase == Phase.DUMP);
		MigrationReport report = rig.runner(false).cancelWhen(() -> {
			asked.incrementAndGet();
			return cancelled.get();
		}).migrate(FakePeer.PID, false);

		assertEquals(Outcome.DONE, report.outcome, "once frozen, it finishes or rolls back by itself");
		assertEquals(1, asked.get(), "asked once, just before the freeze");
		assertEquals(List.of("beta"), rig.runningOn());
		rig.assertWellBehaved();
	}

	@Test
	void noIncomingSlotOnTheTargetIsARefusalBeforeAnythingElse() {
		Rig rig = new Rig();
		rig.target.fail("holdIncomingSlot", FakePeer.Fault.LOST_BEFORE, ErrorInfo.UNREACHABLE);
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(Outcome.REFUSED, report.outcome);
		assertTrue(report.cause.startsWith("No slot for an incoming migration on beta"), report.cause);
		assertEquals(List.of(), rig.source.calls("preflight"));
		assertEquals(List.of(QUEUED, REFUSED), rig.journal.states());
		assertEquals(List.of("alpha"), rig.runningOn());
		rig.assertWellBehaved();
	}

	@Test
	void warningsStopTheMigrationUnlessTheOperatorAcceptsThem() {
		Preflight.Verdict warning = new Preflight.Verdict(Preflight.Verdict.WARNING, 4243, "tcp 10.0.0.5:80", "an"
				+ " established connection: the peer sees a pause");
		Rig refused = new Rig();
		refused.source.verdicts = List.of(warning);
		MigrationReport r = refused.runner(false).migrate(FakePeer.PID, false);
		assertEquals(Outcome.REFUSED, r.outcome);
		assertTrue(r.cause.startsWith("Warnings need the operator's consent"), r.cause);
		assertTrue(r.cause.contains("PID 4243 tcp 10.0.0.5:80"), r.cause);
		assertEquals(List.of(), refused.source.calls("checkpointForMigration"));

		Rig accepted = new Rig();
		accepted.source.verdicts = List.of(warning);
		assertEquals(Outcome.DONE, accepted.runner(false).migrate(FakePeer.PID, true).outcome);
		accepted.assertWellBehaved();
	}

	@Test
	void withoutAPinnedHostKeyForTheTargetNothingIsFrozen() {
		Rig rig = new Rig();
		MigrationReport report = new MigrationRunner(rig.source, rig.target, (String) null, rig.listener).id(Rig.ID)
				.journal(rig.journal).migrate(FakePeer.PID, true);

		assertEquals(Outcome.REFUSED, report.outcome);
		assertTrue(report.cause.contains("drover hosts trust beta"), report.cause);
		assertEquals(List.of(), rig.source.calls("checkpointForMigration"));
	}

	@Test
	void postCopyToAnAgentThatCannotTakeItIsRefused() {
		Rig rig = new Rig();
		rig.target.capabilities = List.of();
		MigrationReport report = rig.runner(true).migrate(FakePeer.PID, false);

		assertEquals(Outcome.REFUSED, report.outcome);
		assertTrue(report.cause.contains("cannot take a post-copy migration"), report.cause);
		assertEquals(List.of(), rig.source.calls("checkpointForMigration"));
	}

	@Test
	void aJournalThatFailsAfterTheFreezeIsReportedAndTheMigrationGoesOn() {
		Rig rig = new Rig();
		rig.onPhase = phase -> rig.journal.failing |= phase == Phase.DUMP;
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(Outcome.DONE, report.outcome, "stopping now would leave the tree frozen");
		assertEquals(List.of("beta"), rig.runningOn());
		assertTrue(report.warnings.stream().anyMatch(w -> w.startsWith("The journal could not be written")), report.warnings
				.toString());
	}

	/**
	 * The freeze is what the journal must know of before it happens: an owner that restarts with PREFLIGHT as the
	 * last entry says "nothing was frozen" and leaves the tree alone, so a DUMP entry that cannot be written must
	 * stop the migration before the freeze, not after.
	 */
	@Test
	void aDumpThatCannotBeJournaledIsNotStartedTheTreeKeepsRunning() {
		Rig rig = new Rig();
		rig.onPhase = phase -> rig.journal.failing |= phase == Phase.PREFLIGHT;
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(List.of(), rig.source.calls("checkpointForMigration"), "no freeze the journal does not know of");
		assertEquals(Outcome.REFUSED, report.outcome, report.cause);
		assertTrue(report.cause.contains("cannot journal migration " + Rig.ID), report.cause);
		assertTrue(report.rollback.startsWith("Nothing was frozen"), report.rollback);
		assertEquals(List.of(), rig.source.calls("resume"));
		assertEquals(List.of("alpha"), rig.runningOn());
		assertEquals(List.of(QUEUED, PREFLIGHT), rig.journal.states(), "what a restart would find: nothing frozen");
		assertEquals(1, rig.target.slotsClosed);
	}

	@Test
	void aJournalThatCannotBeWrittenBeforeTheFreezeStopsTheMigrationWithNothingTouched() {
		Rig rig = new Rig();
		rig.journal.failing = true;
		MigrationRunner runner = rig.runner(false);

		MigrationReport report = runner.migrate(FakePeer.PID, false); // refused, not thrown: migrate() never throws
		assertEquals(Outcome.REFUSED, report.outcome, report.cause);
		assertTrue(report.cause.contains("cannot journal migration " + Rig.ID), report.cause);
		assertEquals(List.of(), rig.source.calls("checkpointForMigration"));
		assertEquals(List.of(), rig.target.calls("holdIncomingSlot"));
		assertEquals(List.of("alpha"), rig.runningOn());
	}
}

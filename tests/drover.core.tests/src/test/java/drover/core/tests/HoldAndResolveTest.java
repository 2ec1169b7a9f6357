package drover.core.tests;

import static drover.core.tests.FakePeer.Fault.LOST_AFTER;
import static drover.core.tests.FakePeer.Fault.LOST_BEFORE;
import static drover.core.tests.FakePeer.Fault.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import drover.core.migration.MigrationRunner;
import drover.core.migration.MigrationState;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;

/**
 * When nobody can tell whether a copy runs on the target, the source copy stays frozen (HELD) rather than risk
 * two running copies; {@link MigrationRunner#resolve} settles it once the target answers again.
 */
class HoldAndResolveTest {

	/** The restore ran or not, and then the target went silent: neither its status nor an abort is answered. */
	private static Rig silentAfterRestore(FakePeer.Fault restore) {
		Rig rig = new Rig();
		rig.target.fail("restoreForMigration", restore, ErrorInfo.TIMEOUT);
		rig.target.fail("migrationStatus", LOST_BEFORE, ErrorInfo.UNREACHABLE);
		rig.target.fail("migrationAbort", LOST_BEFORE, ErrorInfo.UNREACHABLE);
		return rig;
	}

	private static void assertHeld(Rig rig, MigrationRunner runner, MigrationReport report) {
		assertEquals(Outcome.HELD, report.outcome, report.rollback);
		assertEquals(MigrationState.HELD, runner.state());
		assertEquals(MigrationState.HELD, rig.journal.states().getLast());
		assertEquals(FakePeer.Tree.FROZEN, rig.source.tree, "the source copy stays frozen");
		assertEquals(List.of(), rig.source.calls("resume"), "never resumed while the target may run a copy");
		assertEquals(List.of(), rig.source.calls("killTree"), "never killed while the target may have nothing");
		assertTrue(report.rollback.contains("'drover resume alpha 4242 4243 4250 --force'"), report.rollback);
		assertTrue(report.rollback.contains("'drover ps beta'"), report.rollback);
		assertTrue(report.downtimeMillis >= 0 && report.downtimeMillis < 10_000, "downtime " + report.downtimeMillis);
		rig.assertWellBehaved();
	}

	@Test
	void aRestoreThatRanThenSilenceIsHeldAndFinishesOnTheTargetOnceItAnswers() {
		Rig rig = silentAfterRestore(LOST_AFTER);
		MigrationRunner runner = rig.runner(false);
		MigrationReport report = runner.migrate(FakePeer.PID, false);

		assertHeld(rig, runner, report);
		assertEquals(List.of("beta"), rig.runningOn(), "the copy the target restored runs on: one copy");
		assertEquals(1, rig.target.slotsClosed);

		assertSame(report, runner.resolve(), "still silent: the same record");
		assertEquals(Outcome.HELD, report.outcome, "still nobody can tell");
		assertEquals(2, rig.target.calls("migrationStatus").size(), "asked again");

		rig.target.heal();
		report = runner.resolve();
		assertEquals(Outcome.DONE, report.outcome, report.rollback);
		assertEquals(List.of("beta"), rig.runningOn());
		assertEquals(FakePeer.Tree.KILLED, rig.source.tree);
		assertEquals(List.of(), rig.source.calls("resume"));
		rig.assertWellBehaved();
	}

	@Test
	void aRestoreThatNeverRanThenSilenceIsHeldAndRollsBackOnceTheTargetAnswers() {
		Rig rig = silentAfterRestore(LOST_BEFORE);
		MigrationRunner runner = rig.runner(false);
		assertHeld(rig, runner, runner.migrate(FakePeer.PID, false));
		assertEquals(List.of(), rig.runningOn(), "held: it runs nowhere until the target can tell");

		rig.target.heal();
		MigrationReport report = runner.resolve();
		assertEquals(Outcome.FAILED, report.outcome);
		assertEquals(List.of("alpha"), rig.runningOn());
		assertEquals(List.of(new FakePeer.Call("resume", List.of(FakePeer.FROZEN_PIDS, Rig.ID))), rig.source.calls("resume"));
		assertTrue(report.rollback.startsWith("Rolled back: "), report.rollback);
		rig.assertWellBehaved();
	}

	@Test
	void postCopyHeldCutsThePagesSoAFetchingCopyStopsThenResumesTheSourceOnceTheTargetSaysSo() {
		Rig rig = silentAfterRestore(LOST_AFTER);
		MigrationRunner runner = rig.runner(true);
		assertHeld(rig, runner, runner.migrate(FakePeer.PID, false));
		assertEquals(List.of(new FakePeer.Call("lazyAbort", List.of(Rig.ID, false))), rig.source.calls("lazyAbort"),
				"the pages are cut, the tree stays frozen");
		assertEquals(FakePeer.Tree.KILLED, rig.target.tree, "a copy without its memory cannot go on");

		rig.target.heal();
		MigrationReport report = runner.resolve();
		assertEquals(Outcome.FAILED, report.outcome);
		assertEquals(List.of("alpha"), rig.runningOn());
		assertEquals(1, rig.source.calls("lazyAbort").size(), "the page server was already cut: not asked again");
		assertEquals(1, rig.source.calls("resume").size());
		rig.assertWellBehaved();
	}

	@Test
	void aRestoreStillUnderWayOnTheTargetIsHeldUntilItSettles() {
		Rig rig = new Rig();
		rig.target.fail("restoreForMigration", LOST_AFTER, ErrorInfo.TIMEOUT);
		rig.target.unsettled = true;
		MigrationRunner runner = rig.runner(false);
		assertHeld(rig, runner, runner.migrate(FakePeer.PID, false));
		assertEquals(List.of(), rig.target.calls("migrationAbort"), "a restore under way is not aborted: its outcome decides");

		rig.target.unsettled = false;
		assertEquals(Outcome.DONE, runner.resolve().outcome);
		assertEquals(List.of("beta"), rig.runningOn());
		rig.assertWellBehaved();
	}

	@Test
	void aTargetThatRefusesToStopItsCopyIsHeldAndAskedAgain() {
		Rig rig = new Rig();
		rig.target.fail("inventory", REFUSE, ErrorInfo.INTERNAL);
		rig.target.fail("migrationAbort", REFUSE, ErrorInfo.INTERNAL);
		MigrationRunner runner = rig.runner(false);
		assertHeld(rig, runner, runner.migrate(FakePeer.PID, false));
		assertEquals(List.of(), rig.target.calls("migrationStatus"), "confirm had an answer: abort without asking");

		// asked again, the target says its copy runs with every page: it finishes there
		MigrationReport report = runner.resolve();
		assertEquals(Outcome.DONE, report.outcome);
		assertEquals(List.of("beta"), rig.runningOn());
		rig.assertWellBehaved();
	}

	@Test
	void aTargetThatAnswersWithinTheHoldSettlesItWithoutHolding() {
		Rig rig = new Rig();
		rig.target.fail("restoreForMigration", LOST_AFTER, ErrorInfo.TIMEOUT);
		rig.target.fail("migrationStatus", LOST_BEFORE, ErrorInfo.TIMEOUT, 1, null);
		rig.target.fail("migrationAbort", LOST_BEFORE, ErrorInfo.TIMEOUT, 1, null);
		long started = System.currentTimeMillis();
		MigrationRunner runner = rig.runner(false).holdFor(Duration.ofSeconds(5));
		MigrationReport report = runner.migrate(FakePeer.PID, false);
		long took = System.currentTimeMillis() - started;

		assertEquals(Outcome.DONE, report.outcome, report.rollback);
		assertEquals(List.of("beta"), rig.runningOn());
		assertEquals(2, rig.target.calls("migrationStatus").size(), "asked again after a pause");
		assertTrue(took >= 900 && took < 5_000, "one pause of about a second: " + took + " ms");
		assertTrue(!rig.journal.states().contains(MigrationState.HELD));
		rig.assertWellBehaved();
	}

	@Test
	void resolveOfAMigrationThatIsNotHeldChangesNothing() {
		Rig rig = new Rig();
		MigrationRunner runner = rig.runner(false);
		MigrationReport report = runner.migrate(FakePeer.PID, false);
		int calls = rig.log.size();

		assertSame(report, runner.resolve());
		assertEquals(Outcome.DONE, report.outcome);
		assertEquals(calls, rig.log.size(), "nobody was asked anything");
	}

	/**
	 * The source's agent does not answer the resume: the tree may still be frozen and nothing runs on the target.
	 * That is no end (FAILED says the process runs on its source again): it is HELD, and resolve resumes it.
	 */
	@Test
	void aResumeWhoseAnswerIsLostIsHeldNotFailedAndResolveResumesIt() {
		Rig rig = new Rig();
		rig.source.fail("pushImage", REFUSE, ErrorInfo.TRANSFER_FAILED);
		rig.source.fail("resume", LOST_BEFORE, ErrorInfo.TIMEOUT);
		MigrationRunner runner = rig.runner(false);
		MigrationReport report = runner.migrate(FakePeer.PID, false);

		assertEquals(Outcome.HELD, report.outcome, report.rollback);
		assertEquals(List.of(), rig.runningOn());
		assertTrue(report.rollback.contains("'drover resume alpha 4242 4243 4250'"), report.rollback);
		assertEquals(MigrationState.HELD, rig.journal.states().getLast(), "kept in the journal: the owner asks again");

		rig.source.heal();
		report = runner.resolve();
		assertEquals(Outcome.FAILED, report.outcome);
		assertEquals(List.of("alpha"), rig.runningOn());
		assertTrue(report.rollback.startsWith("Rolled back: "), report.rollback);
		rig.assertWellBehaved();
	}

	@Test
	void aResumeTheSourceRefusesBecauseTheTreeIsGoneFailsAndSaysSo() {
		Rig rig = new Rig();
		rig.source.fail("pushImage", REFUSE, ErrorInfo.TRANSFER_FAILED);
		rig.source.fail("resume", REFUSE, ErrorInfo.NO_SUCH_PROCESS);
		MigrationReport report = rig.runner(false).migrate(FakePeer.PID, false);

		assertEquals(Outcome.FAILED, report.outcome);
		assertTrue(report.rollback.startsWith("Could not resume the source copy on alpha"), report.rollback);
		rig.assertWellBehaved();
	}
}

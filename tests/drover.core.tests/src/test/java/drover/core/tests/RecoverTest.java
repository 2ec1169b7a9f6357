package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationRunner;
import drover.core.migration.MigrationState;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;

/**
 * The owner died and started again: {@link MigrationRunner#resumed} from the last journal entry, then
 * {@link MigrationRunner#recover}. The entries are the very ones a run wrote (through JSON, as on disk); the
 * fakes are set up as the hosts would be at that moment, and the migration must end on exactly one host.
 */
class RecoverTest {

	private static final String WHY = "The agent of alpha restarted";

	/** The journal of a whole run, stop-and-copy or post-copy. */
	private static FakeJournal journalOf(boolean postCopy) {
		Rig rig = new Rig();
		assertEquals(Outcome.DONE, rig.runner(postCopy).migrate(FakePeer.PID, false).outcome);
		return rig.journal;
	}

	/** The journal of a run that ended HELD (the restore ran, then the target went silent). */
	private static FakeJournal heldJournal() {
		Rig rig = new Rig();
		rig.target.fail("restoreForMigration", FakePeer.Fault.LOST_AFTER, ErrorInfo.TIMEOUT);
		rig.target.fail("migrationStatus", FakePeer.Fault.LOST_BEFORE, ErrorInfo.UNREACHABLE);
		rig.target.fail("migrationAbort", FakePeer.Fault.LOST_BEFORE, ErrorInfo.UNREACHABLE);
		assertEquals(Outcome.HELD, rig.runner(false).migrate(FakePeer.PID, false).outcome);
		return rig.journal;
	}

	/** How the hosts are when the owner restarts. */
	private static Consumer<Rig> frozen() {
		return r -> r.source.tree = FakePeer.Tree.FROZEN;
	}

	private static Consumer<Rig> frozenImageThere() {
		return r -> {
			r.source.tree = FakePeer.Tree.FROZEN;
			r.target.image = true;
		};
	}

	private static Consumer<Rig> runsOnTarget(boolean complete) {
		return r -> {
			r.source.tree = FakePeer.Tree.FROZEN;
			r.target.image = true;
			r.target.tree = FakePeer.Tree.RUNNING;
			r.target.complete = complete;
		};
	}

	record Case(String name, boolean postCopy, MigrationState at, Consumer<Rig> world, Outcome outcome, boolean asks) {
		@Override
		public String toString() {
			return "restarted in " + at + (postCopy ? " (post-copy)" : "") + ", " + name + " -> " + outcome;
		}
	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case("nothing touched yet", false, MigrationState.QUEUED, r -> {
				}, Outcome.REFUSED, false),
				new Case("nothing frozen yet", false, MigrationState.PREFLIGHT, r -> {
				}, Outcome.REFUSED, false),
				new Case("the dump may have frozen it", false, MigrationState.DUMP, frozen(), Outcome.FAILED, false),
				new Case("post-copy dump may have frozen it", true, MigrationState.DUMP, frozen(), Outcome.FAILED, false),
				new Case("part of the image arrived", false, MigrationState.TRANSFER, frozenImageThere(), Outcome.FAILED,
						false),
				new Case("the image arrived", false, MigrationState.VERIFY, frozenImageThere(), Outcome.FAILED, false),
				new Case("the restore never ran", false, MigrationState.RESTORE, frozenImageThere(), Outcome.FAILED, true),
				new Case("the restore ran", false, MigrationState.RESTORE, runsOnTarget(true), Outcome.DONE, true),
				new Case("post-copy restore ran, pages missing", true, MigrationState.RESTORE, runsOnTarget(false),
						Outcome.FAILED, true),
				new Case("the copy runs", false, MigrationState.CONFIRM, runsOnTarget(true), Outcome.DONE, true),
				new Case("post-copy copy still fetching", true, MigrationState.POSTCOPY, runsOnTarget(false), Outcome.FAILED,
						true),
				new Case("post-copy copy got every page", true, MigrationState.POSTCOPY, runsOnTarget(true), Outcome.DONE,
						true),
				new Case("only the clean-up was left", false, MigrationState.CLEANUP, runsOnTarget(true), Outcome.DONE,
						false),
				new Case("post-copy, only the clean-up was left", true, MigrationState.CLEANUP, runsOnTarget(true),
						Outcome.DONE, false),
				new Case("in the middle of the rollback, the copy runs", false, MigrationState.ROLLBACK, runsOnTarget(true),
						Outcome.DONE, true),
				new Case("held, the copy runs", false, MigrationState.HELD, runsOnTarget(true), Outcome.DONE, true),
				new Case("held, the copy is gone", false, MigrationState.HELD, frozenImageThere(), Outcome.FAILED, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void fromEachJournaledState(Case c) {
		FakeJournal previous = c.at() == MigrationState.ROLLBACK || c.at() == MigrationState.HELD ? heldJournal()
				: journalOf(c.postCopy());
		MigrationJournal.Entry entry = previous.first(c.at());
		Rig rig = new Rig();
		c.world().accept(rig);
		MigrationRunner runner = rig.pickUp(entry);
		MigrationReport report = runner.recover(WHY);

		assertEquals(c.outcome(), report.outcome, report.cause + " / " + report.rollback);
		assertEquals(MigrationState.valueOf(c.outcome().name()), rig.journal.states().getLast());
		rig.assertWellBehaved();
		assertEquals(c.asks(), !rig.target.calls("migrationStatus").isEmpty(), "the target asked: " + rig.log);
		switch (c.outcome()) {
		case REFUSED -> {
			assertEquals(List.of("alpha"), rig.runningOn());
			assertEquals(WHY + " before the freeze.", report.cause);
			assertEquals(List.of(), rig.source.calls("resume"));
			assertEquals(List.of(), rig.target.calls("migrationAbort"));
		}
		case FAILED -> {
			assertEquals(List.of("alpha"), rig.runningOn());
			List<Integer> pids = c.at() == MigrationState.DUMP ? FakePeer.PREFLIGHT_PIDS : FakePeer.FROZEN_PIDS;
			assertEquals(List.of(new FakePeer.Call("resume", List.of(pids, Rig.ID))), rig.source.calls("resume"));
			assertEquals(1, rig.target.calls("migrationAbort").size());
			assertTrue(report.rollback.startsWith("Rolled back: "), report.rollback);
			assertEquals(entry.report().failedPhase != null ? entry.report().failedPhase : c.at().phase(), report.failedPhase,
					"the phase it failed in, or the one it was in when the owner died");
			assertEquals(c.postCopy() ? 1 : 0, rig.source.calls("lazyAbort").size(), "a page server left over lets go");
		}
		case DONE -> {
			assertEquals(List.of("beta"), rig.runningOn());
			assertEquals(List.of(new FakePeer.Call("killTree", List.of(FakePeer.FROZEN_PIDS, Rig.ID))), rig.source.calls(
					"killTree"));
			assertEquals(List.of(), rig.source.calls("resume"));
			assertEquals(List.of(), rig.target.calls("migrationAbort"));
		}
		default -> throw new AssertionError(c.outcome());
		}
		assertTrue(report.downtimeMillis >= 0 && report.downtimeMillis <= System.currentTimeMillis() - report.startedAt,
				"downtime " + report.downtimeMillis + " ms within the migration's life");
	}

	@Test
	void restartedWhileTheTargetStaysSilentTheTreeStaysFrozenAndHeld() {
		MigrationJournal.Entry entry = journalOf(false).first(MigrationState.RESTORE);
		Rig rig = new Rig();
		runsOnTarget(true).accept(rig);
		rig.target.fail("migrationStatus", FakePeer.Fault.LOST_BEFORE, ErrorInfo.UNREACHABLE);
		rig.target.fail("migrationAbort", FakePeer.Fault.LOST_BEFORE, ErrorInfo.UNREACHABLE);
		MigrationRunner runner = rig.pickUp(entry);
		MigrationReport report = runner.recover(WHY);

		assertEquals(Outcome.HELD, report.outcome);
		assertEquals(FakePeer.Tree.FROZEN, rig.source.tree);
		assertEquals(List.of(), rig.source.calls("resume"));
		assertEquals(WHY + " in phase RESTORE.", report.cause);
		assertTrue(report.downtimeMillis >= 0 && report.downtimeMillis <= System.currentTimeMillis() - report.startedAt,
				"downtime " + report.downtimeMillis + " ms: at most since the migration started");
		rig.assertWellBehaved();

		rig.target.heal();
		assertEquals(Outcome.DONE, runner.resolve().outcome);
		assertEquals(List.of("beta"), rig.runningOn());
	}

	@Test
	void aJournalThatEndedInAFinalStateIsLeftAsItIs() {
		FakeJournal previous = journalOf(false);
		for (MigrationState end : List.of(MigrationState.DONE, MigrationState.REFUSED, MigrationState.FAILED)) {
			MigrationJournal.Entry done = previous.first(MigrationState.DONE);
			MigrationJournal.Entry entry = new MigrationJournal.Entry(end, done.report(), done.facts());
			entry.report().outcome = end.outcome();
			Rig rig = new Rig();
			MigrationReport report = rig.pickUp(entry).recover(WHY);

			assertEquals(end.outcome(), report.outcome, "a finished migration stays as it ended");
			assertEquals(List.of(), rig.source.calls, "nothing asked of the source");
			assertEquals(List.of(), rig.target.calls, "nothing asked of the target");
		}
	}
}

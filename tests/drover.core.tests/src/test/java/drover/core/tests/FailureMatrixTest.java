package drover.core.tests;

import static drover.core.tests.FakePeer.Fault.BROKEN_AFTER;
import static drover.core.tests.FakePeer.Fault.LOST_AFTER;
import static drover.core.tests.FakePeer.Fault.LOST_BEFORE;
import static drover.core.tests.FakePeer.Fault.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import drover.core.migration.MigrationRunner;
import drover.core.migration.MigrationState;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;

/**
 * Every phase × every way its request can fail, in both modes, against fake agents that know where the process
 * is. Each row says how the migration must end: REFUSED before the freeze (nothing touched), FAILED after it (the
 * source resumed, the target's copy removed), DONE when the target had it all; and each run is checked for what
 * the fakes saw: exactly the right calls, the journal written before each step, never two running copies.
 */
class FailureMatrixTest {

	enum Mode {
		STOP_AND_COPY, POST_COPY
	}

	record Case(String name, Mode mode, Phase phase, Consumer<Rig> setup, Outcome outcome) {
		@Override
		public String toString() {
			return (mode == Mode.POST_COPY ? "post-copy: " : "stop-and-copy: ") + name + " -> " + outcome;
		}
	}

	static Stream<Case> cases() {
		List<Case> all = new ArrayList<>();
		for (Mode m : Mode.values()) {
			boolean post = m == Mode.POST_COPY;
			// pre-flight: any "no" or silence leaves everything as it was
			all.add(new Case("the source agent refuses the pre-flight", m, Phase.PREFLIGHT, r -> r.source.fail("preflight",
					REFUSE, ErrorInfo.NO_SUCH_PROCESS), Outcome.REFUSED));
			all.add(new Case("the pre-flight's answer is lost", m, Phase.PREFLIGHT, r -> r.source.fail("preflight",
					LOST_BEFORE, ErrorInfo.TIMEOUT), Outcome.REFUSED));
			all.add(new Case("the target refuses room for it", m, Phase.PREFLIGHT, r -> r.target.fail("preflightTarget",
					REFUSE, ErrorInfo.NO_SPACE), Outcome.REFUSED));
			all.add(new Case("the target does not answer hello", m, Phase.PREFLIGHT, r -> r.target.fail("hello", LOST_BEFORE,
					ErrorInfo.UNREACHABLE), Outcome.REFUSED));
			all.add(new Case("a pre-flight verdict is an error", m, Phase.PREFLIGHT, r -> r.source.verdicts = List.of(
					new Preflight.Verdict(Preflight.Verdict.ERROR, 4243, "fd 7", "a socket CRIU cannot dump")),
					Outcome.REFUSED));
			// dump: the tree may be frozen from here on
			all.add(new Case("CRIU fails the dump", m, Phase.DUMP, r -> r.source.fail("checkpointForMigration", REFUSE,
					ErrorInfo.CRIU_FAILED), Outcome.FAILED));
			all.add(new Case("the dump's answer is lost after the freeze", m, Phase.DUMP, r -> r.source.fail(
					"checkpointForMigration", LOST_AFTER, ErrorInfo.TIMEOUT), Outcome.FAILED));
			all.add(new Case("the link breaks after the freeze", m, Phase.DUMP, r -> r.source.fail("checkpointForMigration",
					BROKEN_AFTER, null), Outcome.FAILED));
			// transfer
			all.add(new Case("the push is refused", m, Phase.TRANSFER, r -> r.source.fail("pushImage", REFUSE,
					ErrorInfo.TRANSFER_FAILED), Outcome.FAILED));
			all.add(new Case("the push's answer is lost after part of the image arrived", m, Phase.TRANSFER, r -> r.source
					.fail("pushImage", LOST_AFTER, ErrorInfo.NO_ANSWER), Outcome.FAILED));
			// verify (no request of its own: what fails is what arrived)
			all.add(new Case("a file arrives with another SHA-256", m, Phase.VERIFY, r -> r.target.corruptsAFile = true,
					Outcome.FAILED));
			if (!post) {
				all.add(new Case("fewer streamed page bytes arrive than CRIU dumped", m, Phase.VERIFY, r -> {
					r.source.resident = 512 * FakePeer.MB; // streamed from 256 MB on
					r.target.losesStreamedPages = true;
				}, Outcome.FAILED));
			}
			// restore: a lost answer may hide a running copy, so the target is asked
			all.add(new Case("CRIU fails the restore", m, Phase.RESTORE, r -> r.target.fail("restoreForMigration", REFUSE,
					ErrorInfo.CRIU_FAILED), Outcome.FAILED));
			all.add(new Case("the restore's answer is lost before it ran (the target says: image only)", m, Phase.RESTORE,
					r -> r.target.fail("restoreForMigration", LOST_BEFORE, ErrorInfo.TIMEOUT), Outcome.FAILED));
			all.add(new Case("the restore's answer is lost after it ran (stop-and-copy: complete; post-copy: still"
					+ " fetching, stopped)", m, Phase.RESTORE,
					r -> r.target.fail("restoreForMigration", LOST_AFTER,
							ErrorInfo.TIMEOUT),
					post ? Outcome.FAILED : Outcome.DONE));
			all.add(new Case("the link breaks after the restore ran", m, Phase.RESTORE, r -> r.target.fail(
					"restoreForMigration", BROKEN_AFTER, null), post ? Outcome.FAILED : Outcome.DONE));
			// confirm
			all.add(new Case("the target refuses the inventory: its copy is stopped", m, Phase.CONFIRM, r -> r.target.fail(
					"inventory", REFUSE, ErrorInfo.INTERNAL), Outcome.FAILED));
			all.add(new Case("the restored process died at once", m, Phase.CONFIRM, r -> r.target.diesAfterRestore = true,
					Outcome.FAILED));
			all.add(new Case("the inventory's answer is lost (the copy runs: asked, then finished or stopped)", m,
					Phase.CONFIRM, r -> r.target.fail("inventory", LOST_BEFORE, ErrorInfo.TIMEOUT), post ? Outcome.FAILED
							: Outcome.DONE));
			if (post) {
				all.add(new Case("the pages stop and the target's agent kills its copy", m, Phase.POSTCOPY, r -> r.target.fail(
						"lazyWait", REFUSE, ErrorInfo.POST_COPY_FAILED, 1, () -> r.target.tree = FakePeer.Tree.KILLED),
						Outcome.FAILED));
				all.add(new Case("the target's agent fails the fetch otherwise", m, Phase.POSTCOPY, r -> r.target.fail(
						"lazyWait", REFUSE, ErrorInfo.INTERNAL), Outcome.FAILED));
				all.add(new Case("the fetch's answer is lost while pages are missing", m, Phase.POSTCOPY, r -> r.target.fail(
						"lazyWait", LOST_BEFORE, ErrorInfo.TIMEOUT), Outcome.FAILED));
				all.add(new Case("the fetch's answer is lost after every page arrived", m, Phase.POSTCOPY, r -> r.target.fail(
						"lazyWait", LOST_AFTER, ErrorInfo.TIMEOUT), Outcome.DONE));
			}
			// clean-up: the process runs on the target; failures are only reported
			all.add(new Case("the source refuses to kill its frozen copy", m, Phase.CLEANUP, r -> r.source.fail("killTree",
					REFUSE, ErrorInfo.INTERNAL), Outcome.DONE));
			all.add(new Case("the kill's answer is lost", m, Phase.CLEANUP, r -> r.source.fail("killTree", LOST_BEFORE,
					ErrorInfo.UNREACHABLE), Outcome.DONE));
			all.add(new Case("the target's image cannot be removed", m, Phase.CLEANUP, r -> r.target.fail("deleteImage",
					REFUSE, ErrorInfo.INTERNAL), Outcome.DONE));
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyPhaseTimesEveryFailure(Case c) {
		Rig rig = new Rig();
		c.setup().accept(rig);
		boolean post = c.mode() == Mode.POST_COPY;
		MigrationRunner runner = rig.runner(post);
		MigrationReport report = runner.migrate(FakePeer.PID, false);

		assertEquals(c.outcome(), report.outcome, report.cause + " / " + report.rollback + " / " + report.warnings);
		assertEquals(MigrationState.valueOf(c.outcome().name()), runner.state());
		assertEquals(MigrationState.valueOf(c.outcome().name()), rig.journal.states().getLast(), "the journal ends there");
		rig.assertWellBehaved();
		assertEquals(1, rig.target.slotsClosed, "the target's incoming slot is let go");
		assertEquals(List.of(new FakePeer.Call("recordMigration", List.of(c.outcome()))), rig.source.calls(
				"recordMigration"), "the source keeps the record");
		assertEquals(List.of(new FakePeer.Call("recordMigration", List.of(c.outcome()))), rig.target.calls(
				"recordMigration"), "the target keeps the record");

		switch (c.outcome()) {
		case REFUSED -> {
			assertEquals(List.of(rig.source.host.name()), rig.runningOn());
			assertEquals(Phase.PREFLIGHT, report.failedPhase);
			assertNotNull(report.cause);
			assertTrue(report.rollback.startsWith("Nothing was frozen"), report.rollback);
			assertEquals(List.of(), rig.source.calls("checkpointForMigration"), "nothing frozen");
			assertEquals(List.of(), rig.source.calls("resume"));
			assertEquals(List.of(), rig.target.calls("migrationAbort"));
			assertEquals(List.of(), rig.target.calls("restoreForMigration"));
			assertEquals(0, report.downtimeMillis);
		}
		case FAILED -> {
			assertEquals(List.of(rig.source.host.name()), rig.runningOn(), "the process runs on its source again");
			assertEquals(c.phase(), report.failedPhase);
			assertNotNull(report.cause);
			assertTrue(report.rollback.startsWith("Rolled back: "), report.rollback);
			// resumed once, the tree as the source knew it when it failed, by the migration that owns it
			List<Integer> pids = c.phase() == Phase.DUMP ? FakePeer.PREFLIGHT_PIDS : FakePeer.FROZEN_PIDS;
			assertEquals(List.of(new FakePeer.Call("resume", List.of(pids, Rig.ID))), rig.source.calls("resume"));
			assertEquals(List.of(new FakePeer.Call("migrationAbort", List.of(Rig.ID))), rig.target.calls("migrationAbort"),
					"whatever reached the target is removed, once");
			assertTrue(rig.index("target.migrationAbort") < rig.index("source.resume"), "stopped there before resumed here");
			assertEquals(List.of(), rig.source.calls("killTree"));
			assertTrue(!rig.target.image, "no image left on the target");
			assertEquals(List.of(new FakePeer.Call("releaseSocketPaths", List.of(Rig.ID, true))), rig.source.calls(
					"releaseSocketPaths"), "the socket paths are put back");
			if (post) {
				assertEquals(List.of(new FakePeer.Call("lazyAbort", List.of(Rig.ID, true))), rig.source.calls("lazyAbort"),
						"the page server lets go of the tree");
				assertTrue(rig.index("source.lazyAbort") < rig.index("source.resume"));
			}
			assertTrue(rig.phases.contains(Phase.ROLLBACK), "the listener saw the rollback: " + rig.phases);
			assertEquals(Phase.FAILED, rig.phases.getLast());
		}
		case DONE -> {
			assertEquals(List.of(rig.target.host.name()), rig.runningOn(), "the process runs on the target");
			assertNull(report.failedPhase);
			assertEquals(List.of(), rig.source.calls("resume"), "never resumed on the source");
			assertEquals(List.of(), rig.target.calls("migrationAbort"), "never stopped on the target");
			assertEquals(List.of(new FakePeer.Call("killTree", List.of(FakePeer.FROZEN_PIDS, Rig.ID))), rig.source.calls(
					"killTree"), "the frozen source copy goes, once");
			assertEquals(post ? 1 : 0, rig.source.calls("lazyFinish").size(), "post-copy ends the page server");
			if (c.phase() == Phase.CLEANUP) {
				assertTrue(!report.warnings.isEmpty(), "the clean-up's failure is reported");
			}
			if (rig.index("journal:ROLLBACK") >= 0) { // the target was asked, and had it all
				assertEquals(1, rig.target.calls("migrationStatus").size());
				assertTrue(report.warnings.stream().anyMatch(w -> w.contains("with all its memory")), report.warnings
						.toString());
			}
			assertEquals(Phase.DONE, rig.phases.getLast());
		}
		default -> throw new AssertionError(c.outcome());
		}
	}
}

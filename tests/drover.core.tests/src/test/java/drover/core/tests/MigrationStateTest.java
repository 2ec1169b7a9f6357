package drover.core.tests;

import static drover.core.migration.MigrationState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import drover.core.migration.MigrationState;
import drover.protocol.Outcome;
import drover.protocol.Phase;

/**
 * The migration's states and transitions, written down here a second time on purpose: a change to the state
 * machine must be made in both places, deliberately.
 */
class MigrationStateTest {

	private static final Map<MigrationState, Set<MigrationState>> ALLOWED = Map.ofEntries(
			Map.entry(QUEUED, EnumSet.of(PREFLIGHT, REFUSED)),
			Map.entry(PREFLIGHT, EnumSet.of(DUMP, REFUSED)),
			Map.entry(DUMP, EnumSet.of(TRANSFER, ROLLBACK)),
			Map.entry(TRANSFER, EnumSet.of(VERIFY, ROLLBACK)),
			Map.entry(VERIFY, EnumSet.of(RESTORE, ROLLBACK)),
			Map.entry(RESTORE, EnumSet.of(CONFIRM, ROLLBACK)),
			Map.entry(CONFIRM, EnumSet.of(POSTCOPY, CLEANUP, ROLLBACK)),
			Map.entry(POSTCOPY, EnumSet.of(CLEANUP, ROLLBACK)),
			Map.entry(CLEANUP, EnumSet.of(DONE)),
			Map.entry(ROLLBACK, EnumSet.of(FAILED, CLEANUP, HELD)),
			Map.entry(HELD, EnumSet.of(ROLLBACK)),
			Map.entry(DONE, EnumSet.noneOf(MigrationState.class)),
			Map.entry(REFUSED, EnumSet.noneOf(MigrationState.class)),
			Map.entry(FAILED, EnumSet.noneOf(MigrationState.class)));

	private static final Set<MigrationState> MAY_BE_FROZEN = EnumSet.of(DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY,
			CLEANUP, ROLLBACK, HELD);

	@Test
	void everyTransitionOfTheTableIsAllowedAndEveryOtherIsRefused() {
		assertEquals(EnumSet.allOf(MigrationState.class), ALLOWED.keySet(), "the table covers every state");
		int allowed = 0;
		for (MigrationState from : MigrationState.values()) {
			for (MigrationState to : MigrationState.values()) {
				boolean expected = ALLOWED.get(from).contains(to);
				assertEquals(expected, from.canGoTo(to), from + " -> " + to);
				allowed += expected ? 1 : 0;
			}
		}
		assertEquals(22, allowed);
	}

	@Test
	void transitionsThatWouldBreakTheIronRuleAreRefused() {
		for (MigrationState next : MigrationState.values()) {
			assertFalse(DONE.canGoTo(next), "DONE -> " + next);
			assertFalse(FAILED.canGoTo(next), "FAILED -> " + next);
			assertFalse(REFUSED.canGoTo(next), "REFUSED -> " + next);
		}
		assertFalse(PREFLIGHT.canGoTo(RESTORE), "no restore without a dump and a verified transfer");
		assertFalse(QUEUED.canGoTo(DUMP), "no freeze without a pre-flight");
		assertFalse(TRANSFER.canGoTo(RESTORE), "no restore of an image that was not verified");
		assertFalse(HELD.canGoTo(FAILED), "a held migration decides again (ROLLBACK) before it may end");
		assertFalse(HELD.canGoTo(DONE), "a held migration decides again (ROLLBACK) before it may end");
		assertFalse(ROLLBACK.canGoTo(DONE), "a rollback that finds the target complete still cleans up");
		// once the tree may be frozen, 'nothing was touched' can never be the outcome
		for (MigrationState frozen : MAY_BE_FROZEN) {
			assertFalse(frozen.canGoTo(REFUSED), frozen + " -> REFUSED");
		}
		// only a rollback may fail: every failure after the freeze goes through the decision first
		for (MigrationState from : MigrationState.values()) {
			assertEquals(from == ROLLBACK, from.canGoTo(FAILED), from + " -> FAILED");
		}
	}

	@Test
	void mayBeFrozenFromTheDumpUntilTheMigrationEnds() {
		for (MigrationState s : MigrationState.values()) {
			assertEquals(MAY_BE_FROZEN.contains(s), s.mayBeFrozen(), s.name());
		}
	}

	@Test
	void onlyDoneRefusedAndFailedAreFinalAndEveryOtherStateCanReachOne() {
		for (MigrationState s : MigrationState.values()) {
			assertEquals(s == DONE || s == REFUSED || s == FAILED, s.isFinal(), s.name());
			assertEquals(s.isFinal(), s.outcome().isFinal(), s + "'s outcome " + s.outcome());
			Set<MigrationState> seen = EnumSet.of(s);
			ArrayDeque<MigrationState> todo = new ArrayDeque<>(List.of(s));
			boolean reachesFinal = s.isFinal();
			while (!todo.isEmpty()) {
				MigrationState at = todo.pop();
				for (MigrationState next : MigrationState.values()) {
					if (at.canGoTo(next) && seen.add(next)) {
						reachesFinal |= next.isFinal();
						todo.push(next);
					}
				}
			}
			assertTrue(reachesFinal, s + " can never end");
		}
	}

	@Test
	void phasesAndOutcomesTheRecordShowsForEachState() {
		assertEquals(Phase.PREFLIGHT, QUEUED.phase());
		assertEquals(Phase.PREFLIGHT, PREFLIGHT.phase());
		assertEquals(Phase.ROLLBACK, HELD.phase());
		assertEquals(Phase.FAILED, REFUSED.phase());
		for (MigrationState s : List.of(DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY, CLEANUP, ROLLBACK, DONE, FAILED)) {
			assertEquals(s.name(), s.phase().name());
		}
		assertEquals(Outcome.QUEUED, QUEUED.outcome());
		assertEquals(Outcome.HELD, HELD.outcome());
		assertEquals(Outcome.DONE, DONE.outcome());
		assertEquals(Outcome.REFUSED, REFUSED.outcome());
		assertEquals(Outcome.FAILED, FAILED.outcome());
		for (MigrationState s : List.of(PREFLIGHT, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY, CLEANUP, ROLLBACK)) {
			assertEquals(Outcome.RUNNING, s.outcome(), s.name());
		}
	}
}

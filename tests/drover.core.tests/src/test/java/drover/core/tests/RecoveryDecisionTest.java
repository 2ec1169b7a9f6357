package drover.core.tests;

import static drover.core.migration.RecoveryDecision.Action.ABORT_TARGET;
import static drover.core.migration.RecoveryDecision.Action.ASK_TARGET;
import static drover.core.migration.RecoveryDecision.Action.FINISH_ON_TARGET;
import static drover.core.migration.RecoveryDecision.Action.HOLD_SOURCE;
import static drover.core.migration.RecoveryDecision.Action.NOTHING;
import static drover.core.migration.RecoveryDecision.Action.RESUME_SOURCE;
import static drover.core.migration.RecoveryDecision.Answer.LOST;
import static drover.core.migration.RecoveryDecision.Answer.NOT_ASKED;
import static drover.core.migration.RecoveryDecision.Answer.OK;
import static drover.core.migration.RecoveryDecision.Answer.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import drover.core.migration.RecoveryDecision;
import drover.core.migration.RecoveryDecision.Action;
import drover.core.migration.RecoveryDecision.Answer;
import drover.core.migration.RecoveryDecision.Facts;
import drover.core.migration.RecoveryDecision.TargetCopy;
import drover.protocol.TargetStatus.Copy;

/**
 * {@link RecoveryDecision#decide}: first the rows that mean something, each named as the sentence it stands for;
 * then every combination of the facts against the rules that must hold for all of them, and the decision loop
 * the runner runs, followed down every possible answer.
 */
class RecoveryDecisionTest {

	/** Frozen, nothing else known yet: where every failure after the freeze starts. */
	private static final Facts FROZEN = Facts.initial().withFrozen();
	private static final Facts RESTORE_LOST = FROZEN.withRestore(LOST);
	private static final Facts RESTORED = FROZEN.withRestore(OK);

	record Row(String name, Facts facts, Action expected) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Row> table() {
		return Stream.of(
				new Row("nothing frozen: nothing to undo", Facts.initial(), NOTHING),
				new Row("nothing frozen, whatever else is said: nothing to undo",
						Facts.initial().withRestore(LOST).withStatus(OK, Copy.RUNNING_FETCHING), NOTHING),
				new Row("failed between freeze and restore: the source resumes", FROZEN, RESUME_SOURCE),
				new Row("the dump's answer was lost before any restore: the source resumes", FROZEN.withAnswerLost(true),
						RESUME_SOURCE),
				new Row("the target refused the restore: it left no tree, the source resumes", FROZEN.withRestore(REFUSED),
						RESUME_SOURCE),
				new Row("the restore's answer was lost: ask the target first", RESTORE_LOST, ASK_TARGET),
				new Row("restore lost, the target runs it with every page: finish there", RESTORE_LOST.withStatus(OK,
						Copy.RUNNING_COMPLETE), FINISH_ON_TARGET),
				new Row("restore lost, the target has only the image: the source resumes", RESTORE_LOST.withStatus(OK,
						Copy.IMAGE_ONLY), RESUME_SOURCE),
				new Row("restore lost, nothing of it on the target: the source resumes", RESTORE_LOST.withStatus(OK,
						Copy.ABSENT), RESUME_SOURCE),
				new Row("restore lost, the target's copy stopped: the source resumes", RESTORE_LOST.withStatus(OK,
						Copy.STOPPED), RESUME_SOURCE),
				new Row("restore lost, a restore is still under way there: hold", RESTORE_LOST.withStatus(OK,
						Copy.UNSETTLED), HOLD_SOURCE),
				new Row("restore lost, the target's copy still fetches its memory: stop it", RESTORE_LOST.withStatus(OK,
						Copy.RUNNING_FETCHING), ABORT_TARGET),
				new Row("a fetching copy was stopped: the source resumes", RESTORE_LOST.withStatus(OK,
						Copy.RUNNING_FETCHING).withAbort(OK), RESUME_SOURCE),
				new Row("a fetching copy could not be stopped (lost): hold", RESTORE_LOST.withStatus(OK,
						Copy.RUNNING_FETCHING).withAbort(LOST), HOLD_SOURCE),
				new Row("a fetching copy could not be stopped (refused): hold", RESTORE_LOST.withStatus(OK,
						Copy.RUNNING_FETCHING).withAbort(REFUSED), HOLD_SOURCE),
				new Row("restore lost and the target does not answer: try to stop whatever runs there",
						RESTORE_LOST.withStatus(LOST, null), ABORT_TARGET),
				new Row("restore lost, the target refuses to say: try to stop whatever runs there",
						RESTORE_LOST.withStatus(REFUSED, null), ABORT_TARGET),
				new Row("restore lost, no answer, but the abort went through: the source resumes",
						RESTORE_LOST.withStatus(LOST, null).withAbort(OK), RESUME_SOURCE),
				new Row("restore lost, neither status nor abort answered: hold", RESTORE_LOST.withStatus(LOST, null)
						.withAbort(LOST), HOLD_SOURCE),
				new Row("restore lost, no answer, abort refused: hold", RESTORE_LOST.withStatus(LOST, null)
						.withAbort(REFUSED), HOLD_SOURCE),
				new Row("confirm saw the copy not running (an answer): stop it without asking", RESTORED, ABORT_TARGET),
				new Row("confirm's answer was lost: ask the target first", RESTORED.withAnswerLost(true), ASK_TARGET),
				new Row("confirm lost, the target runs it complete: finish there", RESTORED.withAnswerLost(true)
						.withStatus(OK, Copy.RUNNING_COMPLETE), FINISH_ON_TARGET),
				new Row("post-copy: the target's agent stopped its copy (pages stopped): the source resumes",
						RESTORED.withTarget(TargetCopy.STOPPED), RESUME_SOURCE),
				new Row("post-copy fetch lost, the copy still fetches: stop it", RESTORED.withAnswerLost(true)
						.withStatus(OK, Copy.RUNNING_FETCHING), ABORT_TARGET),
				new Row("the target had every page (only the clean-up failed): finish there",
						RESTORED.withTarget(TargetCopy.COMPLETE), FINISH_ON_TARGET),
				new Row("after a hold, the target's old answers are forgotten: ask again", RESTORE_LOST.withStatus(LOST,
						null).withAbort(LOST).forgetTargetAnswers(), ASK_TARGET),
				new Row("after a hold where confirm had answered: ask (the copy may have completed meanwhile)",
						RESTORED.withAbort(REFUSED).forgetTargetAnswers(), ASK_TARGET));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void theMeaningfulRows(Row row) {
		assertEquals(row.expected(), RecoveryDecision.decide(row.facts()), row.name() + ": " + row.facts());
	}

	// --- every combination

	private static final List<Answer> ANSWERS = List.of(Answer.values());
	private static final List<Copy> STATUSES = statuses();

	private static List<Copy> statuses() {
		List<Copy> all = new ArrayList<>(Arrays.asList(Copy.values()));
		all.add(0, null);
		return all;
	}

	/** frozen × restore × answerLost × target × status × statusAsked × abort: 2·4·2·3·7·4·4 = 5376. */
	static List<Facts> everyCombination() {
		List<Facts> all = new ArrayList<>();
		for (boolean frozen : new boolean[] { false, true }) {
			for (Answer restore : ANSWERS) {
				for (boolean lost : new boolean[] { false, true }) {
					for (TargetCopy target : TargetCopy.values()) {
						for (Copy status : STATUSES) {
							for (Answer asked : ANSWERS) {
								for (Answer abort : ANSWERS) {
									all.add(new Facts(frozen, restore, lost, target, status, asked, abort));
								}
							}
						}
					}
				}
			}
		}
		return all;
	}

	/** Something says no copy can run on the target (any more). */
	private static boolean knownNoCopy(Facts f) {
		return f.abort() == OK || f.target() == TargetCopy.STOPPED || f.status() == Copy.ABSENT
				|| f.status() == Copy.IMAGE_ONLY || f.status() == Copy.STOPPED;
	}

	/** Something says a copy runs, or may run, on the target. */
	private static boolean copyMayRun(Facts f) {
		return f.status() == Copy.RUNNING_COMPLETE || f.status() == Copy.RUNNING_FETCHING || f.status() == Copy.UNSETTLED
				|| (f.status() == null && (f.restore() == OK || f.restore() == LOST));
	}

	private static boolean knownComplete(Facts f) {
		return f.target() == TargetCopy.COMPLETE || f.status() == Copy.RUNNING_COMPLETE;
	}

	@Test
	void everyCombinationIsCountedOnce() {
		List<Facts> all = everyCombination();
		assertEquals(5376, all.size());
		assertEquals(all.size(), new HashSet<>(all).size());
	}

	@Test
	void nothingIsDoneExactlyWhenNothingWasFrozen() {
		for (Facts f : everyCombination()) {
			assertEquals(!f.frozen(), RecoveryDecision.decide(f) == NOTHING, f.toString());
		}
	}

	@Test
	void theSourceNeverResumesWhileACopyMayRunOnTheTarget() {
		for (Facts f : everyCombination()) {
			if (RecoveryDecision.decide(f) == RESUME_SOURCE) {
				assertTrue(knownNoCopy(f) || !copyMayRun(f), "resumes the source with " + f);
			}
		}
	}

	@Test
	void itFinishesOnTheTargetOnlyWhenTheTargetIsKnownComplete() {
		for (Facts f : everyCombination()) {
			if (RecoveryDecision.decide(f) == FINISH_ON_TARGET) {
				assertTrue(knownComplete(f), "finishes on the target with " + f);
			}
		}
	}

	@Test
	void itHoldsOnlyWhenNeitherHostIsKnownSafeToRunIt() {
		for (Facts f : everyCombination()) {
			if (RecoveryDecision.decide(f) == HOLD_SOURCE) {
				assertTrue(f.frozen() && !knownNoCopy(f) && !knownComplete(f) && copyMayRun(f), "holds with " + f);
			}
		}
	}

	@Test
	void itAsksAndAbortsOnlyWhatWasNotAskedYet() {
		for (Facts f : everyCombination()) {
			Action a = RecoveryDecision.decide(f);
			if (a == ASK_TARGET) {
				assertEquals(NOT_ASKED, f.statusAsked(), f.toString());
			}
			if (a == ABORT_TARGET) {
				assertEquals(NOT_ASKED, f.abort(), f.toString());
			}
		}
	}

	/** What the runner learns from carrying out a non-final action: one fact set per possible answer. */
	static List<Facts> answersTo(Action action, Facts f) {
		List<Facts> next = new ArrayList<>();
		if (action == ASK_TARGET) {
			for (Copy copy : Copy.values()) {
				next.add(f.withStatus(OK, copy));
			}
			next.add(f.withStatus(REFUSED, null));
			next.add(f.withStatus(LOST, null));
		} else if (action == ABORT_TARGET) {
			for (Answer answer : List.of(OK, REFUSED, LOST)) {
				next.add(f.withAbort(answer));
			}
		}
		return next;
	}

	@Test
	void theDecisionLoopReachesAFinalActionWithinThreeStepsWhateverTheAnswers() {
		int paths = 0;
		for (Facts start : everyCombination()) {
			ArrayDeque<Facts> at = new ArrayDeque<>(List.of(start));
			ArrayDeque<Integer> depth = new ArrayDeque<>(List.of(1));
			while (!at.isEmpty()) {
				Facts f = at.pop();
				int d = depth.pop();
				Action a = RecoveryDecision.decide(f);
				if (a.isFinal()) {
					paths++;
					continue;
				}
				assertTrue(d < 3, "no final action after " + d + " decisions, from " + start + ", now " + f);
				for (Facts next : answersTo(a, f)) {
					at.push(next);
					depth.push(d + 1);
				}
			}
		}
		assertTrue(paths > 5376, "every start and every branch was followed");
	}

	// --- the facts the runner can actually reach, held to the strict rule: a fresh answer wins

	/**
	 * Facts the runner starts its decision with (one per kind of failure, see MigrationRunner.failed and recover),
	 * closed under every answer to every action and under forgetting the target's answers (a hold that asks
	 * again, a restart that picks the journal up).
	 */
	static Set<Facts> reachable() {
		List<Facts> starts = List.of(Facts.initial(), FROZEN, FROZEN.withRestore(REFUSED), RESTORE_LOST, RESTORED,
				RESTORED.withAnswerLost(true), RESTORED.withTarget(TargetCopy.STOPPED), RESTORED.withTarget(
						TargetCopy.COMPLETE));
		Set<Facts> seen = new HashSet<>(starts);
		ArrayDeque<Facts> todo = new ArrayDeque<>(starts);
		while (!todo.isEmpty()) {
			Facts f = todo.pop();
			List<Facts> next = new ArrayList<>(answersTo(RecoveryDecision.decide(f), f));
			next.add(f.forgetTargetAnswers());
			for (Facts n : next) {
				if (seen.add(n)) {
					todo.push(n);
				}
			}
		}
		return seen;
	}

	@Test
	void inEveryReachableStateAFreshAnswerThatACopyRunsIsNeverOverruled() {
		Set<Facts> reachable = reachable();
		assertTrue(reachable.size() > 30, "explored " + reachable.size());
		for (Facts f : reachable) {
			Action a = RecoveryDecision.decide(f);
			boolean saidRunning = f.status() == Copy.RUNNING_COMPLETE || f.status() == Copy.RUNNING_FETCHING
					|| f.status() == Copy.UNSETTLED;
			if (a == RESUME_SOURCE) {
				assertTrue(f.abort() == OK || !saidRunning, "resumes the source although the target said " + f.status()
						+ ": " + f);
			}
			if (a == FINISH_ON_TARGET) {
				assertTrue(f.abort() != OK && f.status() != Copy.ABSENT && f.status() != Copy.IMAGE_ONLY
						&& f.status() != Copy.STOPPED, "kills the source although the target has no copy: " + f);
			}
		}
	}
}

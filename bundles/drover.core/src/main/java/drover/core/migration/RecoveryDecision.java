package drover.core.migration;

import drover.protocol.TargetStatus;

/**
 * What to do after a failure, or after an agent restarted in the middle of a migration: a pure function of what
 * is known ({@link Facts}). The runner carries out the {@link Action}, learns something (an answer, or that it
 * was lost), and asks again, until the action is a final one. The rule it keeps: never let two copies run, and
 * never leave the process stopped on both hosts when one of them can be known to be safe to resume.
 */
public final class RecoveryDecision {

	private RecoveryDecision() {
	}

	/** How a request was answered. */
	public enum Answer {
		NOT_ASKED, OK, REFUSED, LOST
	}

	/** What the target's side of the migration is known to have. */
	public enum TargetCopy {
		/** Nothing says. */
		UNKNOWN,
		/** It has every page and runs: the point of no return is passed. */
		COMPLETE,
		/** Its agent said it stopped its copy (post-copy: the memory stopped arriving). */
		STOPPED
	}

	public enum Action {
		/** Nothing was frozen: nothing to undo. Final. */
		NOTHING,
		/** Resume the source tree (after removing whatever reached the target, as far as it can be). Final. */
		RESUME_SOURCE,
		/** The process runs on the target with all its memory: kill the source copy, clean up. Final. */
		FINISH_ON_TARGET,
		/** Ask the target what became of the migration there ({@code migration-status}). */
		ASK_TARGET,
		/** Make sure no copy runs on the target ({@code migration-abort}); then decide again. */
		ABORT_TARGET,
		/** Nobody can tell whether the target runs a copy: hold the source frozen (cut its pages) and ask later. Final for now. */
		HOLD_SOURCE;

		public boolean isFinal() {
			return this == NOTHING || this == RESUME_SOURCE || this == FINISH_ON_TARGET || this == HOLD_SOURCE;
		}
	}

	/**
	 * @param frozen      the freeze was started (the tree may be frozen)
	 * @param restore     the restore request on the target
	 * @param answerLost  the failure itself was a lost answer (the target may have done what it was asked)
	 * @param target      what the target's copy is known to be
	 * @param status      the target's own account ({@code migration-status}), null when not (yet) had
	 * @param statusAsked whether that account was asked for (LOST: the target did not answer)
	 * @param abort       the {@code migration-abort} request on the target
	 */
	public record Facts(boolean frozen, Answer restore, boolean answerLost, TargetCopy target, TargetStatus.Copy status,
			Answer statusAsked, Answer abort) {

		public static Facts initial() {
			return new Facts(false, Answer.NOT_ASKED, false, TargetCopy.UNKNOWN, null, Answer.NOT_ASKED, Answer.NOT_ASKED);
		}

		public Facts withFrozen() {
			return new Facts(true, restore, answerLost, target, status, statusAsked, abort);
		}

		public Facts withRestore(Answer answer) {
			return new Facts(frozen, answer, answerLost, target, status, statusAsked, abort);
		}

		public Facts withAnswerLost(boolean lost) {
			return new Facts(frozen, restore, lost, target, status, statusAsked, abort);
		}

		public Facts withTarget(TargetCopy copy) {
			return new Facts(frozen, restore, answerLost, copy, status, statusAsked, abort);
		}

		public Facts withStatus(Answer asked, TargetStatus.Copy copy) {
			return new Facts(frozen, restore, answerLost, target, copy, asked, abort);
		}

		public Facts withAbort(Answer answer) {
			return new Facts(frozen, restore, answerLost, target, status, statusAsked, answer);
		}

		/** For asking again later (a held migration): what the target said before may have changed. */
		public Facts forgetTargetAnswers() {
			return new Facts(frozen, restore, true, target, null, Answer.NOT_ASKED, Answer.NOT_ASKED);
		}
	}

	public static Action decide(Facts f) {
		if (!f.frozen()) {
			return Action.NOTHING;
		}
		// 1. The target has it all: going back would lose the work done there; the source copy goes.
		if (f.target() == TargetCopy.COMPLETE || f.status() == TargetStatus.Copy.RUNNING_COMPLETE) {
			return Action.FINISH_ON_TARGET;
		}
		// 2. No copy can run on the target: the source may resume.
		if (f.abort() == Answer.OK || f.target() == TargetCopy.STOPPED || f.status() == TargetStatus.Copy.ABSENT
				|| f.status() == TargetStatus.Copy.IMAGE_ONLY || f.status() == TargetStatus.Copy.STOPPED) {
			return Action.RESUME_SOURCE;
		}
		if (f.status() == null && (f.restore() == Answer.NOT_ASKED || f.restore() == Answer.REFUSED)) {
			return Action.RESUME_SOURCE; // never restored there (a refused restore leaves no tree behind)
		}
		// 3. A copy may run there. Ask first when the answer that would tell was lost: it may have every page.
		if (f.status() == null && f.statusAsked() == Answer.NOT_ASKED && (f.restore() == Answer.LOST || f.answerLost())) {
			return Action.ASK_TARGET;
		}
		if (f.status() == TargetStatus.Copy.UNSETTLED) {
			return Action.HOLD_SOURCE; // a restore is under way there: its outcome decides, ask again later
		}
		// 4. Stop it (a copy still fetching its memory, or one that failed to confirm); if that fails, hold.
		if (f.abort() == Answer.NOT_ASKED) {
			return Action.ABORT_TARGET;
		}
		return Action.HOLD_SOURCE;
	}
}

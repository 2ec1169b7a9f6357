package drover.core.migration;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import drover.protocol.Outcome;
import drover.protocol.Phase;

/**
 * The states of one migration and the only transitions between them, in one place. The runner moves through
 * them with {@link #canGoTo}, and the journal records each state before its work starts, so an agent that
 * restarts knows exactly how far a migration got. From {@link #DUMP} on the tree may be frozen: whatever
 * happens, the migration ends in {@link #DONE} or {@link #FAILED}, possibly after being {@link #HELD}.
 */
public enum MigrationState {
	QUEUED, PREFLIGHT, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY, CLEANUP, ROLLBACK, HELD, DONE, REFUSED, FAILED;

	private static final Map<MigrationState, Set<MigrationState>> NEXT = Map.ofEntries(
			Map.entry(QUEUED, EnumSet.of(PREFLIGHT, REFUSED)),
			Map.entry(PREFLIGHT, EnumSet.of(DUMP, REFUSED)),
			// a dump that fails resumes the tree; one whose answer is lost may have frozen it: both roll back
			Map.entry(DUMP, EnumSet.of(TRANSFER, ROLLBACK)),
			Map.entry(TRANSFER, EnumSet.of(VERIFY, ROLLBACK)),
			Map.entry(VERIFY, EnumSet.of(RESTORE, ROLLBACK)),
			Map.entry(RESTORE, EnumSet.of(CONFIRM, ROLLBACK)),
			Map.entry(CONFIRM, EnumSet.of(POSTCOPY, CLEANUP, ROLLBACK)),
			Map.entry(POSTCOPY, EnumSet.of(CLEANUP, ROLLBACK)),
			Map.entry(CLEANUP, EnumSet.of(DONE)),
			// the rollback's decision: the source resumes, the target turns out to have it all, or nobody can tell yet
			Map.entry(ROLLBACK, EnumSet.of(FAILED, CLEANUP, HELD)),
			Map.entry(HELD, EnumSet.of(ROLLBACK)),
			Map.entry(DONE, EnumSet.noneOf(MigrationState.class)),
			Map.entry(REFUSED, EnumSet.noneOf(MigrationState.class)),
			Map.entry(FAILED, EnumSet.noneOf(MigrationState.class)));

	public boolean canGoTo(MigrationState next) {
		return NEXT.get(this).contains(next);
	}

	/** May the tree be frozen on its source in this state? (Journaled before the freeze, so DUMP counts.) */
	public boolean mayBeFrozen() {
		return compareTo(DUMP) >= 0 && compareTo(HELD) <= 0;
	}

	public boolean isFinal() {
		return this == DONE || this == REFUSED || this == FAILED;
	}

	/** The phase of the cost record and the EMF model this state belongs to. */
	public Phase phase() {
		return switch (this) {
		case QUEUED, PREFLIGHT -> Phase.PREFLIGHT;
		case HELD -> Phase.ROLLBACK;
		case REFUSED -> Phase.FAILED;
		default -> Phase.valueOf(name());
		};
	}

	/** What the record says while in this state. */
	public Outcome outcome() {
		return switch (this) {
		case QUEUED -> Outcome.QUEUED;
		case HELD -> Outcome.HELD;
		case DONE -> Outcome.DONE;
		case REFUSED -> Outcome.REFUSED;
		case FAILED -> Outcome.FAILED;
		default -> Outcome.RUNNING;
		};
	}
}

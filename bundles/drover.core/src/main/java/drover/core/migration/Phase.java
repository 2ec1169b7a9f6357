package drover.core.migration;

/** The phases of a migration, in order; ROLLBACK runs instead of the rest when one fails after the freeze. */
public enum Phase {
	PREFLIGHT, FREEZE, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, CLEANUP, ROLLBACK, DONE, FAILED
}

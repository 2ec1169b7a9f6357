package drover.protocol;

/**
 * The phases of a migration, in order; ROLLBACK runs instead of the rest when one fails after the freeze. POSTCOPY
 * only in a post-copy migration: the process runs on the target while the rest of its memory arrives.
 */
public enum Phase {
	PREFLIGHT, FREEZE, DUMP, TRANSFER, VERIFY, RESTORE, CONFIRM, POSTCOPY, CLEANUP, ROLLBACK, DONE, FAILED
}

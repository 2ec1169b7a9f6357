package drover.protocol;

/**
 * What an evacuation does with one process tree of the host it empties (Incus's per-instance action, with
 * Drover's two migration modes).
 */
public enum EvacuationAction {
	/** Stop-and-copy migration to the chosen target. */
	MIGRATE,
	/** Post-copy migration: a short freeze, the memory follows the running process. */
	MIGRATE_POSTCOPY,
	/** Checkpoint to an image on the host itself (for a later restore there); the process stops. */
	CHECKPOINT,
	/** Kill the tree. */
	STOP,
	/** Leave it running where it is. */
	LEAVE;

	/** Does the process leave the host for another one? */
	public boolean moves() {
		return this == MIGRATE || this == MIGRATE_POSTCOPY;
	}
}

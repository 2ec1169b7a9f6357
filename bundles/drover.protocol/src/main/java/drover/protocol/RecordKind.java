package drover.protocol;

/**
 * What a cost record is of: a migration, a fork (a copy goes on elsewhere, the original here), or a checkpoint or restore done on its own.
 */
public enum RecordKind {
	MIGRATION, CHECKPOINT, RESTORE, FORK
}

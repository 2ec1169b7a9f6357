package drover.protocol;

/** What a cost record is of: a migration, or a checkpoint or restore done on its own. */
public enum RecordKind {
	MIGRATION, CHECKPOINT, RESTORE
}

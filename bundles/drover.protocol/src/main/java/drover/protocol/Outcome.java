package drover.protocol;

/**
 * Where a migration (or a checkpoint or restore the agent keeps a record of) stands, or how it ended. The first
 * three are not final: a record in them is still owned by its source agent.
 */
public enum Outcome {
	/** Waiting for a slot (the source's outgoing or the target's incoming limit). */
	QUEUED,
	/** Under way. */
	RUNNING,
	/**
	 * The tree is frozen on its source and nobody can tell yet whether its copy runs on the target (the target
	 * is out of reach), or the source's agent did not answer the resume of a rollback: the source agent keeps asking,
	 * and resolves it the moment the other side answers.
	 */
	HELD,
	/** The process runs on the target. */
	DONE,
	/** Stopped before the freeze (pre-flight said no, or the operator cancelled): nothing was touched. */
	REFUSED,
	/** Failed after the freeze and rolled back: the process runs on its source again. */
	FAILED;

	public boolean isFinal() {
		return this == DONE || this == REFUSED || this == FAILED;
	}
}

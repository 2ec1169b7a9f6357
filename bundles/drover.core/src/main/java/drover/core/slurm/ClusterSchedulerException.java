package drover.core.slurm;

/**
 * A drain or resume the scheduler did not carry out, or could not confirm. Unchecked, so that
 * {@link ClusterScheduler}'s methods keep the plain signatures the evacuation calls; its message names the host,
 * the node, what the scheduler said and what to do.
 */
public class ClusterSchedulerException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ClusterSchedulerException(String message) {
		super(message);
	}

	public ClusterSchedulerException(String message, Throwable cause) {
		super(message, cause);
	}
}

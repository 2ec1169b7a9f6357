package drover.core.slurm;

/**
 * The batch scheduler that shares a host with Drover's processes, as an evacuation sees it: before the first
 * process leaves a host, its node is drained (the scheduler starts no new job there; running jobs go on), and when
 * the processes come back it is resumed. Hosts are Drover host names; the implementation knows which of them are
 * its nodes and under which names, and does nothing for the others.
 * <p>
 * Each method returns once the scheduler confirms the change, and throws {@link ClusterSchedulerException}, whose
 * message says what failed and what to do, when it cannot.
 */
public interface ClusterScheduler {

	/** Stops new work from landing on {@code host}; {@code reason} is shown to the scheduler's users. */
	void drain(String host, String reason);

	/** Lets work land on {@code host} again, after {@link #drain}. */
	void resume(String host);

	/** The host's state in the scheduler, in one line for people (reports, logs). */
	default String describe(String host) {
		return host + ": not a node of any cluster scheduler";
	}

	/** For hosts that no scheduler knows: drains and resumes nothing. */
	static ClusterScheduler none() {
		return new ClusterScheduler() {
			@Override
			public void drain(String host, String reason) {
			}

			@Override
			public void resume(String host) {
			}
		};
	}
}

package drover.core.evacuation;

/**
 * The one place an evacuation tells a cluster scheduler about the host it empties: drained before its first
 * migration (no new jobs land there), resumed by the restore. The evacuated host's agent calls it; the default
 * does nothing. A Slurm implementation ({@code drover.core.slurm}: {@code scontrol update NodeName=X State=DRAIN
 * Reason=...}, {@code State=RESUME}) plugs in here. A failure is reported in the evacuation's record and does not
 * stop it (the processes still leave).
 */
public interface ClusterScheduler {

	/** Stops new work landing on {@code host}; {@code reason} says which evacuation asks. */
	void drain(String host, String reason) throws Exception;

	/** Lets work land on {@code host} again. */
	void resume(String host) throws Exception;

	/** No cluster scheduler: nothing to drain. */
	ClusterScheduler NONE = new ClusterScheduler() {
		@Override
		public void drain(String host, String reason) {
		}

		@Override
		public void resume(String host) {
		}
	};
}

package drover.core.migration;

import drover.protocol.Phase;

/**
 * Follows a migration as it runs: each phase as it starts, and transfer progress. Called on the thread that
 * runs the migration, before the phase's work; a listener must return quickly.
 */
public interface MigrationListener {

	void phase(Phase phase, String message);

	/** Bytes sent so far of {@code total}, with the throughput so far and the estimated time left. */
	default void progress(long bytes, long total, double bytesPerSecond, long etaMillis) {
	}

	/** Waiting for a slot: {@code position} in the queue (1 = next; 0 = granted). */
	default void queued(int position, String message) {
	}

	MigrationListener NONE = (phase, message) -> {
	};
}

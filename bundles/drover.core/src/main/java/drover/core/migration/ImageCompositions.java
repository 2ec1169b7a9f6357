package drover.core.migration;

import java.io.IOException;

import drover.protocol.MigrationReport;

/**
 * Fills a record's image composition from the agent that holds the whole image: a migration's or a fork's target,
 * once the copy runs and before the clean-up removes the image. Asked then, not during the freeze, so that reading
 * the image never adds to the downtime. An agent that cannot tell (older than the request) leaves it unrecorded,
 * which the record shows as such: no warning, nothing about the migration depends on it.
 */
final class ImageCompositions {

	private ImageCompositions() {
	}

	static void read(MigrationPeer agent, MigrationReport report) {
		if (report.composition != null) {
			return;
		}
		try {
			report.composition = agent.imageComposition(report.id);
		} catch (IOException | RuntimeException e) {
			report.composition = null;
		}
	}
}

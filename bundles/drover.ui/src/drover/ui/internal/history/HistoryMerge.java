package drover.ui.internal.history;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import drover.core.migration.MigrationRecords;
import drover.protocol.MigrationReport;
import drover.model.Cluster;
import drover.model.Migration;

/**
 * Merges the cost records agents keep into the console's model by id: a record the console already has
 * (its own, or the other host's copy of the same migration) is not added twice.
 */
public final class HistoryMerge {

	private HistoryMerge() {
	}

	/** UI thread: adds the records the cluster does not know; returns how many were added. */
	public static int merge(Cluster cluster, List<MigrationReport> reports) {
		Set<String> known = new HashSet<>();
		for (Migration m : cluster.getMigrations()) {
			known.add(m.getId());
		}
		int added = 0;
		for (MigrationReport report : reports) {
			if (report.id != null && known.add(report.id)) {
				MigrationRecords.addTo(cluster, report);
				added++;
			}
		}
		return added;
	}
}

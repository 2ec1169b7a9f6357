package drover.ui.internal.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;

import drover.core.migration.MigrationRecords;
import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.Host;
import drover.model.Migration;
import drover.protocol.MigrationReport;

/**
 * Merges the cost records agents keep, and the state of the migrations they run now, into the console's model
 * by id: a record the console already has (its own, or the other host's copy of the same migration) is not
 * added twice; the record of a migration in progress is replaced when its agent reports it further on, and by
 * its final record when it ends. A final record is never replaced (an agent's answer can list a migration
 * both as just ended and, a moment stale, as still running).
 */
public final class HistoryMerge {

	private HistoryMerge() {
	}

	/** UI thread: adds the records the cluster does not know and updates those in progress; returns how many changed. */
	public static int merge(Cluster cluster, List<MigrationReport> reports) {
		Map<String, Migration> known = new HashMap<>();
		for (Migration m : cluster.getMigrations()) {
			known.putIfAbsent(m.getId(), m);
		}
		int changed = 0;
		for (MigrationReport report : reports) {
			if (report.id == null) {
				continue;
			}
			Migration old = known.get(report.id);
			if (old != null && (!LiveStatus.inProgress(old) || !LiveStatus.differs(old, report))) {
				continue;
			}
			known.put(report.id, old == null ? add(cluster, report) : replace(cluster, old, report));
			changed++;
		}
		return changed;
	}

	private static Migration add(Cluster cluster, MigrationReport report) {
		Migration record = MigrationRecords.addTo(cluster, report);
		LiveStatus.attach(record, report);
		return record;
	}

	/** The new record takes the old one's place in the list; the old one's image (if any) goes with it. */
	private static Migration replace(Cluster cluster, Migration old, MigrationReport report) {
		EList<Migration> migrations = cluster.getMigrations();
		int at = migrations.indexOf(old);
		Migration record = add(cluster, report);
		migrations.move(at, record);
		migrations.remove(old);
		CheckpointImage image = old.getImage();
		if (image != null && image != record.getImage() && image.eContainer() instanceof Host host) {
			host.getImages().remove(image);
		}
		return record;
	}
}

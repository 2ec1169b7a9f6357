package drover.ui.tests;

import drover.core.migration.MigrationRecords;
import drover.protocol.MigrationReport;
import drover.protocol.Phase;
import drover.model.Cluster;
import drover.model.DroverFactory;

/** Made-up but consistent migration cost records for the chart and report tests. */
final class CostRecords {

	static final Phase[] PHASES = { Phase.PREFLIGHT, Phase.DUMP, Phase.TRANSFER, Phase.VERIFY, Phase.RESTORE, Phase.CONFIRM,
			Phase.CLEANUP };
	private static final long MIB = 1024 * 1024;

	private CostRecords() {
	}

	/** Four finished migrations of growing images between three hosts, and one that failed in its dump. */
	static Cluster cluster() {
		Cluster cluster = DroverFactory.eINSTANCE.createCluster();
		cluster.setName("cost-records");
		MigrationRecords.addTo(cluster, done("mig-a-101-1", "node-a", "node-b", 101, 10 * MIB, 120, 40e6, 30, 80, 60, 5, 70, 4, 9));
		MigrationRecords.addTo(cluster, done("mig-a-102-2", "node-a", "node-b", 102, 50 * MIB, 260, 60e6, 31, 190, 240, 6, 90, 5, 8));
		MigrationRecords.addTo(cluster, done("mig-b-103-3", "node-b", "node-c", 103, 200 * MIB, 700, 90e6, 29, 400, 810, 7, 150, 6, 10));
		MigrationRecords.addTo(cluster, done("mig-c-104-4", "node-c", "node-a", 104, 120 * MIB, 430, 75e6, 33, 260, 500, 6, 120, 5, 7));
		MigrationReport failed = new MigrationReport();
		failed.id = "mig-a-105-5";
		failed.source = "node-a";
		failed.target = "node-c";
		failed.pid = 105;
		failed.command = "sleep 100000";
		failed.startedAt = 1_700_000_500_000L;
		failed.finishedAt = failed.startedAt + 400;
		failed.outcome = drover.protocol.Outcome.FAILED;
		failed.failedPhase = Phase.DUMP;
		failed.cause = "CRIU dump failed";
		failed.phases.add(new MigrationReport.PhaseTiming(Phase.PREFLIGHT, failed.startedAt, 35));
		failed.phases.add(new MigrationReport.PhaseTiming(Phase.DUMP, failed.startedAt + 35, 12));
		MigrationRecords.addTo(cluster, failed);
		return cluster;
	}

	private static MigrationReport done(String id, String source, String target, int pid, long imageBytes, long downtime,
			double throughput, long... phaseMillis) {
		MigrationReport r = new MigrationReport();
		r.id = id;
		r.source = source;
		r.target = target;
		r.pid = pid;
		r.command = "python3 -c 'work()', with a comma";
		r.operator = "tester";
		r.outcome = drover.protocol.Outcome.DONE;
		r.startedAt = 1_700_000_000_000L + pid * 1000L;
		long at = r.startedAt;
		for (int i = 0; i < PHASES.length; i++) {
			r.phases.add(new MigrationReport.PhaseTiming(PHASES[i], at, phaseMillis[i]));
			at += phaseMillis[i];
		}
		r.finishedAt = at;
		r.downtimeMillis = downtime;
		r.memoryPagesBytes = imageBytes * 9 / 10;
		r.otherImageBytes = imageBytes - r.memoryPagesBytes;
		r.bytesOnWire = imageBytes;
		r.throughputBytesPerSecond = throughput;
		return r;
	}
}

package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import drover.protocol.MigrationReport;
import drover.model.Cluster;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.model.Migration;
import drover.ui.internal.history.HistoryMerge;
import drover.ui.internal.history.ReportSnapshot;

/** Agents' records merge by id (both hosts of a migration keep a copy); a report snapshot copies records whole. */
class HistoryMergeTest {

	@Test
	void recordsOfBothAgentsAreMergedOnce() {
		MigrationReport report = new MigrationReport();
		report.id = "mig-x-1-1";
		report.source = "x";
		report.target = "y";
		report.outcome = drover.protocol.Outcome.DONE;
		report.memoryPagesBytes = 1000;
		Cluster cluster = DroverFactory.eINSTANCE.createCluster();
		assertEquals(1, HistoryMerge.merge(cluster, List.of(report, report)));
		assertEquals(0, HistoryMerge.merge(cluster, List.of(report)));
		assertEquals(1, cluster.getMigrations().size());
	}

	@Test
	void snapshotCopiesMigrationsWithTheirImages() {
		Cluster live = CostRecords.cluster();
		List<Migration> two = live.getMigrations().subList(1, 3);
		Cluster report = ReportSnapshot.of("two", two);
		assertEquals(2, report.getMigrations().size());
		for (int i = 0; i < 2; i++) {
			Migration copy = report.getMigrations().get(i);
			assertTrue(EcoreUtil.equals(two.get(i), copy), copy.getId());
			assertSame(report, ((Host) copy.getImage().eContainer()).eContainer(), "image not inside the report");
		}
		assertEquals(5, live.getMigrations().size(), "the live model changed");
	}
}

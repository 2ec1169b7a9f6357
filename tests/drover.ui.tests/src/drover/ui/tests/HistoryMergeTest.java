package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import drover.model.MigrationPhase;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.ui.internal.history.LiveStatus;
import drover.ui.internal.history.MigrationColumn;
import drover.ui.internal.history.HistoryMerge;
import drover.ui.internal.history.ReportSnapshot;

/**
 * Agents' records merge by id (both hosts of a migration keep a copy), a record in progress is replaced as its
 * agent reports it further and by its final record at the end; a report snapshot copies records whole.
 */
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
	void aRecordInProgressFollowsItsAgentThenGivesWayToItsFinalRecord() {
		Cluster cluster = DroverFactory.eINSTANCE.createCluster();
		MigrationReport queued = inProgress(Outcome.QUEUED, Phase.PREFLIGHT);
		queued.queuePosition = 2;
		assertEquals(1, HistoryMerge.merge(cluster, List.of(queued)));
		assertEquals("migration queued, position 2", MigrationColumn.STATE.text(only(cluster)));
		assertEquals(0, HistoryMerge.merge(cluster, List.of(queued)), "nothing changed, nothing replaced");

		MigrationReport running = inProgress(Outcome.RUNNING, Phase.TRANSFER);
		running.memoryPagesBytes = 4096; // an image: it goes to the source host and must not stay behind
		assertEquals(1, HistoryMerge.merge(cluster, List.of(running)));
		assertEquals("migration running: TRANSFER", MigrationColumn.STATE.text(only(cluster)));
		assertEquals("x", LiveStatus.of(only(cluster)).owner());
		MigrationReport held = inProgress(Outcome.HELD, Phase.ROLLBACK);
		held.memoryPagesBytes = 4096;
		assertEquals(1, HistoryMerge.merge(cluster, List.of(held)));
		assertTrue(MigrationColumn.STATE.text(only(cluster)).startsWith("migration HELD in ROLLBACK"));
		assertEquals(1, cluster.getHosts().get(0).getImages().size(), "the replaced record's image stayed");

		MigrationReport done = inProgress(Outcome.DONE, Phase.DONE);
		// an agent's answer lists the record of a migration that just ended, and a stale copy of it running
		assertEquals(1, HistoryMerge.merge(cluster, List.of(done, running)));
		Migration record = only(cluster);
		assertEquals(MigrationPhase.DONE, record.getPhase());
		assertNull(LiveStatus.of(record));
		assertEquals(0, HistoryMerge.merge(cluster, List.of(running)), "a final record was replaced");
		assertEquals(MigrationPhase.DONE, only(cluster).getPhase());
	}

	private static MigrationReport inProgress(Outcome outcome, Phase phase) {
		MigrationReport report = new MigrationReport();
		report.id = "mig-x-2-2";
		report.source = "x";
		report.target = "y";
		report.pid = 2;
		report.outcome = outcome;
		report.phase = phase;
		return report;
	}

	private static Migration only(Cluster cluster) {
		assertEquals(1, cluster.getMigrations().size(), "one migration, one record");
		return cluster.getMigrations().get(0);
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

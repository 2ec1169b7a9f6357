package drover.core.migration;

import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.Host;
import drover.model.DroverFactory;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OperationKind;
import drover.model.PhaseCost;
import drover.protocol.ImageComposition;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;

/** Turns a migration's cost record into the EMF model (for the console's history, charts and saved reports). */
public final class MigrationRecords {

	private static final DroverFactory FACTORY = DroverFactory.eINSTANCE;

	private MigrationRecords() {
	}

	/**
	 * Adds the record to the cluster: the migration to its history, its image to the source host's images
	 * (a host of that name is added if the cluster does not know it), so the whole record saves as one XMI.
	 */
	public static Migration addTo(Cluster cluster, MigrationReport report) {
		Migration m = toModel(report);
		cluster.getMigrations().add(m);
		if (m.getImage() != null) {
			Host source = cluster.getHosts().stream().filter(h -> report.source.equals(h.getName())).findFirst().orElseGet(() -> {
				Host h = FACTORY.createHost();
				h.setName(report.source);
				cluster.getHosts().add(h);
				return h;
			});
			source.getImages().add(m.getImage());
		}
		return m;
	}

	static Migration toModel(MigrationReport report) {
		Migration m = FACTORY.createMigration();
		m.setId(report.id);
		OperationKind kind = report.kind == null ? null : OperationKind.get(report.kind.name());
		m.setKind(kind != null ? kind : OperationKind.MIGRATION);
		m.setSourceHost(report.source);
		m.setTargetHost(report.target);
		m.setPid(report.pid);
		m.setCommand(report.command);
		m.setOperator(report.operator != null ? report.operator : System.getProperty("user.name"));
		m.setStartedAt(report.startedAt);
		m.setFinishedAt(report.finishedAt);
		m.setPhase(report.outcome == Outcome.DONE ? MigrationPhase.DONE
				: report.outcome != null && !report.outcome.isFinal() ? MigrationPhase.get(report.phase != null ? report.phase.name()
						: "PREFLIGHT") : MigrationPhase.FAILED);
		if (report.failedPhase != null) {
			m.setFailurePhase(MigrationPhase.get(report.failedPhase.name()));
			m.setFailureCause(report.cause + (report.rollback != null ? " " + report.rollback : ""));
		}
		if (report.differences != null) {
			m.getDifferences().addAll(report.differences);
		}
		m.setDowntimeMillis(report.downtimeMillis);
		m.setBytesOnWire(report.bytesOnWire);
		m.setThroughput(report.throughputBytesPerSecond);
		for (MigrationReport.PhaseTiming timing : report.phases) {
			PhaseCost cost = FACTORY.createPhaseCost();
			cost.setPhase(MigrationPhase.get(timing.phase().name()));
			cost.setStartedAt(timing.startedAt());
			cost.setDurationMillis(timing.millis());
			cost.setBytes(timing.phase() == Phase.TRANSFER ? report.bytesOnWire : 0);
			m.getPhaseCosts().add(cost);
		}
		if (report.imageBytes() > 0) {
			CheckpointImage image = FACTORY.createCheckpointImage();
			image.setName(report.id);
			image.setHost(report.source);
			image.setPid(report.pid);
			image.setCommand(report.command);
			image.setCreatedAt(report.startedAt);
			image.setMemoryPagesSize(report.memoryPagesBytes);
			image.setOtherSize(report.otherImageBytes);
			image.setTotalSize(report.imageBytes());
			compose(image, report.composition);
			m.setImage(image);
		}
		return m;
	}

	/** What the image was made of, when its agent read it (else the image says "not recorded"). */
	static void compose(CheckpointImage image, ImageComposition c) {
		image.setCompositionRecorded(c != null);
		if (c != null) {
			image.setHeapPagesSize(c.heapBytes());
			image.setStackPagesSize(c.stackBytes());
			image.setAnonSharedPagesSize(c.anonSharedBytes());
			image.setAnonPrivatePagesSize(c.anonPrivateBytes());
			image.setPrivateFilePagesSize(c.privateFileBytes());
			image.setOtherPagesSize(c.otherPagesBytes());
			image.setMetadataSize(c.metadataBytes());
			image.setFileContentsSize(c.fileBytes());
		}
	}
}

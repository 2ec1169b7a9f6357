package drover.agent.internal.criu;

import java.io.IOException;
import java.util.List;

import drover.agent.internal.MigrationLog;
import drover.agent.internal.RequestException;
import drover.protocol.CriuStats;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.RecordKind;

/**
 * Cost records of a checkpoint or restore done on its own, in the same log and type as migration records, so
 * the console's history and reports show them too.
 */
final class OperationRecords {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OperationRecords.class);

	private final String hostName;
	private final MigrationLog log;

	OperationRecords(String hostName, MigrationLog log) {
		this.hostName = hostName;
		this.log = log;
	}

	void keep(RecordKind kind, String image, int pid, List<Integer> pids, String command, long startedNanos, Phase phase,
			long phaseMillis, long pages, long other, CriuStats dumpStats, CriuStats restoreStats, int restoredPid) {
		keep(kind, image, pid, pids, command, startedNanos, phase, phaseMillis, pages, other, dumpStats, restoreStats, restoredPid,
				null);
	}

	/** The same, with what the image is made of (a checkpoint's; null when it could not be read). */
	void keep(RecordKind kind, String image, int pid, List<Integer> pids, String command, long startedNanos, Phase phase,
			long phaseMillis, long pages, long other, CriuStats dumpStats, CriuStats restoreStats, int restoredPid,
			drover.protocol.ImageComposition composition) {
		long now = System.currentTimeMillis();
		long millis = (System.nanoTime() - startedNanos) / 1_000_000;
		MigrationReport record = new MigrationReport();
		record.id = kind.name().toLowerCase() + "-" + image + "-" + now;
		record.kind = kind;
		record.source = hostName;
		record.target = hostName;
		record.pid = pid;
		record.pids = pids;
		record.command = command;
		record.startedAt = now - millis;
		record.finishedAt = now;
		record.outcome = Outcome.DONE;
		record.phases.add(new MigrationReport.PhaseTiming(phase, now - millis, phaseMillis));
		record.memoryPagesBytes = pages;
		record.otherImageBytes = other;
		record.dumpStats = dumpStats;
		record.restoreStats = restoreStats;
		record.restoredPid = restoredPid;
		record.composition = composition;
		try {
			log.record(Json.newMapper().writeValueAsString(record));
		} catch (IOException | RequestException e) {
			LOG.warn("cannot keep the record of {} {}: {}", kind, image, e.getMessage());
		}
	}
}

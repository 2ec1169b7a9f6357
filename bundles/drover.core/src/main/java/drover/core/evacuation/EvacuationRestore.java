package drover.core.evacuation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.migration.MigrationRunner;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.ProcessInfo;

/**
 * Brings back what a host's last evacuation moved ({@code drover evacuate --restore HOST}, the console's "Return
 * processes"). Each process is migrated back by the agent of the host it runs on now (that agent owns the migration,
 * durable as any other: it finishes or rolls back if the caller dies); a node key may not start migrations on
 * another node, which is why the operator's side, and not the host's agent, coordinates a restore. A process that
 * no longer runs where the evacuation left it is reported and skipped. The restore's record (predicted from the
 * records that host keeps, against what happened) is left with the host's agent, which also resumes the host in
 * the cluster scheduler.
 */
public final class EvacuationRestore {

	/** Why there is nothing to bring back, or the restore's record. */
	public record Done(String nothing, EvacuationRecord record) {
	}

	private final AgentClient client;
	private final HostRegistry registry;
	private final AgentConnection home;
	private final HostEntry host;
	private final int parallel;

	public EvacuationRestore(AgentClient client, HostRegistry registry, AgentConnection home, HostEntry host, int parallel) {
		this.client = client;
		this.registry = registry;
		this.home = home;
		this.host = host;
		this.parallel = Math.max(1, parallel);
	}

	/** Runs the restore; {@code started} hears how many trees come back, {@code progress} each one as it ends. */
	public Done run(Consumer<EvacuationRecord> started, Consumer<Result> progress) throws IOException, InterruptedException {
		List<EvacuationRecord> all = home.evacuations();
		EvacuationRecord last = all.stream().filter(r -> r.restoreOf == null && r.state.isFinal() && r.moved() > 0)
				.max(Comparator.comparingLong(r -> r.startedAt)).orElse(null);
		if (last == null) {
			return new Done("No evacuation of " + host.name() + " moved anything: nothing to bring back.", null);
		}
		if (all.stream().anyMatch(r -> last.id.equals(r.restoreOf) && r.state == EvacuationRecord.State.DONE)) {
			return new Done("The last evacuation of " + host.name() + " (" + last.id + ") was restored already: nothing to bring back.", null);
		}
		String fingerprint = MigrationRunner.pinnedFingerprint(client.pins(), host);
		EvacuationRecord restore = new EvacuationRecord();
		restore.id = "evac-" + host.name() + "-" + System.currentTimeMillis();
		restore.host = host.name();
		restore.restoreOf = last.id;
		restore.state = EvacuationRecord.State.RUNNING;
		restore.operator = System.getProperty("user.name") + " (restore)";
		restore.createdAt = restore.startedAt = restore.startsAt = System.currentTimeMillis();
		started.accept(last);
		List<Future<Result>> futures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			for (Result moved : last.results) {
				if (moved.outcome == StepOutcome.MOVED) {
					futures.add(pool.submit(() -> back(moved, fingerprint)));
				}
			}
			for (Future<Result> f : futures) {
				Result r = f.get();
				restore.results.add(r);
				progress.accept(r);
			}
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IOException("the restore failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
		}
		restore.finishedAt = System.currentTimeMillis();
		long failed = restore.results.stream().filter(r -> r.outcome == StepOutcome.FAILED).count();
		restore.state = failed == 0 ? EvacuationRecord.State.DONE : EvacuationRecord.State.FAILED;
		if (failed > 0) {
			restore.cause = failed + " of " + restore.results.size() + " could not come back; they run where the evacuation left them.";
		}
		home.recordEvacuation(restore);
		return new Done(null, restore);
	}

	/** One tree back from where it runs now, by that host's agent. */
	private Result back(Result moved, String fingerprint) {
		Result r = new Result();
		r.pid = moved.targetPid;
		r.command = moved.command;
		r.action = moved.action;
		r.plannedTarget = host.name();
		r.startedAt = System.currentTimeMillis();
		try (AgentConnection where = client.connect(registry.require(moved.target), HostKeyPolicy.STRICT)) {
			ProcessInfo p = where.inventory().processes().stream().filter(x -> x.pid() == moved.targetPid).findFirst().orElse(null);
			String command = p == null ? null : p.commandLine().isEmpty() ? p.name() : String.join(" ", p.commandLine());
			if (p == null || !command.equals(moved.command)) {
				r.outcome = StepOutcome.LEFT;
				r.cause = "PID " + moved.targetPid + " no longer runs '" + moved.command + "' on " + moved.target + ": nothing to bring back";
				return r;
			}
			MigrationMode mode = moved.action == EvacuationAction.MIGRATE_POSTCOPY ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY;
			r.predicted = CostModel.fit(where.migrations()).predict(moved.target, host.name(), moved.action, moved.actualImageBytes);
			String id = where.migrate(new MigrationRequest(moved.targetPid, host.name(), host.address(), host.port(), host.user(),
					fingerprint, mode, false));
			r.migrationId = id;
			MigrationReport m = where.watch(id, e -> {
			});
			r.target = host.name();
			r.actualDowntimeMillis = m.downtimeMillis;
			r.actualTotalMillis = m.finishedAt - m.startedAt;
			r.actualImageBytes = m.imageBytes();
			r.targetPid = m.restoredPid > 0 ? m.restoredPid : moved.targetPid;
			r.outcome = m.outcome == drover.protocol.Outcome.DONE ? StepOutcome.MOVED : StepOutcome.FAILED;
			if (m.outcome != drover.protocol.Outcome.DONE) {
				r.cause = m.outcome + ": " + m.cause + (m.rollback != null ? " " + m.rollback : "");
			}
		} catch (IOException | RuntimeException e) {
			r.outcome = StepOutcome.FAILED;
			r.cause = "from " + moved.target + ": " + e.getMessage();
		}
		r.finishedAt = System.currentTimeMillis();
		return r;
	}
}

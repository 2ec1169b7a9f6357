package drover.core.evacuation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
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
 * the cluster scheduler. The CLI reaches the agents with its own connections, the console with its session's
 * ({@link AgentAccess}).
 */
public final class EvacuationRestore {

	/** Why there is nothing to bring back, or the restore's record. */
	public record Done(String nothing, EvacuationRecord record) {
	}

	/** How the restore reaches the agent of a host where a tree runs now. */
	public interface AgentAccess {

		/** The agent of {@code host} (a name of the registry). */
		AgentConnection open(String host) throws IOException;

		/** Done with a connection {@link #open} gave: closes it if it was opened for the restore. */
		void release(AgentConnection agent);
	}

	private final AgentAccess access;
	private final AgentConnection home;
	private final HostEntry host;
	private final String fingerprint;
	private final int parallel;

	/** The CLI's restore: a connection of its own to each host, from the registry, with the pinned keys. */
	public EvacuationRestore(AgentClient client, HostRegistry registry, AgentConnection home, HostEntry host, int parallel) {
		this(new AgentAccess() {
			@Override
			public AgentConnection open(String name) throws IOException {
				return client.connect(registry.require(name), HostKeyPolicy.STRICT);
			}

			@Override
			public void release(AgentConnection agent) {
				agent.close();
			}
		}, home, host, MigrationRunner.pinnedFingerprint(client.pins(), host), parallel);
	}

	/**
	 * @param home        the agent of {@code host}, where the trees come back and the restore's record is kept
	 * @param fingerprint the host key pinned for {@code host}, which the agents migrating home must see
	 */
	public EvacuationRestore(AgentAccess access, AgentConnection home, HostEntry host, String fingerprint, int parallel) {
		this.access = access;
		this.home = home;
		this.host = host;
		this.fingerprint = fingerprint;
		this.parallel = Math.max(1, parallel);
	}

	/** Brings back the host's last evacuation; {@code started} hears which one, {@code progress} each tree as it ends. */
	public Done run(Consumer<EvacuationRecord> started, Consumer<Result> progress) throws IOException, InterruptedException {
		List<EvacuationRecord> all = home.evacuations();
		EvacuationRecord last = all.stream().filter(r -> r.restoreOf == null && r.state.isFinal() && r.moved() > 0)
				.max(Comparator.comparingLong(r -> r.startedAt)).orElse(null);
		if (last == null) {
			return new Done("No evacuation of " + host.name() + " moved anything: nothing to bring back.", null);
		}
		if (all.stream().anyMatch(r -> last.id.equals(r.restoreOf) && r.state == EvacuationRecord.State.DONE)) {
			return new Done("The last evacuation of " + host.name() + " (" + last.id + ") was restored already: nothing to bring back.",
					null);
		}
		started.accept(last);
		return new Done(null, restore(last, System.getProperty("user.name") + " (restore)", () -> false, progress));
	}

	/**
	 * Brings back what {@code evacuation} moved, {@code parallel} trees at a time; once {@code cancelled} says so, no
	 * further tree starts (the ones under way finish). The record is left with the home agent; a failure to leave it
	 * is a warning in it (the trees are home either way).
	 */
	public EvacuationRecord restore(EvacuationRecord evacuation, String operator, BooleanSupplier cancelled, Consumer<Result> progress)
			throws IOException, InterruptedException {
		EvacuationRecord restore = new EvacuationRecord();
		restore.id = "evac-" + host.name() + "-" + System.currentTimeMillis();
		restore.host = host.name();
		restore.restoreOf = evacuation.id;
		restore.state = EvacuationRecord.State.RUNNING;
		restore.operator = operator;
		restore.createdAt = restore.startedAt = restore.startsAt = System.currentTimeMillis();
		List<Future<Result>> futures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			for (Result moved : evacuation.results) {
				if (moved.outcome == StepOutcome.MOVED) {
					futures.add(pool.submit(() -> cancelled.getAsBoolean() ? notReturned(moved) : back(moved)));
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
		restore.state = cancelled.getAsBoolean() ? EvacuationRecord.State.CANCELLED
				: failed == 0 ? EvacuationRecord.State.DONE : EvacuationRecord.State.FAILED;
		if (failed > 0) {
			restore.cause = failed + " of " + restore.results.size() + " could not come back; they run where the evacuation left them.";
		}
		try {
			home.recordEvacuation(restore);
		} catch (IOException | RuntimeException e) {
			restore.warnings.add("The record could not be left with " + host.name() + "'s agent: " + e.getMessage());
		}
		return restore;
	}

	private static Result notReturned(Result moved) {
		Result left = new Result();
		left.pid = moved.targetPid;
		left.command = moved.command;
		left.action = moved.action;
		left.outcome = StepOutcome.CANCELLED;
		left.cause = "not returned: the operator cancelled; it runs on " + moved.target;
		return left;
	}

	/** One tree back from where it runs now, by that host's agent. */
	private Result back(Result moved) {
		Result r = new Result();
		r.pid = moved.targetPid;
		r.command = moved.command;
		r.action = moved.action;
		r.plannedTarget = host.name();
		r.startedAt = System.currentTimeMillis();
		AgentConnection where = null;
		try {
			where = access.open(moved.target);
			ProcessInfo p = where.inventory().processes().stream().filter(x -> x.pid() == moved.targetPid).findFirst().orElse(null);
			String command = p == null ? null : p.commandLine().isEmpty() ? p.name() : String.join(" ", p.commandLine());
			if (p == null || !Objects.equals(command, moved.command)) {
				r.outcome = StepOutcome.LEFT;
				r.cause = "PID " + moved.targetPid + " no longer runs '" + moved.command + "' on " + moved.target
						+ ": nothing to bring back";
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
			r.cause = "from " + moved.target + ": " + (e instanceof AgentException a ? a.explain() : e.getMessage());
		} finally {
			if (where != null) {
				access.release(where);
			}
		}
		r.finishedAt = System.currentTimeMillis();
		return r;
	}
}

package drover.ui.internal.evacuation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.evacuation.CostModel;
import drover.core.migration.MigrationRunner;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.ProcessInfo;
import drover.ui.internal.session.ConsoleSession;

/**
 * "Return processes": brings back what an ended evacuation moved, as {@code drover evacuate --restore} does. Each
 * tree is migrated home by the agent of the host it runs on now (which owns that migration: it finishes or rolls
 * back if the console goes), one after the other; a process that no longer runs there as it was left is reported
 * and skipped. The restore's own record (predicted from that host's records, against what happened) is left with
 * the home host's agent ({@code evacuation-record}), which also resumes the host in the cluster scheduler, and goes
 * to {@code done} (job thread).
 */
final class ReturnJob extends Job {

	private final ConsoleSession session;
	private final HostEntry home;
	private final EvacuationRecord evacuation;
	private final Map<String, HostEntry> hosts;
	private final Consumer<EvacuationRecord> done;

	/** {@code hosts}: the console's entries of the hosts the trees went to, by name (UI thread made). */
	ReturnJob(ConsoleSession session, HostEntry home, EvacuationRecord evacuation, Map<String, HostEntry> hosts,
			Consumer<EvacuationRecord> done) {
		super("Returning the processes " + evacuation.id + " moved to " + home.name());
		this.session = session;
		this.home = home;
		this.evacuation = evacuation;
		this.hosts = hosts;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Result> moved = evacuation.results.stream().filter(r -> r.outcome == StepOutcome.MOVED).toList();
		SubMonitor progress = SubMonitor.convert(monitor, moved.size());
		String fingerprint = MigrationRunner.pinnedFingerprint(session.pins(), home);
		EvacuationRecord restore = new EvacuationRecord();
		restore.id = "evac-" + home.name() + "-" + System.currentTimeMillis();
		restore.host = home.name();
		restore.restoreOf = evacuation.id;
		restore.state = EvacuationRecord.State.RUNNING;
		restore.operator = System.getProperty("user.name") + " (console: Return Processes)";
		restore.createdAt = restore.startedAt = restore.startsAt = System.currentTimeMillis();
		for (Result m : moved) {
			if (monitor.isCanceled()) {
				Result left = new Result();
				left.pid = m.targetPid;
				left.command = m.command;
				left.action = m.action;
				left.outcome = StepOutcome.CANCELLED;
				left.cause = "not returned: the operator cancelled; it runs on " + m.target;
				restore.results.add(left);
				continue;
			}
			progress.subTask("PID " + m.targetPid + " from " + m.target + " (" + m.command + ")");
			restore.results.add(back(m, fingerprint));
			progress.worked(1);
		}
		restore.finishedAt = System.currentTimeMillis();
		long failed = restore.results.stream().filter(r -> r.outcome == StepOutcome.FAILED).count();
		restore.state = monitor.isCanceled() ? EvacuationRecord.State.CANCELLED
				: failed == 0 ? EvacuationRecord.State.DONE : EvacuationRecord.State.FAILED;
		if (failed > 0) {
			restore.cause = failed + " of " + restore.results.size() + " could not come back; they run where the evacuation left them.";
		}
		try {
			session.connection(home).recordEvacuation(restore);
		} catch (IOException | RuntimeException e) {
			restore.warnings.add("The record could not be left with " + home.name() + "'s agent: " + e.getMessage());
		}
		done.accept(restore);
		return Status.OK_STATUS;
	}

	/** One tree home from where it runs now, by that host's agent. */
	private Result back(Result moved, String fingerprint) {
		Result r = new Result();
		r.pid = moved.targetPid;
		r.command = moved.command;
		r.action = moved.action;
		r.plannedTarget = home.name();
		r.startedAt = System.currentTimeMillis();
		HostEntry where = hosts.get(moved.target);
		try {
			if (where == null) {
				throw new IOException(moved.target + " is not a host of the console: add it in the Hosts view");
			}
			AgentConnection agent = session.connection(where);
			ProcessInfo p = agent.inventory().processes().stream().filter(x -> x.pid() == moved.targetPid).findFirst().orElse(null);
			String command = p == null ? null : p.commandLine().isEmpty() ? p.name() : String.join(" ", p.commandLine());
			if (p == null || !command.equals(moved.command)) {
				r.outcome = StepOutcome.LEFT;
				r.cause = "PID " + moved.targetPid + " no longer runs '" + moved.command + "' on " + moved.target + ": nothing to bring back";
				return r;
			}
			MigrationMode mode = moved.action == EvacuationAction.MIGRATE_POSTCOPY ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY;
			r.predicted = CostModel.fit(agent.migrations()).predict(moved.target, home.name(), moved.action, moved.actualImageBytes);
			String id = agent.migrate(new MigrationRequest(moved.targetPid, home.name(), home.address(), home.port(), home.user(),
					fingerprint, mode, false));
			r.migrationId = id;
			MigrationReport m = agent.watch(id, e -> {
			});
			r.target = home.name();
			r.actualDowntimeMillis = m.downtimeMillis;
			r.actualTotalMillis = m.finishedAt - m.startedAt;
			r.actualImageBytes = m.imageBytes();
			r.targetPid = m.restoredPid > 0 ? m.restoredPid : moved.targetPid;
			r.outcome = m.outcome == Outcome.DONE ? StepOutcome.MOVED : StepOutcome.FAILED;
			if (m.outcome != Outcome.DONE) {
				r.cause = m.outcome + ": " + m.cause + (m.rollback != null ? " " + m.rollback : "");
			}
		} catch (IOException | RuntimeException e) {
			r.outcome = StepOutcome.FAILED;
			r.cause = "from " + moved.target + ": " + (e instanceof AgentException a ? a.explain() : e.getMessage());
		}
		r.finishedAt = System.currentTimeMillis();
		return r;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EvacuationJob.FAMILY;
	}
}

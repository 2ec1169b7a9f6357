package drover.ui.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.migration.MigrationListener;
import drover.protocol.MigrationReport;
import drover.core.migration.MigrationRunner;
import drover.protocol.Phase;
import drover.ui.internal.session.ConsoleSession;

/**
 * Migrates processes one after the other with {@link MigrationRunner}, showing each phase, the bytes
 * sent, the throughput and the time left as the monitor's sub-task. Cancel is honoured until the
 * freeze: the listener throws before the dump starts, and the runner then stops with nothing frozen.
 * After the freeze the runner finishes or rolls back, because a half-moved process is worse than a
 * late cancel. The reports go to {@code done} (the caller posts them to the UI thread).
 */
public final class MigrationJob extends Job {

	/** Family of pre-flight and migration jobs (for tests and progress grouping). */
	public static final Object FAMILY = MigrationJob.class;

	/** The cause in the report of a migration the operator canceled (before the freeze). */
	public static final String CANCELED = "Canceled by the operator before the freeze.";

	private final ConsoleSession session;
	private final HostEntry source;
	private final HostEntry target;
	private final List<Integer> pids;
	private final boolean acceptWarnings;
	private final Consumer<List<MigrationReport>> done;
	private boolean postCopy;

	MigrationJob(ConsoleSession session, HostEntry source, HostEntry target, List<Integer> pids, boolean acceptWarnings,
			Consumer<List<MigrationReport>> done) {
		super("Migrating " + (pids.size() == 1 ? "PID " + pids.get(0) : "PIDs " + pids) + " from " + source.name()
				+ " to " + target.name());
		this.session = session;
		this.source = source;
		this.target = target;
		this.pids = pids;
		this.acceptWarnings = acceptWarnings;
		this.done = done;
		setUser(true);
	}

	/** Post-copy migrations (the memory follows the process to the target); stop-and-copy by default. */
	MigrationJob postCopy(boolean on) {
		this.postCopy = on;
		if (on) {
			setName(getName() + " (post-copy)");
		}
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// no task name: the progress view shows the job's name above the sub-task already
		SubMonitor progress = SubMonitor.convert(monitor, pids.size() * 100);
		List<MigrationReport> reports = new ArrayList<>();
		List<Integer> moved = new ArrayList<>();
		boolean canceled = false;
		for (int pid : pids) {
			if (moved.contains(pid)) {
				continue; // it went along with its parent's tree
			}
			// no cancel check here: the listener's at PREFLIGHT stops the runner, which then reports it
			MigrationReport report;
			Listener listener = new Listener(pids.size() > 1 ? "PID " + pid + ": " : "", progress.split(100));
			try {
				AgentConnection from = session.connection(source);
				AgentConnection to = session.connection(target);
				report = new MigrationRunner(from, to, session.pins(), listener).postCopy(postCopy).migrate(pid, acceptWarnings);
			} catch (Exception e) {
				report = notStarted(pid, e);
			}
			reports.add(report);
			if (report.outcome == drover.protocol.Outcome.DONE) {
				moved.addAll(report.pids);
			}
			if (listener.canceled) {
				canceled = true;
				break;
			}
		}
		done.accept(reports);
		return canceled ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** A report for a migration that could not even begin (no connection): nothing was touched. */
	private MigrationReport notStarted(int pid, Exception e) {
		MigrationReport report = new MigrationReport();
		report.id = "mig-" + source.name() + "-" + pid + "-" + System.currentTimeMillis();
		report.source = source.name();
		report.target = target.name();
		report.pid = pid;
		report.startedAt = report.finishedAt = System.currentTimeMillis();
		report.outcome = drover.protocol.Outcome.REFUSED;
		report.failedPhase = Phase.PREFLIGHT;
		report.cause = e instanceof drover.core.AgentException a ? a.explain() : String.valueOf(e.getMessage());
		report.rollback = "Nothing was frozen; the process keeps running on " + source.name() + ".";
		return report;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Turns the runner's events into the monitor's sub-task; throws for a cancel while nothing is frozen yet. */
	private static final class Listener implements MigrationListener {
		private final String prefix;
		private final SubMonitor monitor;
		private Phase phase = Phase.PREFLIGHT;
		volatile boolean canceled;

		Listener(String prefix, SubMonitor monitor) {
			this.prefix = prefix;
			this.monitor = monitor.setWorkRemaining(Phase.DONE.ordinal());
		}

		@Override
		public void phase(Phase next, String message) {
			// PREFLIGHT and DUMP are announced before their work: the dump has not frozen anything yet
			if ((next == Phase.PREFLIGHT || next == Phase.DUMP) && monitor.isCanceled()) {
				canceled = true;
				throw new OperationCanceledException(CANCELED);
			}
			if (next.ordinal() > phase.ordinal() && next.ordinal() <= Phase.DONE.ordinal()) {
				monitor.worked(next.ordinal() - phase.ordinal());
			}
			phase = next;
			monitor.subTask(prefix + next + ": " + message);
		}

		@Override
		public void progress(long bytes, long total, double bytesPerSecond, long etaMillis) {
			monitor.subTask(prefix + phase + ": " + size(bytes) + " of " + size(total) + " at "
					+ size((long) bytesPerSecond) + "/s" + (etaMillis < 0 ? "" : ", " + (etaMillis + 999) / 1000 + " s left"));
		}
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KiB", bytes / 1024.0);
		}
		return String.format("%.1f MiB", bytes / (1024.0 * 1024));
	}
}

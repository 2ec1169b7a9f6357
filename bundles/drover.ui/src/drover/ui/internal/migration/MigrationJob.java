package drover.ui.internal.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import drover.ui.internal.ConsoleLog;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.migration.MigrationRunner;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.ProgressEvent;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;

/**
 * Migrates processes one after the other by handing each to its source host's agent, which owns the
 * migration from then on (it finishes or rolls back there whatever happens to the console), and watching
 * it: each phase, the bytes sent, the throughput and the time left, or its place in the queue, as the
 * monitor's sub-task ({@link MigrationProgress}). Cancel asks the agent to stop the migration, which it does
 * until the freeze; after it the agent finishes or rolls back by itself, because a half-moved process is
 * worse than a late cancel, and the job says so and keeps watching. If the watch breaks (the link, the
 * console closing) the migration goes on in the agent: the job's result says so and its record, still in
 * progress, goes to the history, which follows it to its end. The reports go to {@code done} (the caller
 * posts them to the UI thread). A fork ({@link #fork}) is handed over and watched the same way; its original keeps
 * running on the source whatever happens, and a cancel stops it until the dump.
 */
public final class MigrationJob extends Job {

	/** Family of pre-flight and migration jobs (for tests and progress grouping). */
	public static final Object FAMILY = MigrationJob.class;

	/** The cause in the report of a migration the operator cancelled before the freeze (the agent's words). */
	public static final String CANCELED = "Cancelled by the operator before the freeze.";
	/** The same for a fork (the agent's words): its original was never frozen. */
	public static final String FORK_CANCELED = "Cancelled by the operator before the dump.";

	/** Shown when a cancel came after the freeze. */
	public static final String TOO_LATE = "too late to cancel: the tree is frozen, the agent finishes or rolls back by itself";

	/** How often a broken watch is attached again before the job leaves the migration to the history. */
	private static final int WATCH_ATTEMPTS = 3;
	private static final long WATCH_RETRY_MILLIS = 2_000;

	private final ConsoleSession session;
	private final HostEntry source;
	private final HostEntry target;
	private final List<Integer> pids;
	private final boolean acceptWarnings;
	private final Consumer<List<MigrationReport>> done;
	private MigrationMode mode = MigrationMode.STOP_AND_COPY;
	private Consumer<MigrationReport> accepted = report -> {
	};
	/** The migration being watched now, for a cancel from the progress view; null between migrations. */
	private volatile Watched watched;

	/** One migration the agent accepted: where to cancel it, and whether the operator did. */
	private record Watched(AgentConnection agent, String id, MigrationProgress progress, AtomicBoolean cancelSent) {
	}

	/** How one migration went as far as the console knows: its report, or (null) why nobody knows whether it began. */
	private record Attempt(MigrationReport report, String unknown) {
		static Attempt of(MigrationReport report) {
			return new Attempt(report, null);
		}
	}

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
		this.mode = on ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY;
		if (on) {
			setName(getName() + " (post-copy)");
		}
		return this;
	}

	/** Forks instead: a copy of each tree goes on on the target, the original keeps running on the source. */
	MigrationJob fork() {
		this.mode = MigrationMode.FORK;
		setName("Copying " + (pids.size() == 1 ? "PID " + pids.get(0) : "PIDs " + pids) + " from " + source.name() + " to "
				+ target.name() + " (fork)");
		return this;
	}

	/**
	 * Hears of each migration as its agent accepts it, with a record in progress (for the history to show at
	 * once; it follows it from there). Called on the job's thread.
	 */
	MigrationJob onAccepted(Consumer<MigrationReport> accepted) {
		this.accepted = accepted;
		return this;
	}

	/** What the progress view shows for the migration watched now ("" between migrations): for tests. */
	public String progressText() {
		Watched now = watched;
		return now == null ? "" : now.progress().text();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// no task name: the progress view shows the job's name above the sub-task already
		SubMonitor progress = SubMonitor.convert(monitor, pids.size() * 100);
		List<MigrationReport> reports = new ArrayList<>();
		List<Integer> moved = new ArrayList<>();
		IStatus status = Status.OK_STATUS;
		for (int pid : pids) {
			if (moved.contains(pid)) {
				continue; // it went along with its parent's tree
			}
			if (monitor.isCanceled()) { // nothing handed to the agent yet: nothing to ask it
				reports.add(notStarted(pid, mode == MigrationMode.FORK ? FORK_CANCELED : CANCELED));
				status = Status.CANCEL_STATUS;
				break;
			}
			Attempt attempt = migrate(pid, new MigrationProgress(pids.size() > 1 ? "PID " + pid + ": " : "",
					progress.split(100)), monitor);
			watched = null;
			MigrationReport report = attempt.report();
			if (report != null) {
				reports.add(report);
			}
			if (report == null || !report.outcome.isFinal()) {
				status = leftToTheAgent(pid, report, report == null ? attempt.unknown() : report.cause);
				break; // the next PIDs wait for the operator: this one may still be under way
			}
			if (report.outcome == Outcome.DONE) {
				moved.addAll(report.pids);
			}
			if (monitor.isCanceled()) {
				status = CANCELED.equals(report.cause) || FORK_CANCELED.equals(report.cause) ? Status.CANCEL_STATUS
						: Status.info("The cancel came after the freeze of PID " + pid + ": the migration went on to its end ("
								+ report.outcome + ").");
				break;
			}
		}
		done.accept(reports);
		return status;
	}

	/**
	 * Hands one migration to the source agent and watches it to its end. Its report is final, or still in
	 * progress when the watch broke; there is none when it is not known whether the agent accepted it at all.
	 */
	private Attempt migrate(int pid, MigrationProgress progress, IProgressMonitor monitor) {
		String fingerprint = MigrationRunner.pinnedFingerprint(session.pins(), target);
		if (fingerprint == null) {
			return Attempt.of(notStarted(pid, "No host key is pinned for " + target.name() + ", so " + source.name()
					+ "'s agent would not know which key to accept from it. Connect to " + target.name() + " in the Hosts view"
					+ " and trust its key, then migrate again."));
		}
		AgentConnection agent;
		String id;
		long submitted = System.currentTimeMillis();
		try {
			agent = session.connection(source);
		} catch (IOException | RuntimeException e) {
			ConsoleLog.ifInternal(getName(), e);
			return Attempt.of(notStarted(pid, e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage())));
		}
		try {
			id = agent.migrate(new MigrationRequest(pid, target.name(), target.address(), target.port(), target.user(),
					fingerprint, mode, acceptWarnings));
		} catch (AgentException e) {
			// refused (a tree another migration owns, no such process...) unless its answer was lost on the way
			return ErrorInfo.answerLost(e.code()) ? new Attempt(null, e.explain()) : Attempt.of(notStarted(pid, e.explain()));
		} catch (IOException | RuntimeException e) {
			ConsoleLog.ifInternal(getName(), e);
			return new Attempt(null, String.valueOf(e.getMessage()));
		}
		Watched now = new Watched(agent, id, progress, new AtomicBoolean());
		watched = now;
		progress.event(ProgressEvent.phase(id, Phase.PREFLIGHT, "handed to " + source.name() + "'s agent as " + id));
		accepted.accept(inProgress(id, pid, submitted, Phase.PREFLIGHT));
		if (monitor.isCanceled() && !closing()) {
			askToCancel(now); // the cancel came while the agent was accepting it
		}
		return Attempt.of(watch(now, pid, submitted));
	}

	/** Follows the migration to its end; a broken watch is attached again a few times, then left to the history. */
	private MigrationReport watch(Watched now, int pid, long submitted) {
		AgentConnection agent = now.agent();
		String problem = null;
		for (int attempt = 1; attempt <= WATCH_ATTEMPTS; attempt++) {
			try {
				return agent.watch(now.id(), now.progress()::event);
			} catch (IOException | RuntimeException e) {
				ConsoleLog.ifInternal(getName(), e);
				problem = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
			}
			if (closing() || attempt == WATCH_ATTEMPTS) {
				break;
			}
			now.progress().note("lost sight of it (" + problem + "), attaching again");
			try {
				Thread.sleep(WATCH_RETRY_MILLIS);
				agent = session.connection(source);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			} catch (IOException | RuntimeException e) {
				ConsoleLog.ifInternal(getName(), e);
				problem = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
			}
		}
		MigrationReport lost = inProgress(now.id(), pid, submitted, now.progress().phase());
		lost.cause = "The console lost sight of it: " + problem;
		return lost;
	}

	/** A record of a migration the agent runs, as far as this job knows it (the agent's own replaces it). */
	private MigrationReport inProgress(String id, int pid, long submitted, Phase phase) {
		MigrationReport report = new MigrationReport();
		report.id = id;
		report.source = source.name();
		report.target = target.name();
		report.owner = source.name();
		report.pid = pid;
		report.mode = mode;
		report.kind = mode == MigrationMode.FORK ? drover.protocol.RecordKind.FORK : drover.protocol.RecordKind.MIGRATION;
		report.startedAt = submitted;
		report.outcome = Outcome.RUNNING;
		report.phase = phase;
		return report;
	}

	/**
	 * Says why the console stopped following a migration the agent may still run, as the job's result, kept in
	 * the progress view: the migration is not lost, only no longer watched from here.
	 */
	private IStatus leftToTheAgent(int pid, MigrationReport report, String problem) {
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		String text;
		if (report == null || report.outcome.isFinal()) {
			text = "The request to migrate PID " + pid + " may or may not have reached " + source.name() + "'s agent ("
					+ problem + "). If it did, the migration runs there by itself and the Migration History shows it.";
		} else if (report.outcome == Outcome.HELD) {
			text = "Migration " + report.id + " is HELD: PID " + pid + " stays frozen on " + source.name() + " until "
					+ target.name() + " answers; " + source.name() + "'s agent keeps asking and settles it by itself. The"
					+ " Migration History shows it, and its final record when it ends. " + report.cause;
		} else {
			text = "Migration " + report.id + " (PID " + pid + ", " + source.name() + " \u2192 " + target.name() + ") goes on in "
					+ source.name() + "'s agent, which owns it and finishes or rolls it back by itself: " + problem
					+ ". The Migration History shows it, and its final record once the console reaches " + source.name()
					+ " again.";
		}
		return new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID, text);
	}

	@Override
	protected void canceling() {
		if (closing()) {
			return; // the console closes: the migration goes on without it, as it would after a crash
		}
		Watched now = watched;
		if (now != null) {
			askToCancel(now);
		}
	}

	/** Asks the agent to cancel, off the caller's thread (the progress view calls on the UI thread). */
	private void askToCancel(Watched now) {
		if (!now.cancelSent().compareAndSet(false, true)) {
			return;
		}
		now.progress().note("cancel requested");
		Job cancel = Job.create("Cancelling migration " + now.id(), (IProgressMonitor m) -> {
			try {
				now.agent().cancel(now.id());
				now.progress().note("cancelled: nothing was frozen, it stops");
			} catch (AgentException e) {
				now.progress().note(ErrorInfo.TOO_LATE.equals(e.code()) ? TOO_LATE : "cannot cancel: " + e.getMessage());
			} catch (IOException | RuntimeException e) {
				ConsoleLog.ifInternal(getName(), e);
				now.progress().note("cannot cancel: " + e.getMessage());
			}
			return Status.OK_STATUS;
		});
		cancel.setSystem(true);
		cancel.schedule();
	}

	/** Is the workbench shutting down? Then a cancel of this job is not the operator's. */
	private static boolean closing() {
		try {
			return !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing();
		} catch (IllegalStateException e) {
			return true;
		}
	}

	/** A report for a migration that did not begin (refused, or cancelled before it was handed over): nothing touched. */
	private MigrationReport notStarted(int pid, String cause) {
		MigrationReport report = new MigrationReport();
		boolean fork = mode == MigrationMode.FORK;
		report.id = (fork ? "fork-" : "mig-") + source.name() + "-" + pid + "-" + System.currentTimeMillis();
		report.kind = fork ? drover.protocol.RecordKind.FORK : drover.protocol.RecordKind.MIGRATION;
		report.source = source.name();
		report.target = target.name();
		report.pid = pid;
		report.mode = mode;
		report.startedAt = report.finishedAt = System.currentTimeMillis();
		report.outcome = Outcome.REFUSED;
		report.failedPhase = Phase.PREFLIGHT;
		report.cause = cause;
		report.rollback = fork ? "Nothing was touched; the original keeps running on " + source.name() + "."
				: "Nothing was frozen; the process keeps running on " + source.name() + ".";
		return report;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

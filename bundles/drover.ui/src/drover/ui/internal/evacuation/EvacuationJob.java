package drover.ui.internal.evacuation;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import drover.ui.internal.ConsoleLog;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;

/**
 * Watches an evacuation its host's agent runs, as {@link drover.ui.internal.migration.MigrationJob} watches a
 * migration: it asks the agent ({@code evacuations}) every 2 s and shows, as the monitor's sub-task, how many trees
 * are done and which migrations run now. Cancel asks the agent to stop it between migrations (those under way
 * finish or roll back by themselves). The agent owns the evacuation: a watch that breaks, or a console that
 * closes, leaves it running there; the job says so. The final record goes to {@code done} (on the job's thread).
 */
public final class EvacuationJob extends Job {

	/** Job family of evacuation watches (tests join it; the Evacuations view starts one per running evacuation). */
	public static final Object FAMILY = EvacuationJob.class;

	static final long POLL_MILLIS = 2_000;
	private static final int ATTEMPTS = 3;

	private final ConsoleSession session;
	private final HostEntry host;
	private final String id;
	private final Consumer<EvacuationRecord> done;
	private volatile String text = "";
	private volatile boolean cancelSent;

	public EvacuationJob(ConsoleSession session, HostEntry host, String id, Consumer<EvacuationRecord> done) {
		super("Evacuating " + host.name() + " (" + id + ")");
		this.session = session;
		this.host = host;
		this.id = id;
		this.done = done;
		setUser(true);
	}

	public String id() {
		return id;
	}

	/** The sub-task shown now: for tests. */
	public String progressText() {
		return text;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		int failures = 0;
		int worked = 0;
		boolean begun = false;
		String problem = null;
		while (true) {
			EvacuationRecord r;
			try {
				r = find();
				failures = 0;
			} catch (IOException | RuntimeException e) {
				ConsoleLog.ifInternal(getName(), e);
				problem = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
				if (++failures >= ATTEMPTS || closing()) {
					setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
					return new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID, "Evacuation " + id + " goes on in " + host.name()
							+ "'s agent, which owns it and runs it to its end by itself; the console lost sight of it (" + problem
							+ "). The Evacuations view shows it again once the console reaches " + host.name() + ".");
				}
				pause();
				continue;
			}
			if (r == null) {
				return new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID, host.name() + "'s agent keeps no evacuation " + id + ".");
			}
			int total = Math.max(1, r.results.size());
			if (!begun && !r.results.isEmpty()) {
				monitor.beginTask("", total);
				begun = true;
			}
			int ended = (int) r.results.stream().filter(x -> x.outcome != StepOutcome.PENDING && x.outcome != StepOutcome.RUNNING).count();
			if (begun && ended > worked) {
				monitor.worked(ended - worked);
				worked = ended;
			}
			text = describe(r);
			monitor.subTask(text + (cancelSent ? "; cancel requested: no further migration starts" : ""));
			if (r.state.isFinal()) {
				done.accept(r);
				monitor.done();
				return r.state == EvacuationRecord.State.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
			pause();
		}
	}

	/** One line: where the evacuation stands and which migrations run now. */
	static String describe(EvacuationRecord r) {
		if (r.state == EvacuationRecord.State.SCHEDULED) {
			return "scheduled for " + java.time.Instant.ofEpochMilli(r.startsAt) + ", run by " + r.host + "'s agent";
		}
		StringBuilder b = new StringBuilder();
		long ended = r.results.stream().filter(x -> x.outcome != StepOutcome.PENDING && x.outcome != StepOutcome.RUNNING).count();
		b.append(r.state).append(": ").append(ended).append(" of ").append(r.results.size()).append(" done, ").append(r.moved())
				.append(" moved");
		long failed = r.results.stream().filter(x -> x.outcome == StepOutcome.FAILED).count();
		if (failed > 0) {
			b.append(", ").append(failed).append(" failed");
		}
		for (Result x : r.results) {
			if (x.outcome == StepOutcome.RUNNING) {
				b.append("; PID ").append(x.pid).append(x.target != null ? " \u2192 " + x.target : "").append(" (")
						.append(x.action).append(')');
			}
		}
		return b.toString();
	}

	private EvacuationRecord find() throws IOException {
		return session.connection(host).evacuations().stream().filter(r -> id.equals(r.id)).findFirst().orElse(null);
	}

	@Override
	protected void canceling() {
		if (closing() || cancelSent) {
			return; // the console closes: the evacuation goes on without it
		}
		cancelSent = true;
		Job cancel = Job.create("Cancelling evacuation " + id, (IProgressMonitor m) -> {
			try {
				session.connection(host).cancelEvacuation(id);
			} catch (IOException | RuntimeException e) {
				text = "cannot cancel: " + e.getMessage();
			}
			return Status.OK_STATUS;
		});
		cancel.setSystem(true);
		cancel.schedule();
	}

	private void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean closing() {
		try {
			return !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing();
		} catch (IllegalStateException e) {
			return true;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

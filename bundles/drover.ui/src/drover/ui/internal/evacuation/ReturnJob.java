package drover.ui.internal.evacuation;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.evacuation.EvacuationRestore;
import drover.core.migration.MigrationRunner;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.ui.internal.session.ConsoleSession;

/**
 * "Return processes": brings back what the evacuation selected in the view moved, by core's {@link EvacuationRestore}
 * as {@code drover evacuate --restore} does, over the console's connections. The restore's own record goes to
 * {@code done} (job thread).
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
		long moved = evacuation.results.stream().filter(r -> r.outcome == StepOutcome.MOVED).count();
		SubMonitor progress = SubMonitor.convert(monitor, (int) moved);
		EvacuationRestore.AgentAccess access = new EvacuationRestore.AgentAccess() {
			@Override
			public AgentConnection open(String name) throws IOException {
				HostEntry where = hosts.get(name);
				if (where == null) {
					throw new IOException(name + " is not a host of the console: add it in the Hosts view");
				}
				return session.connection(where);
			}

			@Override
			public void release(AgentConnection agent) {
				// the session's connection: it stays open for the views
			}
		};
		EvacuationRecord restore;
		try {
			// one tree at a time: the trees share the session's connection to each host
			restore = new EvacuationRestore(access, session.connection(home), home, MigrationRunner.pinnedFingerprint(session.pins(), home),
					1)
					.restore(evacuation, System.getProperty("user.name") + " (console: Return Processes)", monitor::isCanceled, r -> {
						progress.subTask("PID " + r.pid + " (" + r.command + "): " + r.outcome);
						progress.worked(1);
					});
		} catch (IOException e) {
			return Status.error("Returning the processes " + evacuation.id + " moved failed: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
		done.accept(restore);
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == EvacuationJob.FAMILY;
	}
}

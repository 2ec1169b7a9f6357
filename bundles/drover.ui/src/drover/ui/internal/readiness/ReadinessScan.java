package drover.ui.internal.readiness;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.protocol.Preflight;
import drover.ui.internal.session.ConsoleSession;

/**
 * Asks a host's agent for the pre-flight of some processes, one request each, and keeps the verdicts
 * in the {@link ReadinessStore}. A process that is gone meanwhile, or a failing agent, leaves its
 * processes unknown; the next refresh tries again. Touches nothing on the host.
 */
final class ReadinessScan extends Job {

	/** One process to check: its PID and start time. */
	record Target(int pid, long startTime) {
	}

	private final ConsoleSession session;
	private final HostEntry host;
	private final List<Target> targets;

	ReadinessScan(ConsoleSession session, HostEntry host, List<Target> targets) {
		super("Pre-flight markers for " + host.name());
		this.session = session;
		this.host = host;
		this.targets = targets;
		setSystem(true); // unattended, after each refresh
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), targets.size());
		try {
			AgentConnection agent = session.connection(host);
			for (Target target : targets) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					Preflight check = agent.preflight(target.pid());
					session.readiness().put(host.name(), target.pid(), target.startTime(), check.verdicts());
				} catch (IOException e) {
					// gone since the inventory, or refused: stays unknown
				}
				progress.worked(1);
			}
		} catch (IOException | RuntimeException e) {
			// not connected any more: the markers stay as they are
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ConsoleSession.JOB_FAMILY;
	}
}

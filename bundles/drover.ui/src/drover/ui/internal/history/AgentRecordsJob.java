package drover.ui.internal.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.core.HostEntry;
import drover.protocol.MigrationReport;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * Fetches the cost records the connected hosts' agents keep ({@code AgentConnection.migrations()}) and
 * merges them into the console's model on the UI thread, so the history outlives console restarts. A host
 * that cannot answer is skipped; the job's status names it.
 */
public final class AgentRecordsJob extends Job {

	/** Job family, for tests. */
	public static final Object FAMILY = AgentRecordsJob.class;

	private final ConsoleSession session;
	private final Display display;
	private final List<HostEntry> hosts = new ArrayList<>();

	/** UI thread: takes the hosts connected now. */
	public AgentRecordsJob(ConsoleSession session, Display display) {
		super("Fetching migration records from the agents");
		this.session = session;
		this.display = display;
		for (Host host : session.cluster().getHosts()) {
			if (host.getStatus() == ConnectionStatus.CONNECTED) {
				hosts.add(HostEntries.of(host));
			}
		}
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<MigrationReport> reports = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (HostEntry host : hosts) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				reports.addAll(session.connection(host).migrations());
			} catch (IOException | RuntimeException e) {
				problems.add(host.name() + ": " + e.getMessage());
			}
		}
		if (!reports.isEmpty() && !display.isDisposed()) {
			display.asyncExec(() -> HistoryMerge.merge(session.cluster(), reports));
		}
		return problems.isEmpty() ? Status.OK_STATUS
				: new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID, "No migration records from " + String.join("; ", problems));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

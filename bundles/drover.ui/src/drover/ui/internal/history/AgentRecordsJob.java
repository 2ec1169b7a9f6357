package drover.ui.internal.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.ui.internal.ConsoleLog;
import drover.core.HostEntry;
import drover.protocol.MigrationReport;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * Fetches the cost records the connected hosts' agents keep, and the migrations they run now
 * ({@code AgentConnection.migrations()}), and merges them into the console's model on the UI thread, so the
 * history outlives console restarts and shows migrations in progress, wherever they were started. A host that
 * cannot answer is skipped; the job's status names it. Afterwards, on the UI thread, {@code fetched} hears
 * whether any agent reported a migration that has not ended.
 */
public final class AgentRecordsJob extends Job {

	/** Job family, for tests. */
	public static final Object FAMILY = AgentRecordsJob.class;

	private final ConsoleSession session;
	private final Display display;
	private final List<HostEntry> hosts = new ArrayList<>();
	private final Consumer<Boolean> fetched;

	/** UI thread: takes the hosts connected now. */
	public AgentRecordsJob(ConsoleSession session, Display display) {
		this(session, display, running -> {
		});
	}

	/** As above; {@code fetched} runs on the UI thread after the merge, told whether a migration is in progress. */
	AgentRecordsJob(ConsoleSession session, Display display, Consumer<Boolean> fetched) {
		super("Fetching migration records from the agents");
		this.session = session;
		this.display = display;
		this.fetched = fetched;
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
				break; // what came so far is still merged, and the caller still hears of the end
			}
			try {
				reports.addAll(session.connection(host).migrations());
			} catch (IOException | RuntimeException e) {
				ConsoleLog.ifInternal("Reading the migration records of " + host.name(), e);
				problems.add(host.name() + ": " + e.getMessage());
			}
		}
		boolean running = reports.stream().anyMatch(r -> r.outcome != null && !r.outcome.isFinal());
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!reports.isEmpty()) {
					HistoryMerge.merge(session.cluster(), reports);
				}
				fetched.accept(running);
			});
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		return problems.isEmpty() ? Status.OK_STATUS
				: new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID, "No migration records from " + String.join("; ", problems));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}

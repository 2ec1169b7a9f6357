package drover.ui.internal.session;

import java.io.IOException;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import drover.ui.internal.ConsoleLog;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.model.InventoryMerger;
import drover.protocol.Hello;
import drover.protocol.Inventory;

/**
 * Connects to a host if needed, asks its agent for hello (first time) and inventory, and hands both
 * to the UI thread for merging. Failures become the host's status, not an error dialog: refreshes
 * also run unattended every few seconds.
 */
final class RefreshJob extends Job {

	private final ConsoleSession session;
	private final HostEntry entry;
	private final boolean greet;
	private final HostKeyQuestion question;

	RefreshJob(ConsoleSession session, HostEntry entry, boolean greet, HostKeyQuestion question) {
		super((greet ? "Connecting to " : "Refreshing ") + entry.name());
		this.session = session;
		this.entry = entry;
		this.greet = greet;
		this.question = question;
		setSystem(!greet); // periodic refreshes stay out of the progress view
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
		try {
			progress.subTask("connecting");
			AgentConnection connection = session.connections().get(entry, question);
			progress.worked(1);
			progress.subTask("hello");
			Hello hello = greet ? connection.hello() : null;
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask("inventory");
			Inventory inventory = connection.inventory();
			progress.worked(1);
			// here, off the UI thread: which processes are as the model holds them (they are skipped there)
			Inventory base = session.lastMerged(entry.name());
			Set<Integer> unchanged = InventoryMerger.unchanged(base, inventory);
			session.ui(() -> session.merge(entry.name(), hello, inventory, base, unchanged));
		} catch (IOException | RuntimeException e) {
			ConsoleLog.ifInternal("Refreshing " + entry.name(), e);
			if (session.connections().wanted(entry.name())) {
				session.connections().drop(entry.name());
				String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
				session.ui(() -> session.fail(entry.name(), why));
			}
		} finally {
			session.refreshed(entry.name());
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ConsoleSession.JOB_FAMILY;
	}
}

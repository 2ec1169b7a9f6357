package drover.ui.internal.commands;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.migration.MigrationDragAndDrop;
import drover.ui.internal.migration.MigrationRequest;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.ProcessView;

/** Ids of the process commands, and what their handlers share: the view, its selection, the other host. */
public final class ProcessCommands {

	public static final String CHECKPOINT = "drover.ui.commands.checkpoint";
	public static final String RESTORE = "drover.ui.commands.restore";
	public static final String PREFLIGHT = "drover.ui.commands.preflight";
	public static final String MIGRATE = "drover.ui.commands.migrate";

	/** Titles of the dialogs that report a checkpoint's or a restore's outcome. */
	public static final String CHECKPOINT_TITLE = "Checkpoint";
	public static final String RESTORE_TITLE = "Restore image";

	private ProcessCommands() {
	}

	static ConsoleSession session() {
		return DroverUiPlugin.getDefault().session();
	}

	/** The active process view with a host, or null. */
	static ProcessView view(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		return part instanceof ProcessView view && view.getHost() != null ? view : null;
	}

	/** The selected processes of the view, or null (a message says why). */
	static MigrationRequest selection(ProcessView view, Shell shell, String title) {
		MigrationRequest request = MigrationDragAndDrop.selection(view.getViewer(), view.getHost().getName());
		if (request == null || request.pids().isEmpty()) {
			MessageDialog.openInformation(shell, title, "Select a process first.");
			return null;
		}
		return request;
	}

	/** The only other connected host, or null (a message says why). */
	static String otherHost(ProcessView view, Shell shell, String title) {
		List<String> others = session().cluster().getHosts().stream()
				.filter(h -> h != view.getHost() && h.getStatus() == ConnectionStatus.CONNECTED).map(Host::getName).toList();
		if (others.size() != 1) {
			MessageDialog.openInformation(shell, title, others.isEmpty() ? "No other host is connected."
					: "Several hosts are connected: choose one from the context menu.");
			return null;
		}
		return others.get(0);
	}

	/** Whether the host is connected; otherwise a message says so. */
	static boolean connected(Host host, Shell shell, String title) {
		if (host.getStatus() != ConnectionStatus.CONNECTED) {
			MessageDialog.openInformation(shell, title, "Connect to " + host.getName() + " first.");
			return false;
		}
		return true;
	}
}

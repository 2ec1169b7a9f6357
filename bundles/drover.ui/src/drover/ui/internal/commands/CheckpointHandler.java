package drover.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.model.Host;
import drover.protocol.CheckpointResult;
import drover.ui.internal.migration.MigrationRequest;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;
import drover.ui.internal.views.ProcessView;

/**
 * Checkpoints the selected process on its host (mode "kill": it leaves the host; the image stays
 * there for "Restore image..."), in a job; the image's name or the error in a dialog afterwards.
 */
public final class CheckpointHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProcessView view = ProcessCommands.view(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (view == null || !ProcessCommands.connected(view.getHost(), shell, ProcessCommands.CHECKPOINT_TITLE)) {
			return null;
		}
		MigrationRequest request = ProcessCommands.selection(view, shell, ProcessCommands.CHECKPOINT_TITLE);
		if (request == null) {
			return null;
		}
		ConsoleSession session = ProcessCommands.session();
		Host host = view.getHost();
		int pid = request.pids().get(0);
		String where = "PID " + pid + " on " + host.getName();
		new AgentCall<CheckpointResult>("Checkpoint " + where, session, HostEntries.of(host),
				agent -> agent.checkpoint(pid, null, "kill"), shell.getDisplay(), result -> {
					session.refresh(host);
					MessageDialog.openInformation(shell, ProcessCommands.CHECKPOINT_TITLE, "Checkpointed " + where
							+ " as image " + result.image().name() + " (" + result.dumpMillis() + " ms).");
				}, why -> MessageDialog.openError(shell, ProcessCommands.CHECKPOINT_TITLE,
						"Cannot checkpoint " + where + ": " + why))
				.schedule();
		return null;
	}
}

package drover.ui.internal.commands;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.core.HostEntry;
import drover.model.Host;
import drover.protocol.ImageInfo;
import drover.protocol.RestoreResult;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;
import drover.ui.internal.views.ProcessView;

/**
 * Lists the images on the view's host (in a job), lets the operator choose one, and restores it there
 * (in another job); the restored PID or the error in a dialog afterwards.
 */
public final class RestoreHandler extends AbstractHandler {

	/** Title of the dialog that lists the images. */
	public static final String CHOOSE_TITLE = "Restore which image?";

	@Override
	public Object execute(ExecutionEvent event) {
		ProcessView view = ProcessCommands.view(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (view == null || !ProcessCommands.connected(view.getHost(), shell, ProcessCommands.RESTORE_TITLE)) {
			return null;
		}
		ConsoleSession session = ProcessCommands.session();
		Host host = view.getHost();
		HostEntry entry = HostEntries.of(host);
		new AgentCall<List<ImageInfo>>("Images on " + host.getName(), session, entry, agent -> agent.images(),
				shell.getDisplay(), images -> choose(session, host, entry, shell, images),
				why -> MessageDialog.openError(shell, ProcessCommands.RESTORE_TITLE,
						"Cannot list the images on " + host.getName() + ": " + why))
				.schedule();
		return null;
	}

	private static void choose(ConsoleSession session, Host host, HostEntry entry, Shell shell, List<ImageInfo> images) {
		if (shell.isDisposed()) {
			return;
		}
		if (images.isEmpty()) {
			MessageDialog.openInformation(shell, ProcessCommands.RESTORE_TITLE, host.getName() + " has no images.");
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				ImageInfo image = (ImageInfo) element;
				return image.name() + "  (PID " + image.pid() + ", " + image.command() + ", "
						+ Instant.ofEpochMilli(image.createdAt()) + ")";
			}
		});
		dialog.setTitle(CHOOSE_TITLE);
		dialog.setMessage("Images on " + host.getName() + ":");
		dialog.setMultipleSelection(false);
		dialog.setElements(images.toArray());
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return;
		}
		String name = ((ImageInfo) dialog.getFirstResult()).name();
		new AgentCall<RestoreResult>("Restore " + name + " on " + host.getName(), session, entry,
				agent -> agent.restore(name), shell.getDisplay(), result -> {
					session.refresh(host);
					MessageDialog.openInformation(shell, ProcessCommands.RESTORE_TITLE, "Restored image " + name + " on "
							+ host.getName() + " as PID " + result.pid() + " (" + result.restoreMillis() + " ms).");
				}, why -> MessageDialog.openError(shell, ProcessCommands.RESTORE_TITLE,
						"Cannot restore " + name + " on " + host.getName() + ": " + why))
				.schedule();
	}
}

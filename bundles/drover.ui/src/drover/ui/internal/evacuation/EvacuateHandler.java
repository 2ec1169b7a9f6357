package drover.ui.internal.evacuation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.EvacuationRecord;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;

/**
 * "Evacuate Host...": the host selected in the Hosts view, or the host of the active process view, into the
 * {@link EvacuationWizard}; Finish hands the evacuation to the host's agent and shows the Evacuations view.
 */
public class EvacuateHandler extends AbstractHandler {

	public static final String COMMAND_ID = "drover.ui.commands.evacuate";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Host host = host(HandlerUtil.getActivePart(event));
		if (host == null) {
			MessageDialog.openInformation(shell, EvacuationWizard.TITLE, "Select one host in the Hosts view, or open its processes.");
			return null;
		}
		if (host.getStatus() != ConnectionStatus.CONNECTED) {
			MessageDialog.openInformation(shell, EvacuationWizard.TITLE, "Connect to " + host.getName() + " first.");
			return null;
		}
		dialog(shell, host.getName()).open();
		return null;
	}

	/** The wizard's dialog for {@code host} (not opened: tests open it without blocking). */
	public static WizardDialog dialog(Shell shell, String host) {
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		Evacuations evacuations = DroverUiPlugin.getDefault().evacuations();
		EvacuationWizard wizard = new EvacuationWizard(new EvacuationPlanning(session, shell.getDisplay()), host,
				request -> evacuations.submit(request, r -> started(shell, r), why -> MessageDialog.openError(shell,
						EvacuationWizard.TITLE, why)));
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(900, 460);
		return dialog;
	}

	private static void started(Shell shell, EvacuationRecord r) {
		try {
			org.eclipse.ui.IWorkbenchPage page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
					? org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage() : null;
			if (page != null) {
				page.showView(EvacuationsView.ID);
			}
		} catch (PartInitException e) {
			DroverUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	private static Host host(IWorkbenchPart part) {
		if (part instanceof ProcessView view) {
			return view.getHost();
		}
		if (part instanceof HostsView view) {
			IStructuredSelection s = view.getViewer().getStructuredSelection();
			return s.size() == 1 && s.getFirstElement() instanceof Host h ? h : null;
		}
		return null;
	}
}

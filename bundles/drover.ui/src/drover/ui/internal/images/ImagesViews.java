package drover.ui.internal.images;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.model.Host;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;

/**
 * "Show Images": opens the Images view of the hosts selected in the Hosts view, or of the active process view's
 * host. One view per host, as for processes: two libraries can be compared side by side, and a view's host is
 * fixed, so an image dragged out of it always says where it comes from.
 */
public final class ImagesViews extends AbstractHandler {

	public static final String COMMAND_ID = "drover.ui.commands.showImages";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = part == null ? null : part.getSite().getPage();
		boolean any = false;
		if (part instanceof ProcessView view && view.getHost() != null) {
			open(page, view.getHost().getName());
			any = true;
		} else if (part instanceof HostsView view) {
			for (Object o : ((IStructuredSelection) view.getViewer().getSelection()).toList()) {
				if (o instanceof Host h) {
					open(page, h.getName());
					any = true;
				}
			}
		}
		if (!any) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Images", "Select a host in the Hosts view,"
					+ " or open its processes, then Show Images.");
		}
		return null;
	}

	/** Opens (or brings forward) the Images view of {@code host}. */
	public static ImagesView open(IWorkbenchPage page, String host) {
		try {
			return (ImagesView) page.showView(ImagesView.ID, host, IWorkbenchPage.VIEW_ACTIVATE);
		} catch (PartInitException e) {
			throw new IllegalStateException("cannot open the images of " + host, e);
		}
	}

	public static void close(IWorkbenchPage page, String host) {
		var ref = page.findViewReference(ImagesView.ID, host);
		if (ref != null) {
			page.hideView(ref);
		}
	}
}

package drover.ui.internal.images;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;

/**
 * Makes every host on the page a drop target for images: the Hosts view's rows and each process view, those open
 * now and those opened later. Installed by the first Images view of a page (an image can only be dragged from
 * one), so the process views and the Hosts view need no code of their own for it; removed with the last.
 */
final class ImageDropTargets implements IPartListener2 {

	private final IWorkbenchPage page;
	private final ImageDrag.Action restore;

	ImageDropTargets(IWorkbenchPage page, ImageDrag.Action restore) {
		this.page = page;
		this.restore = restore;
	}

	void install() {
		for (IViewReference ref : page.getViewReferences()) {
			add(ref.getPart(false));
		}
		page.addPartListener(this);
	}

	void dispose() {
		page.removePartListener(this);
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		add(ref.getPart(false));
	}

	private void add(IWorkbenchPart part) {
		if (part instanceof ProcessView view && view.getHost() != null && view.getViewer() != null) {
			ImageDrag.dropOn(view.getViewer().getControl(), view.getHost().getName(), restore);
		} else if (part instanceof HostsView view && view.getViewer() != null) {
			ImageDrag.dropOnHostRows(view.getViewer().getControl(), restore);
		}
	}
}

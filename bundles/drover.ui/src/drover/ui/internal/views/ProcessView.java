package drover.ui.internal.views;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * A host's process tree (placeholder). Several instances can be open side by side; the secondary
 * id names the host, and becomes the tab title.
 */
public class ProcessView extends ViewPart {

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		String host = getViewSite().getSecondaryId();
		if (host != null) {
			setPartName("Processes: " + host);
		}
		viewer = PlaceholderTree.create(parent, host == null ? "No host selected" : "No processes on " + host + " yet");
		getSite().setSelectionProvider(viewer);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The tree, for tests. */
	public TreeViewer getViewer() {
		return viewer;
	}
}

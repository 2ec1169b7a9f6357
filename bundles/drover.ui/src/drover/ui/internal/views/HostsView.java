package drover.ui.internal.views;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The cluster's hosts (placeholder). Offers its selection to the Properties view. */
public class HostsView extends ViewPart {

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = PlaceholderTree.create(parent, "No hosts yet");
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

package drover.ui.internal.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Builds the flat, one-label tree the placeholder views show until the model is wired in. */
final class PlaceholderTree {

	private PlaceholderTree() {
	}

	static TreeViewer create(Composite parent, String label) {
		TreeViewer viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(new FlatContentProvider());
		viewer.setLabelProvider(new LabelProvider());
		viewer.setInput(List.of(label));
		return viewer;
	}

	/** Top-level elements only; nothing has children yet. */
	private static final class FlatContentProvider extends ArrayContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getChildren(Object parentElement) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}
}

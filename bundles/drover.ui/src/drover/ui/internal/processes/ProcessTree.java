package drover.ui.internal.processes;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;

/** Builds the process tree viewer: columns, icons, header-click sorting, filter and content. */
public final class ProcessTree {

	private ProcessTree() {
	}

	public static TreeViewer create(Composite parent, ProcessFilter filter) {
		TreeViewer viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		// thousands of elements: find items by hash, not by walking the tree, on every update
		viewer.setUseHashlookup(true);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		ResourceImages images = new ResourceImages(viewer.getControl());
		ProcessComparator comparator = new ProcessComparator();
		for (ProcessColumn column : ProcessColumn.values()) {
			TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer, column == ProcessColumn.PID ? SWT.LEFT
					: column.ordinal() >= ProcessColumn.THREADS.ordinal() ? SWT.RIGHT : SWT.LEFT);
			TreeColumn tc = viewerColumn.getColumn();
			tc.setText(column.title);
			tc.setWidth(column.width);
			tc.setMoveable(true);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text(element);
				}

				@Override
				public Image getImage(Object element) {
					return column == ProcessColumn.PID ? images.of(element) : null;
				}
			});
			tc.addListener(SWT.Selection, e -> {
				comparator.toggle(column);
				viewer.getTree().setSortColumn(tc);
				viewer.getTree().setSortDirection(comparator.direction());
				viewer.refresh(); // a new order touches every level; this is an explicit click, not a refresh
			});
			if (column == comparator.column()) {
				viewer.getTree().setSortColumn(tc);
				viewer.getTree().setSortDirection(comparator.direction());
			}
		}
		viewer.setContentProvider(new ProcessContentProvider());
		viewer.setComparator(comparator);
		viewer.setFilters(filter);
		return viewer;
	}
}

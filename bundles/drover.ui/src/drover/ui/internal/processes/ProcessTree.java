package drover.ui.internal.processes;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;

import drover.model.OpenResource;
import drover.model.Process;
import drover.ui.internal.readiness.ReadinessLabels;

/**
 * Builds the process tree viewer: columns, icons, tooltips, header-click sorting, filter and content;
 * with {@link ReadinessLabels}, a last "Pre-flight" column, and resources that block or hinder a
 * migration in red or orange with the reason in their tooltip. The tree is virtual: labels are computed
 * for the rows it paints, and {@link ProcessContentProvider} sorts and filters per parent.
 */
public final class ProcessTree {

	private ProcessTree() {
	}

	/** Title of the pre-flight markers' column, after the {@link ProcessColumn}s. */
	public static final String PREFLIGHT_COLUMN = "Pre-flight";

	public static TreeViewer create(Composite parent, ProcessFilter filter) {
		return create(parent, filter, null);
	}

	public static TreeViewer create(Composite parent, ProcessFilter filter, ReadinessLabels readiness) {
		TreeViewer viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION | SWT.VIRTUAL);
		// thousands of elements: find items by hash, not by walking the tree, on every update (a lazy tree needs it)
		viewer.setUseHashlookup(true);
		ProcessComparator comparator = new ProcessComparator();
		ProcessContentProvider content = new ProcessContentProvider(filter, comparator);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		ResourceImages images = new ResourceImages(viewer.getControl());
		// a system colour: nothing to dispose
		Color inactive = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		for (ProcessColumn column : ProcessColumn.values()) {
			TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer,
					column.ordinal() >= ProcessColumn.THREADS.ordinal() || column == ProcessColumn.PID ? SWT.RIGHT : SWT.LEFT);
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
					return column == ProcessColumn.COMMAND ? images.of(element) : null;
				}

				@Override
				public Color getForeground(Object element) {
					// stopped and zombie processes cannot be checkpointed as they are: grey them out
					if (ProcessColumn.isInactive(element)) {
						return inactive;
					}
					return readiness == null ? null : readiness.foreground(element);
				}

				@Override
				public String getToolTipText(Object element) {
					String tip = tip(element);
					String reasons = readiness == null || tip == null ? null : readiness.reasons(element);
					return reasons == null ? tip : tip + "\n" + reasons;
				}

				private String tip(Object element) {
					if (element instanceof OpenResource r) {
						return RowKind.describe(r) + ", fd " + r.getFd() + ": " + ProcessColumn.COMMAND.text(r);
					}
					if (element instanceof Process p) {
						String state = ProcessColumn.isInactive(p) ? " (" + p.getState() + ")" : "";
						return "process " + p.getPid() + state + ": " + ProcessColumn.command(p);
					}
					return null;
				}
			});
			tc.addListener(SWT.Selection, e -> {
				comparator.toggle(column);
				viewer.getTree().setSortColumn(tc);
				viewer.getTree().setSortDirection(comparator.direction());
				content.invalidate(); // a new order touches every level; this is an explicit click, not a refresh
				viewer.refresh();
			});
			if (column == comparator.column()) {
				viewer.getTree().setSortColumn(tc);
				viewer.getTree().setSortDirection(comparator.direction());
			}
		}
		if (readiness != null) {
			TreeViewerColumn marks = new TreeViewerColumn(viewer, SWT.LEFT);
			marks.getColumn().setText(PREFLIGHT_COLUMN);
			marks.getColumn().setWidth(120);
			marks.getColumn().setMoveable(true);
			marks.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return readiness.text(element);
				}

				@Override
				public Color getForeground(Object element) {
					return readiness.columnForeground(element);
				}

				@Override
				public String getToolTipText(Object element) {
					return readiness.reasons(element);
				}
			});
		}
		// a lazy viewer ignores comparators and filters: the content provider applies both
		viewer.setContentProvider(content);
		return viewer;
	}
}

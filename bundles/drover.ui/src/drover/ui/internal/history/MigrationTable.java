package drover.ui.internal.history;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import drover.model.Migration;

/** A table of migration records ({@link MigrationColumn}s), newest first; its input is a list of migrations. */
public final class MigrationTable {

	private MigrationTable() {
	}

	public static TableViewer create(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION | SWT.BORDER);
		for (MigrationColumn column : MigrationColumn.values()) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((Migration) element);
				}

				@Override
				public String getToolTipText(Object element) {
					Migration m = (Migration) element;
					LiveStatus live = LiveStatus.of(m);
					if (live != null) {
						return m.getId() + ": run by " + live.owner() + "'s agent, which finishes or rolls it back by itself";
					}
					if (m.getFailureCause() != null) {
						return m.getFailureCause();
					}
					// a fork: what its copy does not share with the original
					return m.getDifferences().isEmpty() ? m.getId() : m.getId() + ": " + String.join("\n", m.getDifferences());
				}
			});
		}
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return Long.compare(((Migration) b).getStartedAt(), ((Migration) a).getStartedAt());
			}
		});
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}
}

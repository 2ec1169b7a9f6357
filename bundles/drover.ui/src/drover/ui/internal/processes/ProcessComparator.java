package drover.ui.internal.processes;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

import drover.model.OpenResource;
import drover.model.Process;

/**
 * Sorts processes by the chosen column (PID ascending at first); a process's resources always
 * follow its child processes in descriptor order, whatever the column.
 */
public final class ProcessComparator extends ViewerComparator {

	private ProcessColumn column = ProcessColumn.PID;
	private boolean descending;

	/** A click on the header of {@code clicked}: sort by it, or reverse if it already sorts. */
	public void toggle(ProcessColumn clicked) {
		descending = clicked == column && !descending;
		column = clicked;
	}

	public ProcessColumn column() {
		return column;
	}

	/** SWT's sort direction for the tree's header arrow. */
	public int direction() {
		return descending ? SWT.DOWN : SWT.UP;
	}

	@Override
	public int category(Object element) {
		return element instanceof Process ? 0 : 1;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		int byCategory = Integer.compare(category(a), category(b));
		if (byCategory != 0) {
			return byCategory;
		}
		if (a instanceof Process p && b instanceof Process q) {
			int c = column.order.compare(p, q);
			if (c == 0) {
				c = Integer.compare(p.getPid(), q.getPid());
			}
			return descending ? -c : c;
		}
		if (a instanceof OpenResource r && b instanceof OpenResource s) {
			return Integer.compare(r.getFd(), s.getFd());
		}
		return 0;
	}
}

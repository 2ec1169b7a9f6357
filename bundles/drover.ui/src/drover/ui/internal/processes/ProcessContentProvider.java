package drover.ui.internal.processes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;

/**
 * The process tree of a {@link Host} for a virtual tree ({@code SWT.VIRTUAL}): roots are processes without a
 * parent on the host, a process's children are its child processes followed by its open resources (leaves).
 * The tree asks only for the rows it paints, so a host of thousands of processes costs what its visible rows
 * cost. A lazy viewer neither sorts nor filters, so this provider does both ({@link ProcessComparator},
 * {@link ProcessFilter}), once per parent: the sorted children are kept until {@link #invalidate} (a model
 * change, a new filter or sort order).
 */
public final class ProcessContentProvider implements ILazyTreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final ProcessFilter filter;
	private final ProcessComparator comparator;
	private final Map<Object, Object[]> children = new HashMap<>();
	private TreeViewer viewer;
	private Host host;

	public ProcessContentProvider(ProcessFilter filter, ProcessComparator comparator) {
		this.filter = filter;
		this.comparator = comparator;
	}

	public static List<Process> roots(Host host) {
		List<Process> roots = new ArrayList<>();
		for (Process p : host.getProcesses()) {
			if (p.getParent() == null || p.getParent().eContainer() != host) {
				roots.add(p);
			}
		}
		return roots;
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		viewer = (TreeViewer) v;
		host = newInput instanceof Host h ? h : null;
		children.clear();
	}

	/** The column the rows are sorted by. */
	public ProcessColumn sortColumn() {
		return comparator.column();
	}

	/** Forgets every parent's children: the next look computes them again. */
	public void invalidate() {
		children.clear();
	}

	/** Forgets one parent's children (the host for the roots). */
	public void invalidate(Object parent) {
		children.remove(parent);
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] list = children(parent);
		if (index < list.length) {
			Object child = list[index];
			viewer.replace(parent, index, child);
			if (child instanceof Process) { // a resource is a leaf: its row has no children to count
				viewer.setChildCount(child, children(child).length);
			}
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = children(element).length;
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	/** The element's children as the tree shows them: filtered and sorted. */
	public Object[] children(Object element) {
		Object[] known = children.get(element);
		if (known != null) {
			return known;
		}
		Object[] computed = compute(element);
		children.put(element, computed);
		return computed;
	}

	private Object[] compute(Object element) {
		if (element instanceof Host h && h == host) {
			List<Process> roots = roots(h);
			roots.removeIf(p -> !filter.shows(p));
			return sorted(roots.toArray());
		}
		if (!(element instanceof Process process) || process.eContainer() != host) {
			return NONE;
		}
		List<Object> list = new ArrayList<>(process.getChildren().size() + process.getResources().size());
		for (Process child : process.getChildren()) {
			// skip a child that has just vanished from the host
			if (child.eContainer() == host && filter.shows(child)) {
				list.add(child);
			}
		}
		Object[] processes = sorted(list.toArray());
		if (!filter.showsResourcesOf(process) || process.getResources().isEmpty()) {
			return processes;
		}
		Object[] resources = sorted(process.getResources().toArray());
		Object[] all = Arrays.copyOf(processes, processes.length + resources.length);
		System.arraycopy(resources, 0, all, processes.length, resources.length);
		return all;
	}

	private Object[] sorted(Object[] elements) {
		Arrays.sort(elements, (a, b) -> comparator.compare(viewer, a, b));
		return elements;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Process process) {
			Process parent = process.getParent();
			return parent != null && parent.eContainer() == process.eContainer() ? parent : process.eContainer();
		}
		return element instanceof OpenResource resource ? resource.eContainer() : null;
	}
}

package drover.ui.internal.processes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;

/**
 * The process tree of a {@link Host}: roots are processes without a parent on the host, a process's
 * children are its child processes followed by its open resources (leaves).
 */
public final class ProcessContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Host host ? roots(host).toArray() : new Object[0];
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
	public Object[] getChildren(Object element) {
		if (!(element instanceof Process process)) {
			return new Object[0];
		}
		List<Object> children = new ArrayList<>(process.getChildren().size() + process.getResources().size());
		for (Process child : process.getChildren()) {
			if (child.eContainer() != null) { // skip a child that has just vanished from the host
				children.add(child);
			}
		}
		children.addAll(process.getResources());
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Process process) {
			return process.getParent() != null ? process.getParent() : process.eContainer();
		}
		return element instanceof OpenResource resource ? resource.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Process p && (!p.getChildren().isEmpty() || !p.getResources().isEmpty());
	}
}

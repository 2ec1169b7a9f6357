package drover.ui.internal.processes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;

/**
 * Shows the processes whose name, command line, user or PID contain the filter text, with their
 * ancestors (so they stay reachable in the tree) and their resources. The visible set is computed
 * once per text change or model change, not per tree item.
 */
public final class ProcessFilter extends ViewerFilter {

	private String text = "";
	private final Set<Process> matched = new HashSet<>();
	private final Set<Process> visible = new HashSet<>();

	public boolean isActive() {
		return !text.isEmpty();
	}

	public void setText(String filter, Host host) {
		text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
		recompute(host);
	}

	/** Recomputes the visible set after the host's processes changed. */
	public void recompute(Host host) {
		matched.clear();
		visible.clear();
		if (!isActive() || host == null) {
			return;
		}
		for (Process p : host.getProcesses()) {
			if (matches(p)) {
				matched.add(p);
				for (Process q = p; q != null && visible.add(q); q = q.getParent()) {
					// walk up until an ancestor is already visible
				}
			}
		}
	}

	boolean matches(Process p) {
		return contains(p.getName()) || contains(p.getCommandLine()) || contains(p.getUser())
				|| String.valueOf(p.getPid()).startsWith(text);
	}

	private boolean contains(String s) {
		return s != null && s.toLowerCase(Locale.ROOT).contains(text);
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (!isActive()) {
			return true;
		}
		if (element instanceof Process p) {
			return visible.contains(p);
		}
		return element instanceof OpenResource r && matched.contains(r.eContainer());
	}
}

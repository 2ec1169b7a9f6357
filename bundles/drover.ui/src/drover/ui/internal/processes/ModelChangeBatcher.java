package drover.ui.internal.processes;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.TreeViewer;

import drover.model.DroverPackage;
import drover.model.Host;
import drover.model.MemoryMapSummary;
import drover.model.OpenResource;
import drover.model.Process;

/**
 * Listens to everything under one host and turns a merge's notifications into few viewer calls,
 * run once after the merge: {@code add}/{@code remove} for roots that came or went, {@code refresh}
 * of the processes whose children or resources changed, {@code update} of elements whose attributes
 * changed. Since the merger sets only values that differ, a quiet host costs almost nothing.
 */
public final class ModelChangeBatcher extends EContentAdapter {

	private static final DroverPackage PKG = DroverPackage.eINSTANCE;

	private final Host host;
	private final TreeViewer viewer;
	private final ProcessFilter filter;
	private final Set<Process> roots;
	private final Set<Process> structural = new LinkedHashSet<>();
	private final Set<EObject> updated = new LinkedHashSet<>();
	private boolean rootsChanged;
	private boolean scheduled;

	public ModelChangeBatcher(Host host, TreeViewer viewer, ProcessFilter filter) {
		this.host = host;
		this.viewer = viewer;
		this.filter = filter;
		this.roots = new HashSet<>(ProcessContentProvider.roots(host));
		host.eAdapters().add(this);
	}

	@Override
	public void notifyChanged(Notification n) {
		super.notifyChanged(n); // keeps the adapter on added and off removed contents
		if (n.isTouch()) {
			return;
		}
		Object notifier = n.getNotifier();
		Object feature = n.getFeature();
		if (notifier == host) {
			if (feature == PKG.getHost_Processes()) {
				rootsChanged = true;
			} else {
				return; // host attributes are the Hosts view's business
			}
		} else if (notifier instanceof Process p) {
			if (feature == PKG.getProcess_Children() || feature == PKG.getProcess_Resources()) {
				structural.add(p);
			} else if (feature == PKG.getProcess_Parent()) {
				rootsChanged = true;
			} else if (feature != PKG.getProcess_MemoryMaps()) {
				updated.add(p);
			}
		} else if (notifier instanceof OpenResource r) {
			updated.add(r);
		} else if (notifier instanceof MemoryMapSummary) {
			return; // not shown in the tree (the Properties view reads it when asked)
		}
		schedule();
	}

	private void schedule() {
		if (!scheduled && !viewer.getControl().isDisposed()) {
			scheduled = true;
			// after the merge that is notifying now: it runs in one UI runnable
			viewer.getControl().getDisplay().asyncExec(this::flush);
		}
	}

	/** Applies the collected changes; public for tests that merge and want the tree now. */
	public void flush() {
		scheduled = false;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			if (filter.isActive()) {
				// filtered trees are small; a visible set that changed needs a full pass anyway
				filter.recompute(host);
				viewer.refresh();
				roots.clear();
				roots.addAll(ProcessContentProvider.roots(host));
			} else {
				if (rootsChanged) {
					syncRoots();
				}
				for (Process p : structural) {
					if (p.eContainer() == host) {
						viewer.refresh(p, false);
					}
				}
				List<EObject> alive = updated.stream().filter(this::alive).toList();
				if (!alive.isEmpty()) {
					viewer.update(alive.toArray(), null);
				}
			}
		} finally {
			rootsChanged = false;
			structural.clear();
			updated.clear();
			viewer.getControl().setRedraw(true);
		}
	}

	private void syncRoots() {
		List<Process> now = ProcessContentProvider.roots(host);
		Set<Process> gone = new HashSet<>(roots);
		now.forEach(gone::remove);
		List<Process> added = now.stream().filter(p -> !roots.contains(p)).toList();
		if (!gone.isEmpty()) {
			viewer.remove(gone.toArray());
		}
		if (!added.isEmpty()) {
			viewer.add(host, added.toArray());
			if (now.size() <= 20) {
				added.forEach(p -> viewer.expandToLevel(p, 1)); // a small tree: show what runs under them
			}
		}
		roots.clear();
		roots.addAll(now);
	}

	private boolean alive(EObject o) {
		EObject process = o instanceof OpenResource ? o.eContainer() : o;
		return process != null && process.eContainer() == host;
	}

	public void dispose() {
		host.eAdapters().remove(this);
	}
}

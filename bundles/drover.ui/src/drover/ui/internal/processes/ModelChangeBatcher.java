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
 * Listens to everything under one host and turns a merge's notifications into few viewer calls, run once
 * after the merge ({@link #flush}, called by the process view when the session has merged a refresh, or
 * later on the UI thread for any other change): a structural change (processes or resources that came or
 * went, a new parent) forgets the content provider's children of the parents concerned at once and
 * refreshes the virtual tree, which asks again only for the rows it paints; attribute changes {@code update}
 * the rows the tree has materialized. Since the merger sets only values that differ, a quiet host costs
 * almost nothing. While a filter is active, a changed host is filtered again through {@code refilter}
 * (off the UI thread).
 */
public final class ModelChangeBatcher extends EContentAdapter {

	private static final DroverPackage PKG = DroverPackage.eINSTANCE;

	private final Host host;
	private final TreeViewer viewer;
	private final ProcessFilter filter;
	private final ProcessContentProvider content;
	private final Set<EObject> updated = new LinkedHashSet<>();
	private final Set<Process> roots;
	private Runnable refilter;
	private boolean structural;
	private boolean scheduled;

	public ModelChangeBatcher(Host host, TreeViewer viewer, ProcessFilter filter) {
		this.host = host;
		this.viewer = viewer;
		this.filter = filter;
		this.content = (ProcessContentProvider) viewer.getContentProvider();
		this.roots = new HashSet<>(ProcessContentProvider.roots(host));
		host.eAdapters().add(this);
	}

	/** What to run when the host changed while a filter is active; without it, the filter is recomputed here. */
	public void setRefilter(Runnable refilter) {
		this.refilter = refilter;
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
				content.invalidate(host);
				structural = true;
			} else {
				return; // host attributes are the Hosts view's business
			}
		} else if (notifier instanceof Process p) {
			if (feature == PKG.getProcess_Children() || feature == PKG.getProcess_Resources()) {
				content.invalidate(p);
				structural = true;
			} else if (feature == PKG.getProcess_Parent()) {
				// the old parent's children changed too (its own notification says so), and a root may have come or gone
				content.invalidate(host);
				structural = true;
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
			// for changes that come without a merge's end (disconnect, a migration): one UI runnable after them
			viewer.getControl().getDisplay().asyncExec(this::flush);
		}
	}

	/** Applies the collected changes (nothing when there are none); public for tests that merge and want the tree now. */
	public void flush() {
		scheduled = false;
		if (viewer.getControl().isDisposed() || !structural && updated.isEmpty()) {
			return;
		}
		try {
			boolean sortedByAttribute = !updated.isEmpty() && sortsByChangingColumn();
			if (structural || sortedByAttribute) {
				if (sortedByAttribute) {
					content.invalidate(); // an attribute the rows are sorted by changed: every order may have
				}
				// a virtual tree: clears the rows it has and asks again for the visible ones; the selection stays
				viewer.refresh(false);
				if (structural) {
					expandNewRoots();
				}
			} else {
				List<EObject> alive = updated.stream().filter(this::alive).toList();
				if (!alive.isEmpty()) {
					viewer.update(alive.toArray(), null);
				}
			}
			if (structural && filter.isActive()) {
				if (refilter != null) {
					refilter.run();
				} else {
					filter.recompute(host);
					content.invalidate();
					viewer.refresh(false);
				}
			}
		} finally {
			structural = false;
			updated.clear();
		}
	}

	private boolean sortsByChangingColumn() {
		return content.sortColumn() != ProcessColumn.PID; // a PID never changes
	}

	/** A small tree shows what runs under each root that came: the first connect, a new session. */
	private void expandNewRoots() {
		List<Process> now = ProcessContentProvider.roots(host);
		List<Process> added = now.stream().filter(p -> !roots.contains(p)).toList();
		roots.clear();
		roots.addAll(now);
		if (now.size() <= 20 && !filter.isActive()) {
			added.forEach(p -> viewer.expandToLevel(p, 1));
		}
	}

	private boolean alive(EObject o) {
		EObject process = o instanceof OpenResource ? o.eContainer() : o;
		return process != null && process.eContainer() == host;
	}

	public void dispose() {
		host.eAdapters().remove(this);
	}
}

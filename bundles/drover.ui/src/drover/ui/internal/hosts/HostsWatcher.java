package drover.ui.internal.hosts;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.viewers.StructuredViewer;

import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.DroverPackage;
import drover.model.Host;

/**
 * Keeps the Hosts table in step with the model: listens to the cluster's host list and to each
 * host's own attributes, but not to the processes below (that is the process views' business, and
 * thousands of them change every refresh). Reports hosts that fail to {@code onFailure}.
 */
public final class HostsWatcher extends AdapterImpl {

	private static final DroverPackage PKG = DroverPackage.eINSTANCE;

	private final Cluster cluster;
	private final StructuredViewer viewer;
	private final Consumer<Host> onFailure;

	public HostsWatcher(Cluster cluster, StructuredViewer viewer, Consumer<Host> onFailure) {
		this.cluster = cluster;
		this.viewer = viewer;
		this.onFailure = onFailure;
		cluster.eAdapters().add(this);
		cluster.getHosts().forEach(h -> h.eAdapters().add(this));
	}

	@Override
	public void notifyChanged(Notification n) {
		if (viewer.getControl().isDisposed() || n.isTouch()) {
			return;
		}
		if (n.getNotifier() == cluster && n.getFeature() == PKG.getCluster_Hosts()) {
			cluster.getHosts().forEach(h -> {
				if (!h.eAdapters().contains(this)) {
					h.eAdapters().add(this);
				}
			});
			if (n.getOldValue() instanceof Host removed) {
				removed.eAdapters().remove(this);
			}
			viewer.refresh();
		} else if (n.getNotifier() instanceof Host host && n.getFeature() != PKG.getHost_Processes()
				&& n.getFeature() != PKG.getHost_Images()) {
			viewer.update(host, null);
			if (n.getFeature() == PKG.getHost_Status() && n.getNewValue() == ConnectionStatus.FAILED) {
				onFailure.accept(host);
			}
		}
	}

	public void dispose() {
		cluster.eAdapters().remove(this);
		cluster.getHosts().forEach(h -> h.eAdapters().remove(this));
	}
}

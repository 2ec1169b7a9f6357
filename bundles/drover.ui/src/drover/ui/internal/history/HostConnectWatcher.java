package drover.ui.internal.history;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.DroverPackage;
import drover.model.Host;

/**
 * Calls back whenever a host of the cluster becomes connected (hosts added later included), so the
 * history can fetch that agent's records. Watches only the hosts' status, not their process trees.
 * UI thread, like the model it watches.
 */
final class HostConnectWatcher extends AdapterImpl {

	private final Cluster cluster;
	private final Runnable connected;

	HostConnectWatcher(Cluster cluster, Runnable connected) {
		this.cluster = cluster;
		this.connected = connected;
		cluster.eAdapters().add(this);
		cluster.getHosts().forEach(h -> h.eAdapters().add(this));
	}

	@Override
	public void notifyChanged(Notification msg) {
		Object feature = msg.getFeature();
		if (feature == DroverPackage.Literals.CLUSTER__HOSTS) {
			if (msg.getEventType() == Notification.ADD && msg.getNewValue() instanceof Host host) {
				host.eAdapters().add(this);
			} else if (msg.getEventType() == Notification.REMOVE && msg.getOldValue() instanceof Host host) {
				host.eAdapters().remove(this);
			}
		} else if (feature == DroverPackage.Literals.HOST__STATUS && msg.getNewValue() == ConnectionStatus.CONNECTED
				&& msg.getOldValue() != ConnectionStatus.CONNECTED) {
			connected.run();
		}
	}

	void dispose() {
		cluster.eAdapters().remove(this);
		cluster.getHosts().forEach(h -> h.eAdapters().remove(this));
	}
}

package drover.core.model;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import drover.model.Process;
import drover.protocol.OwnAddress;

/**
 * The address of its own a tree has ({@code drover launch}), riding on its root {@link Process} as an EMF adapter
 * (as the live status rides on a migration record): what the agent reads from the tree's namespace on each
 * inventory, shown with the row, not a fact the model keeps.
 */
public final class OwnAddresses {

	private OwnAddresses() {
	}

	/** The address of the tree {@code process} is the root of, or null. */
	public static OwnAddress of(Process process) {
		for (Adapter a : process.eAdapters()) {
			if (a instanceof Mark mark) {
				return mark.address;
			}
		}
		return null;
	}

	/** Puts the inventory's addresses on the roots they belong to, and takes them off every other process. */
	static void apply(Map<Integer, Process> processes, List<OwnAddress> addresses) {
		for (Process p : processes.values()) {
			p.eAdapters().removeIf(a -> a instanceof Mark);
		}
		for (OwnAddress address : addresses) {
			Process root = processes.get(address.pid());
			if (root != null) {
				root.eAdapters().add(new Mark(address));
			}
		}
	}

	/** One-line form for a row: "10.213.7.100/24 (kv)", "off while frozen" during a migration's freeze. */
	public static String describe(OwnAddress a) {
		return a.cidr() + (a.name() != null ? " (" + a.name() + ")" : "") + (a.up() ? "" : ", off while frozen");
	}

	private static final class Mark extends AdapterImpl {
		final OwnAddress address;

		Mark(OwnAddress address) {
			this.address = address;
		}
	}
}

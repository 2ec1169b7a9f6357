package drover.ui.internal.session;

import drover.core.HostEntry;
import drover.model.DroverFactory;
import drover.model.Host;

/** Converts between the registry's {@link HostEntry} and the model's {@link Host}. */
public final class HostEntries {

	private HostEntries() {
	}

	public static HostEntry of(Host host) {
		return new HostEntry(host.getName(), host.getAddress(), host.getPort(), blankToNull(host.getUser()),
				blankToNull(host.getKeyFile()));
	}

	public static Host newHost(HostEntry entry) {
		Host host = DroverFactory.eINSTANCE.createHost();
		host.setName(entry.name());
		apply(entry, host);
		return host;
	}

	/** Copies the connection settings (not the name, the host's identity). */
	public static void apply(HostEntry entry, Host host) {
		host.setAddress(entry.address());
		host.setPort(entry.port());
		host.setUser(entry.user());
		host.setKeyFile(entry.keyFile());
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

package drover.ui.internal.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import drover.core.HostEntry;
import drover.core.HostRegistry;

/**
 * The console's own host list, kept in the workspace preferences (instance scope, node
 * {@code drover.ui}, one child node per host). Hosts of the shared registry (written by the CLI and
 * {@code drover demo up}) are imported when missing; hosts the operator removed here are remembered,
 * so the start-up import does not bring them back.
 */
public final class HostCatalog {

	static final String NODE = "drover.ui";
	private static final String HOSTS = "hosts";
	private static final String REMOVED = "removedRegistryHosts";

	private final HostRegistry registry;

	public HostCatalog(HostRegistry registry) {
		this.registry = registry;
	}

	private static IEclipsePreferences root() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public List<HostEntry> load() {
		List<HostEntry> entries = new ArrayList<>();
		try {
			Preferences hosts = root().node(HOSTS);
			String[] names = hosts.childrenNames();
			Arrays.sort(names);
			for (String name : names) {
				Preferences p = hosts.node(name);
				try {
					entries.add(new HostEntry(name, p.get("address", ""), p.getInt("port", 22),
							HostEntries.blankToNull(p.get("user", null)), HostEntries.blankToNull(p.get("keyFile", null))));
				} catch (IllegalArgumentException e) {
					// a hand-edited or outdated entry: skip it rather than fail the whole console
				}
			}
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot read the console's host list", e);
		}
		return entries;
	}

	public void put(HostEntry entry) {
		Preferences p = root().node(HOSTS).node(entry.name());
		p.put("address", entry.address());
		p.putInt("port", entry.port());
		putOrRemove(p, "user", entry.user());
		putOrRemove(p, "keyFile", entry.keyFile());
		flush();
	}

	public void remove(String name) {
		try {
			Preferences hosts = root().node(HOSTS);
			if (hosts.nodeExists(name)) {
				hosts.node(name).removeNode();
			}
			Set<String> removed = removed();
			removed.add(name);
			root().put(REMOVED, String.join(",", removed));
			flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot remove host " + name + " from the preferences", e);
		}
	}

	/**
	 * Registry hosts that are not in the console yet; with {@code includeRemoved} also those the
	 * operator removed before (an explicit import), otherwise not (the start-up import).
	 */
	public List<HostEntry> fromRegistry(Set<String> present, boolean includeRemoved) throws IOException {
		Set<String> removed = includeRemoved ? Set.of() : removed();
		List<HostEntry> missing = new ArrayList<>();
		for (HostEntry entry : registry.list()) {
			if (!present.contains(entry.name()) && !removed.contains(entry.name())) {
				missing.add(entry);
			}
		}
		return missing;
	}

	/** Forgets that a host was removed, once the operator adds or imports it again. */
	public void unremove(String name) {
		Set<String> removed = removed();
		if (removed.remove(name)) {
			root().put(REMOVED, String.join(",", removed));
			flush();
		}
	}

	private Set<String> removed() {
		Set<String> names = new LinkedHashSet<>();
		for (String name : root().get(REMOVED, "").split(",")) {
			if (!name.isBlank()) {
				names.add(name);
			}
		}
		return names;
	}

	private static void putOrRemove(Preferences p, String key, String value) {
		if (value == null || value.isBlank()) {
			p.remove(key);
		} else {
			p.put(key, value);
		}
	}

	private static void flush() {
		try {
			root().flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot save the console's host list", e);
		}
	}
}

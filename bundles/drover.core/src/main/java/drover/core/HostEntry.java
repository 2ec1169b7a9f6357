package drover.core;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach one node's agent: a name for people, the SSH address and port, the user and key to log in with,
 * the groups it belongs to (from an Ansible inventory, for example; empty when none), and its settings: what else
 * Drover knows about the node as {@code key=value} pairs, e.g. {@code slurm.node} (the keys and what they mean are
 * in {@link drover.core.hosts.HostSettings}). A hosts.json written before groups or settings existed has no such
 * field: such an entry loads with none.
 */
public record HostEntry(String name, String address, int port, String user, String keyFile,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> groups,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> settings) {

	public HostEntry {
		if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("host name '" + name + "' must be letters, digits, '.', '_' or '-'");
		}
		if (address == null || address.isBlank()) {
			throw new IllegalArgumentException("host " + name + " needs an address");
		}
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " of host " + name + " is not a TCP port (1-65535)");
		}
		groups = groups == null ? List.of() : List.copyOf(groups);
		// sorted, so that hosts.json lists them in a stable order
		settings = settings == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(settings));
	}

	/** A host with no settings. */
	public HostEntry(String name, String address, int port, String user, String keyFile, List<String> groups) {
		this(name, address, port, user, keyFile, groups, Map.of());
	}

	/** A host in no group, with no settings. */
	public HostEntry(String name, String address, int port, String user, String keyFile) {
		this(name, address, port, user, keyFile, List.of(), Map.of());
	}

	/** The value of one setting, or null when the host has none. */
	public String setting(String key) {
		return settings.get(key);
	}

	public Path keyPath(DroverHome home) {
		return keyFile == null || keyFile.isBlank() ? home.defaultKey() : Path.of(keyFile);
	}

	/** The OpenSSH known_hosts spelling of this endpoint, e.g. {@code [10.0.0.1]:2222}. */
	public String endpoint() {
		return port == 22 ? address : "[" + address + "]:" + port;
	}

	/** The same host with other groups. */
	public HostEntry withGroups(List<String> newGroups) {
		return new HostEntry(name, address, port, user, keyFile, newGroups, settings);
	}

	/** The same host with other settings. */
	public HostEntry withSettings(Map<String, String> newSettings) {
		return new HostEntry(name, address, port, user, keyFile, groups, newSettings);
	}
}

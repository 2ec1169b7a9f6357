package drover.core;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach one node's agent: a name for people, the SSH address and port, the user and key to log in with,
 * and the groups it belongs to (from an Ansible inventory, for example; empty when none). A hosts.json written
 * before groups existed has no {@code groups} field: such an entry loads with no groups.
 */
public record HostEntry(String name, String address, int port, String user, String keyFile,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> groups) {

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
	}

	/** A host in no group. */
	public HostEntry(String name, String address, int port, String user, String keyFile) {
		this(name, address, port, user, keyFile, List.of());
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
		return new HostEntry(name, address, port, user, keyFile, newGroups);
	}
}

package drover.core;

import java.nio.file.Path;

/** How to reach one node's agent: a name for people, the SSH address and port, the user and key to log in with. */
public record HostEntry(String name, String address, int port, String user, String keyFile) {

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
	}

	public Path keyPath(DroverHome home) {
		return keyFile == null || keyFile.isBlank() ? home.defaultKey() : Path.of(keyFile);
	}

	/** The OpenSSH known_hosts spelling of this endpoint, e.g. {@code [10.0.0.1]:2222}. */
	public String endpoint() {
		return port == 22 ? address : "[" + address + "]:" + port;
	}
}

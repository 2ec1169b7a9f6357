package drover.core;

import java.nio.file.Path;

/**
 * Where an operator's Drover state lives: {@code $DROVER_HOME}, else {@code ~/.drover}. It holds the host
 * registry (hosts.json), pinned host keys (known_hosts), the operator's key (keys/) and the demo cluster.
 */
public record DroverHome(Path dir) {

	public static DroverHome fromEnvironment() {
		String env = System.getenv("DROVER_HOME");
		String prop = System.getProperty("drover.home");
		String chosen = prop != null && !prop.isBlank() ? prop : env;
		return new DroverHome(chosen != null && !chosen.isBlank() ? Path.of(chosen)
				: Path.of(System.getProperty("user.home"), ".drover"));
	}

	public Path hostsFile() {
		return dir.resolve("hosts.json");
	}

	public Path knownHosts() {
		return dir.resolve("known_hosts");
	}

	public Path defaultKey() {
		return dir.resolve("keys").resolve("id_ecdsa");
	}

	public Path demoDir() {
		return dir.resolve("demo");
	}
}

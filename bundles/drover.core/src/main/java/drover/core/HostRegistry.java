package drover.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import drover.protocol.Json;

/**
 * The operator's known hosts, kept in {@code hosts.json} of the Drover home. Written atomically (temp file,
 * rename) so a crash never leaves half a registry.
 */
public final class HostRegistry {

	record Stored(List<HostEntry> hosts) {
	}

	private final DroverHome home;
	private final ObjectMapper json = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public HostRegistry(DroverHome home) {
		this.home = home;
	}

	public synchronized List<HostEntry> list() throws IOException {
		if (!Files.exists(home.hostsFile())) {
			return List.of();
		}
		Stored stored = json.readValue(home.hostsFile().toFile(), Stored.class);
		return stored.hosts() == null ? List.of() : List.copyOf(stored.hosts());
	}

	public Optional<HostEntry> find(String name) throws IOException {
		return list().stream().filter(h -> h.name().equals(name)).findFirst();
	}

	/** The host of that name, or an error that lists the names there are. */
	public HostEntry require(String name) throws IOException {
		List<HostEntry> hosts = list();
		for (HostEntry host : hosts) {
			if (host.name().equals(name)) {
				return host;
			}
		}
		throw new IOException("Unknown host '" + name + "'. Known hosts: " + (hosts.isEmpty()
				? "none (add one with 'drover hosts add NAME ADDRESS' or start 'drover demo up')"
				: String.join(", ", hosts.stream().map(HostEntry::name).toList())) + ".");
	}

	/** Adds the host, or replaces the one with the same name. */
	public synchronized void put(HostEntry entry) throws IOException {
		List<HostEntry> hosts = new ArrayList<>(list());
		hosts.removeIf(h -> h.name().equals(entry.name()));
		hosts.add(entry);
		save(hosts);
	}

	/** Adds the hosts, replacing those with the same names, in one write (an import never lands half-way). */
	public synchronized void putAll(List<HostEntry> entries) throws IOException {
		List<HostEntry> hosts = new ArrayList<>(list());
		for (HostEntry entry : entries) {
			hosts.removeIf(h -> h.name().equals(entry.name()));
			hosts.add(entry);
		}
		save(hosts);
	}

	public synchronized boolean remove(String name) throws IOException {
		List<HostEntry> hosts = new ArrayList<>(list());
		boolean removed = hosts.removeIf(h -> h.name().equals(name));
		if (removed) {
			save(hosts);
		}
		return removed;
	}

	private void save(List<HostEntry> hosts) throws IOException {
		Files.createDirectories(home.dir());
		var tmp = Files.createTempFile(home.dir(), "hosts", ".tmp");
		json.writeValue(tmp.toFile(), new Stored(hosts));
		Files.move(tmp, home.hostsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}

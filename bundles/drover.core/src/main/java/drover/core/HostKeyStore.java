package drover.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Pinned host keys, one per endpoint, in OpenSSH known_hosts format ({@code [address]:port type base64}) so
 * that an operator's own ssh can share the file ({@code ssh -o UserKnownHostsFile=~/.drover/known_hosts}).
 */
public final class HostKeyStore {

	private final DroverHome home;

	public HostKeyStore(DroverHome home) {
		this.home = home;
	}

	public synchronized PublicKey pinned(String endpoint) throws IOException {
		for (String line : lines()) {
			String[] parts = line.trim().split("\\s+", 2);
			if (parts.length == 2 && parts[0].equals(endpoint)) {
				try {
					return PublicKeyEntry.parsePublicKeyEntry(parts[1]).resolvePublicKey(null, null,
							PublicKeyEntryResolver.FAILING);
				} catch (GeneralSecurityException | IllegalArgumentException e) {
					throw new IOException("Unreadable pinned key for " + endpoint + " in " + home.knownHosts()
							+ ": remove that line and trust the host again ('drover hosts trust NAME').", e);
				}
			}
		}
		return null;
	}

	public synchronized void pin(String endpoint, PublicKey key) throws IOException {
		List<String> kept = new ArrayList<>();
		for (String line : lines()) {
			if (!line.trim().startsWith(endpoint + " ")) {
				kept.add(line);
			}
		}
		kept.add(endpoint + " " + PublicKeyEntry.toString(key));
		write(kept);
	}

	public synchronized void forget(String endpoint) throws IOException {
		List<String> kept = new ArrayList<>(lines());
		if (kept.removeIf(line -> line.trim().startsWith(endpoint + " "))) {
			write(kept);
		}
	}

	private List<String> lines() throws IOException {
		return Files.exists(home.knownHosts()) ? Files.readAllLines(home.knownHosts(), StandardCharsets.UTF_8) : List.of();
	}

	private void write(List<String> lines) throws IOException {
		Files.createDirectories(home.dir());
		var tmp = Files.createTempFile(home.dir(), "known_hosts", ".tmp");
		Files.write(tmp, lines, StandardCharsets.UTF_8);
		Files.move(tmp, home.knownHosts(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}

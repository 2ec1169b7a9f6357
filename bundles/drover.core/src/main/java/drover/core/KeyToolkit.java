package drover.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** Operator key pairs: made in OpenSSH format (so ssh and ssh-keygen can use them too) and loaded back. */
public final class KeyToolkit {

	private KeyToolkit() {
	}

	/** Makes an ECDSA P-256 key pair at {@code path} (private, mode 600) and {@code path.pub}, unless it exists. */
	public static void ensureKeyPair(Path path, String comment) throws IOException {
		if (Files.exists(path)) {
			return;
		}
		Files.createDirectories(path.getParent());
		KeyPair pair;
		try {
			pair = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot make a key pair: " + e.getMessage(), e);
		}
		Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
		Files.deleteIfExists(tmp);
		Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (OutputStream out = Files.newOutputStream(tmp)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot write key " + path + ": " + e.getMessage(), e);
		}
		Files.writeString(path.resolveSibling(path.getFileName() + ".pub"),
				PublicKeyEntry.toString(pair.getPublic()) + " " + comment + "\n", StandardCharsets.UTF_8);
		Files.move(tmp, path);
	}

	public static KeyPair load(Path path) throws IOException {
		if (!Files.isReadable(path)) {
			throw new AgentException("no-key", "No private key at " + path + ".",
					"Make one ('drover demo up' does, or ssh-keygen -t ecdsa -f " + path + ") or set the host's key file.");
		}
		try {
			Iterator<KeyPair> keys = new FileKeyPairProvider(path).loadKeys(null).iterator();
			if (!keys.hasNext()) {
				throw new AgentException("bad-key", "No key could be read from " + path + ".",
						"Use an unencrypted OpenSSH or PEM private key (ECDSA, RSA or Ed25519).");
			}
			return keys.next();
		} catch (RuntimeException e) {
			throw new AgentException("bad-key", "Cannot read key " + path + ": " + e.getMessage(),
					"Use an unencrypted OpenSSH or PEM private key.", e);
		}
	}

	public static String publicKeyLine(Path privateKey) throws IOException {
		Path pub = privateKey.resolveSibling(privateKey.getFileName() + ".pub");
		if (Files.exists(pub)) {
			return Files.readString(pub).trim();
		}
		return PublicKeyEntry.toString(load(privateKey).getPublic());
	}
}

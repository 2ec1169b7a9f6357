package drover.agent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/** The key this node logs in to other agents with (image transfer); made on first start, kept in the state dir. */
public record NodeKey(KeyPair pair) {

	public static NodeKey load(Path file) {
		try {
			Files.createDirectories(file.getParent());
			SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
			provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
			provider.setKeySize(256);
			return new NodeKey(provider.loadKeys(null).iterator().next());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot make or read the node key " + file, e);
		}
	}

	public String publicKeyLine() {
		return PublicKeyEntry.toString(pair.getPublic()) + " drover-node";
	}
}

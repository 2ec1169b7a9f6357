package drover.agent.internal.ssh;

import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * SSH settings for bulk data between agents (memory pages, images). SSHD's default cipher preference puts
 * ChaCha20 first, which the JDK computes far slower than AES-GCM (hardware AES and GHASH); and its default
 * 2 MB channel window stalls a fast link. The client's preference decides the cipher, so both ends apply this.
 */
public final class SshTuning {

	/** The channel window (bytes): a transfer that fits in it is written without waiting for the link. */
	public static final long WINDOW = 16L << 20;

	private SshTuning() {
	}

	public static void apply(FactoryManager manager) {
		manager.setCipherFactoriesNames("aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr", "aes256-ctr",
				"chacha20-poly1305@openssh.com");
		CoreModuleProperties.TCP_NODELAY.set(manager, true);
		CoreModuleProperties.WINDOW_SIZE.set(manager, WINDOW);
		CoreModuleProperties.MAX_PACKET_SIZE.set(manager, 64L << 10);
		CoreModuleProperties.NIO2_READ_BUFFER_SIZE.set(manager, 64 << 10);
		CoreModuleProperties.FORWARDER_BUFFER_SIZE.set(manager, 256 << 10);
	}
}

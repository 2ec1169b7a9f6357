package drover.agent.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.luben.zstd.Zstd;

/**
 * Compiles the agent's bulk data path once, in the background after start: AES-GCM as SSH uses it (one {@code
 * doFinal} per 64 KiB packet), SHA-256 as transfers hash, zstd as the wire and the library compress. A fresh JVM
 * runs these interpreted, at a tenth of their speed or less (measured: a new agent's first image crossed at 13-35
 * MB/s, a warm one's at 300), and an agent's first migration would pay that while its tree is frozen. The work is
 * synthetic (no key, no file, nothing on the network) and costs about half a second of one core, at the lowest
 * priority. {@code -Ddrover.agent.warmUpMegabytes=0} turns it off.
 */
public final class WarmUp {

	private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
	static final int MEGABYTES = Integer.getInteger("drover.agent.warmUpMegabytes", 96);
	private static final int PACKET = 64 << 10;

	private WarmUp() {
	}

	/** Starts the warm-up on a daemon thread of its own; answers at once. */
	public static void start() {
		if (MEGABYTES <= 0) {
			return;
		}
		Thread t = new Thread(WarmUp::run, "warm-up");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		t.start();
	}

	private static void run() {
		long started = System.nanoTime();
		try {
			byte[] packet = new byte[PACKET];
			new SecureRandom().nextBytes(packet);
			byte[] out = new byte[PACKET + 16];
			SecretKey key = KeyGenerator.getInstance("AES").generateKey();
			Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
			Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] iv = new byte[12];
			byte[] aad = new byte[4];
			int packets = MEGABYTES * (1 << 20) / PACKET;
			for (int i = 0; i < packets; i++) {
				iv[11] = (byte) i;
				iv[10] = (byte) (i >> 8);
				encrypt.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
				encrypt.updateAAD(aad);
				int n = encrypt.doFinal(packet, 0, PACKET, out, 0);
				decrypt.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
				decrypt.updateAAD(aad);
				decrypt.doFinal(out, 0, n, packet, 0);
				sha.update(packet);
			}
			sha.digest();
			byte[] pages = new byte[4 << 20];
			for (int i = 0; i < pages.length; i += 4096) {
				pages[i] = 'x'; // a page as a process's memory often is: mostly zeros
			}
			for (int i = 0; i < 4; i++) {
				Zstd.decompress(Zstd.compress(pages, 1), pages.length);
			}
			LOG.info("warm-up: {} MB through AES-GCM and SHA-256, zstd loaded, in {} ms", MEGABYTES,
					(System.nanoTime() - started) / 1_000_000);
		} catch (java.security.GeneralSecurityException | RuntimeException | UnsatisfiedLinkError e) {
			LOG.info("warm-up skipped: {}", e.toString()); // only speed is lost, the first migration runs colder
		}
	}
}

package drover.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What lets a source agent's node key take part in a migration on its target: a statement signed by the
 * operator's own key (the one that logged in to the source to start it), naming the target (by the host key the
 * operator pinned for it), the PID, the operator's key fingerprint, a random nonce and an expiry. The source agent
 * cannot make one: it never holds the operator's key. The target checks the signature against the operator's line
 * in its own authorized_keys (role operator or admin), that it names this target, has not expired, and that its
 * nonce was not used for another migration before; then the migration's ID is bound to it and the node key may do
 * that migration's steps, and no other's.
 * <p>
 * On the wire: {@code base64url(content) "." base64url(signature)}; content is UTF-8 text, one field a line.
 */
public record MigrationTicket(String targetHostKey, int pid, String operator, String nonce, long expiresAt, byte[] signature) {

	/** How long a ticket may be presented: enough for a migration to wait for its slots, short enough to be useless later. */
	public static final Duration LIFETIME = Duration.ofMinutes(30);

	/**
	 * How far ahead an evacuation ticket may reach: an evacuation scheduled up to this far ahead, or repeated
	 * within it, runs on the operator's word; a later run is refused by its targets and has to be scheduled again.
	 */
	public static final Duration EVACUATION_HORIZON = Duration.ofDays(31);

	/** How long after its start an evacuation's run may still bring trees to a target on its ticket. */
	public static final Duration EVACUATION_RUN = Duration.ofHours(6);

	private static final String MAGIC = "drover-migration-ticket/1";

	/** The signed bytes. */
	public byte[] content() {
		return (MAGIC + "\n" + targetHostKey + "\n" + pid + "\n" + operator + "\n" + nonce + "\n" + expiresAt + "\n")
				.getBytes(StandardCharsets.UTF_8);
	}

	/** A ticket for moving {@code pid} to the target that presents {@code targetHostKey}, signed with {@code key}. */
	public static MigrationTicket sign(KeyPair key, String operatorFingerprint, String targetHostKey, int pid, long nowMillis)
			throws GeneralSecurityException {
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		MigrationTicket unsigned = new MigrationTicket(targetHostKey, pid, operatorFingerprint, HexFormat.of().formatHex(random),
				(nowMillis + LIFETIME.toMillis()) / 1000, null);
		Signature signer = Signature.getInstance(algorithm(key.getPrivate().getAlgorithm()));
		signer.initSign(key.getPrivate());
		signer.update(unsigned.content());
		return new MigrationTicket(targetHostKey, pid, operatorFingerprint, unsigned.nonce, unsigned.expiresAt, signer.sign());
	}

	/**
	 * A ticket for an evacuation: any tree of the evacuated host ({@code pid} 0) to the target that presents
	 * {@code targetHostKey}, for as many migrations as the evacuation makes, until {@code expiresAtMillis} (at most
	 * {@link #EVACUATION_HORIZON} ahead).
	 */
	public static MigrationTicket forEvacuation(KeyPair key, String operatorFingerprint, String targetHostKey, long expiresAtMillis)
			throws GeneralSecurityException {
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		MigrationTicket unsigned = new MigrationTicket(targetHostKey, 0, operatorFingerprint, HexFormat.of().formatHex(random),
				expiresAtMillis / 1000, null);
		Signature signer = Signature.getInstance(algorithm(key.getPrivate().getAlgorithm()));
		signer.initSign(key.getPrivate());
		signer.update(unsigned.content());
		return new MigrationTicket(targetHostKey, 0, operatorFingerprint, unsigned.nonce, unsigned.expiresAt, signer.sign());
	}

	/** Is this an evacuation's ticket (any tree, many migrations)? */
	public boolean forEvacuation() {
		return pid == 0;
	}

	/** Does {@code key} (the operator's public key) vouch for this ticket? */
	public boolean signedBy(PublicKey key) {
		if (signature == null) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance(algorithm(key.getAlgorithm()));
			verifier.initVerify(key);
			verifier.update(content());
			return verifier.verify(signature);
		} catch (GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}

	public String encode() {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString(content()) + "." + b64.encodeToString(signature == null ? new byte[0] : signature);
	}

	/** The ticket in {@code text}; IllegalArgumentException if it is not one. */
	public static MigrationTicket decode(String text) {
		int dot = text == null ? -1 : text.indexOf('.');
		if (text == null || dot <= 0 || text.length() > 4096) {
			throw new IllegalArgumentException("not a migration ticket");
		}
		Base64.Decoder b64 = Base64.getUrlDecoder();
		String[] lines = new String(b64.decode(text.substring(0, dot)), StandardCharsets.UTF_8).split("\n", -1);
		if (lines.length != 7 || !lines[0].equals(MAGIC) || !lines[6].isEmpty()) {
			throw new IllegalArgumentException("not a migration ticket (version " + lines[0] + ")");
		}
		try {
			return new MigrationTicket(lines[1], Integer.parseInt(lines[2]), lines[3], lines[4], Long.parseLong(lines[5]),
					b64.decode(text.substring(dot + 1)));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a migration ticket: " + e.getMessage());
		}
	}

	/** The JDK's signature for an SSH key of this algorithm (what operators' keys are: ECDSA, Ed25519, RSA). */
	private static String algorithm(String keyAlgorithm) throws GeneralSecurityException {
		return switch (keyAlgorithm) {
		case "EC" -> "SHA256withECDSA";
		case "RSA" -> "SHA256withRSA";
		case "Ed25519", "EdDSA" -> "Ed25519";
		default -> throw new GeneralSecurityException("no signature for " + keyAlgorithm + " keys");
		};
	}
}

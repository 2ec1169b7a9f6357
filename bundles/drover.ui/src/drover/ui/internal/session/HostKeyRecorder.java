package drover.ui.internal.session;

import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;

import drover.core.HostEntry;
import drover.core.HostKeyPolicy;

/**
 * The console's policy during the SSH handshake: remember the key the host presented and refuse it.
 * The connect job then asks the operator (see {@link Connections}) and, on yes, pins the key and
 * connects again. Asking inside the callback would hold an SSHD I/O thread and run into the
 * handshake's timeout while the operator reads the fingerprint.
 */
final class HostKeyRecorder implements HostKeyPolicy {

	private volatile PublicKey presented;
	private volatile String fingerprint;
	private volatile String pinnedFingerprint;

	@Override
	public Decision onUnknown(HostEntry host, PublicKey key, String print) {
		presented = key;
		fingerprint = print;
		pinnedFingerprint = null;
		return Decision.REJECT;
	}

	@Override
	public Decision onChanged(HostEntry host, PublicKey pinned, PublicKey key, String print) {
		presented = key;
		fingerprint = print;
		pinnedFingerprint = KeyUtils.getFingerPrint(pinned);
		return Decision.REJECT;
	}

	PublicKey presented() {
		return presented;
	}

	String fingerprint() {
		return fingerprint;
	}

	String pinnedFingerprint() {
		return pinnedFingerprint;
	}
}

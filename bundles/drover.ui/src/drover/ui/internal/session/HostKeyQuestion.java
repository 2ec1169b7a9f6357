package drover.ui.internal.session;

import drover.core.HostEntry;

/**
 * Asks the operator whether to trust a host key the pins do not vouch for. Called on a job thread,
 * never on an SSH I/O thread: the answer may take longer than the SSH handshake may wait.
 */
@FunctionalInterface
public interface HostKeyQuestion {

	/**
	 * @param pinnedFingerprint the fingerprint pinned so far, or null when the host is new
	 * @return true to pin {@code fingerprint} and connect
	 */
	boolean trust(HostEntry host, String fingerprint, String pinnedFingerprint);

	/** Trusts nothing; the default until a view installs the dialog. */
	HostKeyQuestion REFUSE = (host, fingerprint, pinned) -> false;
}

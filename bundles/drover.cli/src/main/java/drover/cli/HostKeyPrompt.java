package drover.cli;

import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;

import drover.core.HostEntry;
import drover.core.HostKeyPolicy;

/** What {@code drover hosts trust} shows before it pins a key: the key a host presents, and the one pinned before. */
final class HostKeyPrompt {

	private HostKeyPrompt() {
	}

	/** A policy that pins nothing: it notes the key presented (and a different pinned one) and refuses. */
	static final class Seen implements HostKeyPolicy {
		volatile PublicKey presented;
		volatile String fingerprint;
		volatile PublicKey pinned;

		@Override
		public Decision onUnknown(HostEntry host, PublicKey key, String print) {
			presented = key;
			fingerprint = print;
			return Decision.REJECT;
		}

		@Override
		public Decision onChanged(HostEntry host, PublicKey old, PublicKey key, String print) {
			pinned = old;
			presented = key;
			fingerprint = print;
			return Decision.REJECT;
		}
	}

	static String describe(HostEntry host, Seen seen) {
		StringBuilder text = new StringBuilder("The agent of " + host.name() + " (" + host.endpoint() + ") presents the host key\n  "
				+ KeyUtils.getKeyType(seen.presented) + " " + seen.fingerprint + "\n");
		if (seen.pinned != null) {
			text.append("It CHANGED: the key pinned for it was ").append(KeyUtils.getFingerPrint(seen.pinned))
					.append(". Replace it only if the agent was reinstalled on purpose.\n");
		}
		text.append("Compare it with the fingerprint the agent logs at every start ('host key SHA256:...' in STATE_DIR/agent.log"
				+ " on the node, /var/lib/drover-agent/agent.log by default).");
		return text.toString();
	}
}

package drover.core;

import java.security.PublicKey;

/**
 * What to do with a host key that is not pinned yet, or that differs from the pinned one. The CLI refuses
 * both and says how to trust the key; the console asks the operator; the demo cluster pins the keys of the
 * agents it started itself.
 */
public interface HostKeyPolicy {

	enum Decision {
		/** Trust the key and remember it. */
		PIN,
		/** Refuse the connection. */
		REJECT
	}

	Decision onUnknown(HostEntry host, PublicKey presented, String fingerprint);

	Decision onChanged(HostEntry host, PublicKey pinned, PublicKey presented, String fingerprint);

	/** Refuses unknown and changed keys alike (scripts, cron). */
	HostKeyPolicy STRICT = new HostKeyPolicy() {
		@Override
		public Decision onUnknown(HostEntry host, PublicKey presented, String fingerprint) {
			return Decision.REJECT;
		}

		@Override
		public Decision onChanged(HostEntry host, PublicKey pinned, PublicKey presented, String fingerprint) {
			return Decision.REJECT;
		}
	};

	/** Trusts a key on first contact, never a changed one: for agents the caller has just started itself. */
	HostKeyPolicy PIN_FIRST = new HostKeyPolicy() {
		@Override
		public Decision onUnknown(HostEntry host, PublicKey presented, String fingerprint) {
			return Decision.PIN;
		}

		@Override
		public Decision onChanged(HostEntry host, PublicKey pinned, PublicKey presented, String fingerprint) {
			return Decision.REJECT;
		}
	};

	/** Trusts whatever the host presents now and replaces the pin: only on an operator's explicit order. */
	HostKeyPolicy REPLACE = new HostKeyPolicy() {
		@Override
		public Decision onUnknown(HostEntry host, PublicKey presented, String fingerprint) {
			return Decision.PIN;
		}

		@Override
		public Decision onChanged(HostEntry host, PublicKey pinned, PublicKey presented, String fingerprint) {
			return Decision.PIN;
		}
	};
}

package drover.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the memory moves: while the process is frozen, or after it already runs on the target; or a fork: the tree is
 * copied while it runs on (frozen only while CRIU dumps it) and the copy goes on on the target.
 */
public enum MigrationMode {
	STOP_AND_COPY("stop-and-copy"), POST_COPY("post-copy"), FORK("fork");

	private final String word;

	MigrationMode(String word) {
		this.word = word;
	}

	@JsonValue
	public String word() {
		return word;
	}

	@JsonCreator
	public static MigrationMode of(String word) {
		for (MigrationMode mode : values()) {
			if (mode.word.equals(word) || mode.name().equals(word)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("unknown migration mode '" + word + "' (stop-and-copy, post-copy or fork)");
	}

	@Override
	public String toString() {
		return word;
	}
}

package drover.ui.internal.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * What a drag carries and a migration starts from: the source host and the PIDs to move. As text,
 * {@code source:pid[,pid...]}, so it travels through the system's plain-text transfer; the last colon
 * separates the host, so a host name may contain colons.
 */
public record MigrationRequest(String source, List<Integer> pids) {

	public MigrationRequest {
		pids = List.copyOf(pids);
	}

	public String encode() {
		return source + ":" + String.join(",", pids.stream().map(String::valueOf).toList());
	}

	/** The request in {@code text}, or null when the text is not one (something else was dropped). */
	public static MigrationRequest parse(String text) {
		if (text == null) {
			return null;
		}
		int colon = text.lastIndexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			return null;
		}
		List<Integer> pids = new ArrayList<>();
		for (String pid : text.substring(colon + 1).split(",")) {
			try {
				pids.add(Integer.parseInt(pid.strip()));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return new MigrationRequest(text.substring(0, colon), pids);
	}

	String describe() {
		return (pids.size() == 1 ? "PID " + pids.get(0) : "PIDs " + pids) + " on " + source;
	}
}

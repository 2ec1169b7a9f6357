package drover.agent.internal.proc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** uid to user name, from the node's /etc/passwd (read once per scan). */
final class UserNames {

	private final Map<Integer, String> names = new HashMap<>();

	UserNames(Path passwd) {
		String text = ProcFiles.readOrNull(passwd);
		if (text == null) {
			return;
		}
		for (String line : text.split("\n")) {
			String[] parts = line.split(":");
			if (parts.length > 2) {
				try {
					names.putIfAbsent(Integer.parseInt(parts[2]), parts[0]);
				} catch (NumberFormatException e) {
					// a malformed line names nobody
				}
			}
		}
	}

	String nameOf(int uid) {
		String name = names.get(uid);
		return name != null ? name : Integer.toString(uid);
	}
}

package drover.agent.internal.proc;

import java.util.HashSet;
import java.util.Set;

import drover.protocol.MemorySummary;

/** Totals of /proc/PID/maps: how much of the address space is anonymous, file-backed, shared, stack, heap. */
final class MapsSummarizer {

	private MapsSummarizer() {
	}

	static MemorySummary summarize(String maps) {
		if (maps == null) {
			return null;
		}
		int count = 0;
		long virtual = 0, anonymous = 0, fileBacked = 0, shared = 0, stack = 0, heap = 0;
		Set<String> files = new HashSet<>();
		int pos = 0;
		int length = maps.length();
		while (pos < length) {
			int end = maps.indexOf('\n', pos);
			if (end < 0) {
				end = length;
			}
			String line = maps.substring(pos, end);
			pos = end + 1;
			int dash = line.indexOf('-');
			int space = line.indexOf(' ');
			if (dash <= 0 || space <= dash) {
				continue;
			}
			long start = Long.parseUnsignedLong(line, 0, dash, 16);
			long stop = Long.parseUnsignedLong(line, dash + 1, space, 16);
			long size = stop - start;
			count++;
			virtual += size;
			boolean isShared = space + 4 < line.length() && line.charAt(space + 4) == 's';
			if (isShared) {
				shared += size;
			}
			String name = pathField(line);
			if (name.startsWith("/")) {
				fileBacked += size;
				files.add(name);
			} else {
				anonymous += size;
				if (name.equals("[stack]")) {
					stack += size;
				} else if (name.equals("[heap]")) {
					heap += size;
				}
			}
		}
		return new MemorySummary(count, virtual, anonymous, fileBacked, shared, stack, heap, files.size());
	}

	/** The sixth column (path or [pseudo name]); it may contain spaces, so take everything after it starts. */
	private static String pathField(String line) {
		int field = 0;
		int i = 0;
		int n = line.length();
		while (i < n && field < 5) {
			while (i < n && line.charAt(i) != ' ') {
				i++;
			}
			while (i < n && line.charAt(i) == ' ') {
				i++;
			}
			field++;
		}
		return i < n ? line.substring(i) : "";
	}
}

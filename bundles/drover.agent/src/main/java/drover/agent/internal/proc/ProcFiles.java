package drover.agent.internal.proc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small, fast readers for /proc pseudo files (which report size 0, so they are read to the end). */
final class ProcFiles {

	private ProcFiles() {
	}

	/** One reusable buffer per scanning thread: /proc files are read by the thousand per scan. */
	private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);

	static String read(Path path) throws IOException {
		byte[] buffer = BUFFER.get();
		int length = 0;
		try (InputStream in = Files.newInputStream(path)) {
			int n;
			while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
				length += n;
				if (length == buffer.length) {
					buffer = Arrays.copyOf(buffer, buffer.length * 2);
					BUFFER.set(buffer);
				}
			}
		}
		return new String(buffer, 0, length, StandardCharsets.UTF_8);
	}

	/**
	 * A /proc file the kernel prints whole in one go (stat, schedstat, cgroup, fdinfo: one "show" into a buffer that
	 * grows until the text fits), so a read that leaves room in the buffer got all of it: no second read to see
	 * the end, one system call in four saved on the files every process has. Not for maps or net tables, which
	 * the kernel hands out a page at a time.
	 */
	static String readWhole(Path path) throws IOException {
		byte[] buffer = BUFFER.get();
		int length = 0;
		try (InputStream in = Files.newInputStream(path)) {
			int n;
			while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
				length += n;
				if (length < buffer.length) {
					break;
				}
				buffer = Arrays.copyOf(buffer, buffer.length * 2);
				BUFFER.set(buffer);
			}
		}
		return new String(buffer, 0, length, StandardCharsets.UTF_8);
	}

	/** {@link #readWhole}, or null when the file cannot be read (process gone, permission). */
	static String readWholeOrNull(Path path) {
		try {
			return readWhole(path);
		} catch (IOException | SecurityException e) {
			return null;
		}
	}

	static int ownerUid(Path path) {
		try {
			return (Integer) Files.getAttribute(path, "unix:uid");
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** The file's text, or null when it cannot be read (process gone, permission). */
	static String readOrNull(Path path) {
		try {
			return read(path);
		} catch (IOException | SecurityException e) {
			return null;
		}
	}

	static String linkOrNull(Path path) {
		try {
			return Files.readSymbolicLink(path).toString();
		} catch (IOException | SecurityException | UnsupportedOperationException e) {
			return null;
		}
	}

	/** The value of a {@code key:\tvalue} line in a /proc status-like text, or null. */
	static String field(String text, String key) {
		if (text == null) {
			return null;
		}
		int at = text.startsWith(key + ":") ? 0 : text.indexOf("\n" + key + ":");
		if (at < 0) {
			return null;
		}
		int start = text.indexOf(':', at + (at == 0 ? 0 : 1)) + 1;
		int end = text.indexOf('\n', start);
		return text.substring(start, end < 0 ? text.length() : end).trim();
	}

	static long parseLongOr(String s, long fallback) {
		if (s == null) {
			return fallback;
		}
		try {
			return Long.parseLong(s.trim());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}

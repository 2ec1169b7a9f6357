package drover.agent.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The logs the agent keeps for what it starts (a spawned command's output in STATE/spawned, CRIU's page-server and
 * post-copy logs): created 0600, and each kept under a cap ({@code drover.agent.logMaxBytes}, 8 MB by default).
 * A log over its cap is rotated once, the way logrotate's copytruncate does it: its last half-cap goes to
 * {@code NAME.1} (replacing an older one), then the log is truncated in place. The writer keeps its descriptor and
 * writes on at the new end (spawned commands write with O_APPEND, so no hole opens), so a log never holds more
 * than about 1.5 caps plus what arrives between two sweeps. Rotation, not a ring buffer: the newest output is
 * always at the log's end, the older half-cap just before it, in NAME.1.
 */
public final class LogCaps {

	static final long DEFAULT_MAX = 8L << 20;

	private LogCaps() {
	}

	/** The cap now (read each time, so a test or an operator's -D can lower it). */
	public static long maxBytes() {
		return Math.max(4096, Long.getLong("drover.agent.logMaxBytes", DEFAULT_MAX));
	}

	/** Creates {@code file} empty with mode 0600 (before anything writes to it), or makes an existing one 0600. */
	public static Path createPrivate(Path file) throws IOException {
		if (!Files.exists(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	/** Caps every {@code *.log} directly in {@code dir}; returns one line per rotated log. */
	public static List<String> capAll(Path dir) {
		List<String> rotated = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return rotated;
		}
		long max = maxBytes();
		try (var files = Files.list(dir)) {
			for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log") && Files.isRegularFile(f)).toList()) {
				try {
					if (Files.size(log) > max) {
						rotate(log, max / 2);
						rotated.add(log.getFileName() + " (over " + max + " bytes: its last " + max / 2 + " kept in "
								+ log.getFileName() + ".1)");
					}
				} catch (IOException e) {
					// gone meanwhile, or unreadable: the next sweep tries again
				}
			}
		} catch (IOException e) {
			// the directory went: nothing to cap
		}
		return rotated;
	}

	private static void rotate(Path log, long keep) throws IOException {
		Path older = log.resolveSibling(log.getFileName() + ".1");
		Path tmp = log.resolveSibling(log.getFileName() + ".1.tmp");
		Files.deleteIfExists(tmp);
		createPrivate(tmp);
		try (FileChannel in = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
				FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
			long size = in.size();
			long from = Math.max(0, size - keep);
			ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
			for (long at = from; at < size;) {
				buffer.clear();
				int n = in.read(buffer, at);
				if (n <= 0) {
					break;
				}
				buffer.flip();
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				at += n;
			}
			// what the writer added between the copy and this truncate is lost: at most a few lines, once per rotation
			in.truncate(0);
		}
		Files.move(tmp, older, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;

/**
 * How long images stay and how much room they may take on this node. A quota ({@code
 * -Ddrover.agent.imageQuota=20G}) refuses a checkpoint or an image copied in that would pass it, before anything
 * is written; a retention ({@code -Ddrover.agent.imageRetention=7d}) removes images older than that. Images a
 * migration or fork used are removed when it ends; the sweep ({@link #sweep}) also removes any a finished one left
 * behind (its clean-up could not reach this node), and staging directories of transfers nobody finishes.
 */
public final class ImageRetention {

	/** A staging directory older than this, of a transfer nobody holds, is a leftover. */
	private static final Duration STALE_STAGING = Duration.ofMinutes(10);

	private final ImageLibrary library;
	private final String hostName;
	private final long quota;
	private final Duration retention;

	public ImageRetention(ImageLibrary library, String hostName, long quota, Duration retention) {
		this.library = library;
		this.hostName = hostName;
		this.quota = quota;
		this.retention = retention;
	}

	/** The quota and retention from this agent's JVM flags (none when not set). */
	public static ImageRetention fromProperties(ImageLibrary library, String hostName) {
		return new ImageRetention(library, hostName, bytes(System.getProperty("drover.agent.imageQuota")),
				duration(System.getProperty("drover.agent.imageRetention")));
	}

	public long quota() {
		return quota;
	}

	public Duration retention() {
		return retention;
	}

	/** Bytes the library's images take on disk (compressed files as stored). */
	public long used() throws IOException {
		return library.list().stream().mapToLong(ImageInfo::storedSize).sum();
	}

	/** Refuses {@code what} (needing about {@code bytes} more) when it would take the library past its quota. */
	public void checkRoom(long bytes, String what) throws RequestException, IOException {
		if (quota <= 0) {
			return;
		}
		long used = used();
		if (used + bytes > quota) {
			throw new RequestException(ErrorInfo.NO_SPACE, what + " would take the images of " + hostName + " past their quota: "
					+ mb(used) + " MB used of " + mb(quota) + " MB, and it needs about " + mb(bytes) + " MB more.",
					"Nothing was written. Delete images ('drover images " + hostName + "', 'delete-image NAME'), or raise the"
							+ " quota (-Ddrover.agent.imageQuota on the agent).");
		}
	}

	/**
	 * Removes what must not linger: images of finished migrations and forks ({@code finished}), images older than the
	 * retention, staging directories of transfers nobody finishes. {@code inUse}: names a running operation holds
	 * (never removed). Answers what it removed, one line each.
	 */
	public List<String> sweep(Set<String> finished, Predicate<String> inUse) throws IOException {
		List<String> removed = new ArrayList<>();
		long now = System.currentTimeMillis();
		for (ImageInfo image : library.list()) {
			if (inUse.test(image.name())) {
				continue;
			}
			String why = finished.contains(image.name()) ? "its migration has ended"
					: retention != null && now - image.createdAt() > retention.toMillis() ? "older than the retention of "
							+ retention.toString().substring(2).toLowerCase(Locale.ROOT) : null;
			if (why != null) {
				ImageLibrary.deleteTree(library.root().resolve(image.name()));
				removed.add("image " + image.name() + " (" + why + ")");
			}
		}
		if (Files.isDirectory(library.root())) {
			try (DirectoryStream<Path> dirs = Files.newDirectoryStream(library.root(), ".incoming-*")) {
				for (Path dir : dirs) {
					String name = dir.getFileName().toString().substring(".incoming-".length());
					if (!inUse.test(name) && now - Files.getLastModifiedTime(dir).toMillis() > STALE_STAGING.toMillis()) {
						ImageLibrary.deleteTree(dir);
						removed.add("staging directory of " + name + " (no transfer finishes it)");
					}
				}
			}
		}
		return removed;
	}

	/** "20G", "512M", "100000" (bytes); null or empty: no quota. */
	static long bytes(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
		long unit = switch (t.charAt(t.length() - 1)) {
		case 'K' -> 1L << 10;
		case 'M' -> 1L << 20;
		case 'G' -> 1L << 30;
		case 'T' -> 1L << 40;
		default -> 1;
		};
		String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
		try {
			return Long.parseLong(digits.trim()) * unit;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("drover.agent.imageQuota: '" + text + "' is not a size (e.g. 20G, 512M)", e);
		}
	}

	/** "7d", "12h", "30m", "45s"; null or empty: kept until deleted. */
	static Duration duration(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		try {
			long n = Long.parseLong(t.substring(0, t.length() - 1));
			return switch (t.charAt(t.length() - 1)) {
			case 'd' -> Duration.ofDays(n);
			case 'h' -> Duration.ofHours(n);
			case 'm' -> Duration.ofMinutes(n);
			case 's' -> Duration.ofSeconds(n);
			default -> throw new NumberFormatException(t);
			};
		} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
			throw new IllegalArgumentException("drover.agent.imageRetention: '" + text + "' is not a duration (e.g. 7d, 12h,"
					+ " 30m)", e);
		}
	}

	private static long mb(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}
}

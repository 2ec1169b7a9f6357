package drover.ui.internal.images;

import java.util.Locale;
import java.util.function.BiFunction;

import drover.protocol.ImageInfo;

/**
 * The Images table's columns, in order: what the image is, of which process, what it costs on disk and expanded,
 * how old it is and who made it. Texts only, so that tests read what the operator reads.
 */
public enum ImageColumn {
	NAME("Image", 340, (i, now) -> i.name()),
	PROCESS("Process", 250, (i, now) -> "PID " + i.pid() + "  " + String.valueOf(i.command())),
	ON_DISK("On disk", 90, (i, now) -> size(i.storedSize())),
	UNCOMPRESSED("Uncompressed", 100, (i, now) -> size(i.totalSize())),
	AGE("Age", 80, (i, now) -> age(now - i.createdAt())),
	ORIGIN("Origin", 90, (i, now) -> ImageOrigin.of(i.name()).label);

	public final String title;
	final int width;
	private final BiFunction<ImageInfo, Long, String> text;

	ImageColumn(String title, int width, BiFunction<ImageInfo, Long, String> text) {
		this.title = title;
		this.width = width;
		this.text = text;
	}

	public String text(ImageInfo image, long now) {
		return text.apply(image, now);
	}

	/** "812 KB", "73.1 MB" (powers of 1024, as {@code drover images} counts). */
	public static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
		}
		return String.format(Locale.ROOT, "%.2f GB", bytes / 1073741824.0);
	}

	/** "12 s", "5 min", "3 h 10 min", "2 d". */
	public static String age(long millis) {
		long s = Math.max(0, millis / 1000);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return s / 60 + " min";
		}
		if (s < 86400) {
			return s / 3600 + " h" + (s % 3600 >= 60 ? " " + s % 3600 / 60 + " min" : "");
		}
		return s / 86400 + " d";
	}
}

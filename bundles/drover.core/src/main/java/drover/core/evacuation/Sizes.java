package drover.core.evacuation;

import java.util.Locale;

/** Sizes and durations as the plan's reasons and tables print them. */
public final class Sizes {

	private Sizes() {
	}

	public static String human(long bytes) {
		if (Math.abs(bytes) >= 1L << 30) {
			return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
		}
		if (Math.abs(bytes) >= 1L << 20) {
			return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
		}
		return (bytes >> 10) + " KiB";
	}

	public static String millis(long millis) {
		return millis >= 10_000 ? String.format(Locale.ROOT, "%.0f s", millis / 1000.0)
				: String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.luben.zstd.Zstd;

import drover.protocol.ImageInfo;

/**
 * Whether a migration's memory pages go compressed over the wire, decided from measured speeds so that compressing
 * never slows a migration down: the link's throughput to that target (measured on earlier transfers; unknown at first,
 * so the first transfer goes raw and measures it) against zstd's speed and ratio on a sample of this image's own
 * pages. Compressing first and sending less wins only when {@code 1/c + r/L < 1/L}, i.e. {@code L < c * (1 - r)}
 * (L the link, c the compression speed, r the ratio); a margin keeps borderline cases raw. {@code
 * -Ddrover.agent.wireCompression=auto|always|off} (auto by default). Library images are stored compressed already
 * and travel as they are.
 */
public final class WireCompression {

	/** The level on the wire: the fastest, since it competes with the link. */
	static final int LEVEL = 1;
	private static final int SAMPLE = 4 << 20;
	/** Compress only when it is clearly faster (by this factor), so a misjudged link costs nothing. */
	private static final double MARGIN = 0.8;
	/** Link throughput per target (ADDRESS:PORT), bytes per second, from earlier transfers of at least 1 MB. */
	private static final Map<String, Double> LINKS = new ConcurrentHashMap<>();

	private WireCompression() {
	}

	/** {@code level} 0: raw. */
	public record Decision(int level, String why) {
		static final Decision RAW = new Decision(0, "raw");
	}

	/** The pure rule: compress when sending compressed takes clearly less time than sending raw. */
	public static boolean worthIt(double linkBytesPerSecond, double compressBytesPerSecond, double ratio) {
		if (linkBytesPerSecond <= 0 || compressBytesPerSecond <= 0 || ratio >= 1) {
			return false;
		}
		double raw = 1 / linkBytesPerSecond;
		double packed = 1 / compressBytesPerSecond + ratio / linkBytesPerSecond;
		return packed < raw * MARGIN;
	}

	static Decision decide(String target, Path dir, ImageInfo image) throws IOException {
		String mode = System.getProperty("drover.agent.wireCompression", "auto");
		if (mode.equals("off")) {
			return new Decision(0, "raw (wire compression off)");
		}
		ImageInfo.ImageFile largest = image.files().stream().filter(f -> f.name().startsWith("pages-") && f.stored() == null
				&& f.size() > 0).max((a, b) -> Long.compare(a.size(), b.size())).orElse(null);
		if (largest == null) {
			return new Decision(0, "raw (no memory pages in the transfer)");
		}
		if (mode.equals("always")) {
			return new Decision(LEVEL, "zstd level " + LEVEL + " (wire compression always)");
		}
		Double link = LINKS.get(target);
		if (link == null) {
			return new Decision(0, "raw (the link to " + target + " is not measured yet: this transfer measures it)");
		}
		byte[] sample;
		try (InputStream in = Files.newInputStream(dir.resolve(largest.name()))) {
			sample = in.readNBytes(SAMPLE);
		}
		long started = System.nanoTime();
		int packed = Zstd.compress(sample, LEVEL).length;
		double speed = sample.length * 1e9 / Math.max(1, System.nanoTime() - started);
		double ratio = packed / (double) sample.length;
		String figures = String.format("link %.0f MB/s, zstd %.0f MB/s to %.0f%%", link / 1e6, speed / 1e6, ratio * 100);
		return worthIt(link, speed, ratio) ? new Decision(LEVEL, "zstd level " + LEVEL + " (" + figures + ")")
				: new Decision(0, "raw (" + figures + ": compressing would not be faster)");
	}

	/** Notes what a transfer of {@code bytes} in {@code millis} (sending only) says of the link. */
	static void measured(String target, long bytes, long millis) {
		if (bytes >= (1 << 20) && millis > 0) {
			LINKS.put(target, bytes * 1000.0 / millis);
		}
	}
}

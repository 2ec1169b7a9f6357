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
 * pages. Compressing first, sending less and expanding there wins only when {@code 1/c + r/L + 1/d < 1/L} (L the link,
 * c the compression and d the decompression speed, r the ratio; the three happen one after the other, all inside the
 * freeze); a margin keeps borderline cases raw. The link's figure is the best seen lately (a transfer on a cold JVM
 * or a busy machine reads slower than the link is), decaying so that a link that got slower is noticed. {@code
 * -Ddrover.agent.wireCompression=auto|always|off} (auto by default). Library images are stored compressed already
 * and travel as they are.
 */
public final class WireCompression {

	/** The level on the wire: the fastest, since it competes with the link. */
	static final int LEVEL = 1;
	private static final int SAMPLE = 1 << 20;
	/** A new measurement replaces the kept figure, unless below this share of it (then the figure decays towards it). */
	private static final double DECAY = 0.8;
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
		return worthIt(linkBytesPerSecond, compressBytesPerSecond, ratio, Double.POSITIVE_INFINITY);
	}

	/** The same with the target's decompression speed (bytes of output per second) counted too. */
	public static boolean worthIt(double linkBytesPerSecond, double compressBytesPerSecond, double ratio,
			double decompressBytesPerSecond) {
		if (linkBytesPerSecond <= 0 || compressBytesPerSecond <= 0 || decompressBytesPerSecond <= 0 || ratio >= 1) {
			return false;
		}
		double raw = 1 / linkBytesPerSecond;
		double packed = 1 / compressBytesPerSecond + ratio / linkBytesPerSecond + 1 / decompressBytesPerSecond;
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
		byte[] packedSample = Zstd.compress(sample, LEVEL);
		long compressed = System.nanoTime();
		Zstd.decompress(packedSample, sample.length); // the target's work, as fast as this node's (an estimate)
		double speed = sample.length * 1e9 / Math.max(1, compressed - started);
		double expand = sample.length * 1e9 / Math.max(1, System.nanoTime() - compressed);
		double ratio = packedSample.length / (double) sample.length;
		String figures = String.format("link %.0f MB/s, zstd %.0f MB/s to %.0f%%, expanding %.0f MB/s", link / 1e6, speed / 1e6,
				ratio * 100, expand / 1e6);
		return worthIt(link, speed, ratio, expand) ? new Decision(LEVEL, "zstd level " + LEVEL + " (" + figures + ")")
				: new Decision(0, "raw (" + figures + ": compressing would not be faster)");
	}

	/** Notes what a transfer of {@code bytes} in {@code millis} (sending only) says of the link. */
	static void measured(String target, long bytes, long millis) {
		if (bytes >= (1 << 20) && millis > 0) {
			double now = bytes * 1000.0 / millis;
			LINKS.merge(target, now, (kept, seen) -> seen >= kept * DECAY ? Math.max(kept, seen) : kept * DECAY);
		}
	}
}

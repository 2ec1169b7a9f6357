package drover.agent.internal.criu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;

import drover.agent.internal.RequestException;
import drover.agent.internal.auth.FileModes;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;

/**
 * Images of the library kept compressed on disk (zstd): a checkpoint's memory pages are compressed once CRIU wrote
 * them, each file's SHA-256 taken over its content as CRIU wrote it; before a restore they are expanded again and
 * checked against it, so a damaged image is refused naming the file that differs, before CRIU reads anything. A copy
 * to another library sends the compressed files as they are. The level comes from the measured speed on the image's
 * own pages: compressing must cost the checkpoint little, and pages that hardly shrink are kept as they are.
 */
final class ImageCompression {

	private static final Logger LOG = LoggerFactory.getLogger(ImageCompression.class);
	static final String SUFFIX = ".zst";
	/** How much of the first pages file the level is chosen on. */
	private static final int SAMPLE = 8 << 20;
	/** Level 3 is kept while it compresses at least this fast here (else level 1, about twice as fast). */
	private static final double LEVEL3_FROM_BYTES_PER_SECOND = 150e6;

	private ImageCompression() {
	}

	/** The level and why: {@code -Ddrover.agent.imageZstdLevel=N} (0: never), else chosen on a sample of the pages. */
	record Choice(int level, String why) {
	}

	static Choice choose(Path dir, ImageInfo info) throws IOException {
		String forced = System.getProperty("drover.agent.imageZstdLevel");
		if (forced != null && !forced.isBlank()) {
			int level = Integer.parseInt(forced.trim());
			return new Choice(level, level <= 0 ? "compression off (drover.agent.imageZstdLevel=0)" : "level " + level + " (set)");
		}
		ImageInfo.ImageFile first = info.files().stream().filter(f -> f.name().startsWith("pages-") && f.size() > 0)
				.max((a, b) -> Long.compare(a.size(), b.size())).orElse(null);
		if (first == null) {
			return new Choice(0, "no memory pages to compress");
		}
		byte[] sample;
		try (InputStream in = Files.newInputStream(dir.resolve(first.name()))) {
			sample = in.readNBytes(SAMPLE);
		}
		long started = System.nanoTime();
		byte[] packed = Zstd.compress(sample, 3);
		double speed = sample.length * 1e9 / Math.max(1, System.nanoTime() - started);
		double ratio = packed.length / (double) sample.length;
		if (ratio > 0.9) {
			return new Choice(0, String.format("kept as written: a sample of the pages shrinks only to %.0f%%", ratio * 100));
		}
		int level = speed >= LEVEL3_FROM_BYTES_PER_SECOND ? 3 : 1;
		return new Choice(level, String.format("level %d: a sample of the pages shrank to %.0f%% at %.0f MB/s (level 3)",
				level, ratio * 100, speed / 1e6));
	}

	/**
	 * Compresses the image's memory pages in place and hashes every file; writes and answers the new metadata. A
	 * failure leaves the image as CRIU wrote it (its metadata unchanged).
	 */
	static ImageInfo compress(ImageLibrary library, Path dir, ImageInfo info, int level) throws IOException {
		List<ImageInfo.ImageFile> files = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		try {
			for (ImageInfo.ImageFile f : info.files()) {
				Path plain = dir.resolve(f.name());
				if (level <= 0 || f.stored() != null || !f.name().startsWith("pages-")) {
					files.add(f.stored() != null ? f : new ImageInfo.ImageFile(f.name(), f.size(), ImageLibrary.sha256(plain)));
					continue;
				}
				Path packed = dir.resolve(f.name() + SUFFIX);
				written.add(packed);
				MessageDigest digest = ImageLibrary.newDigest();
				try (InputStream in = Files.newInputStream(plain);
						OutputStream out = new ZstdOutputStream(new BufferedOutputStream(Files.newOutputStream(packed,
								StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 17), level)) {
					FileModes.privateFile(packed);
					byte[] buffer = new byte[1 << 17];
					for (int n; (n = in.read(buffer)) > 0;) {
						digest.update(buffer, 0, n);
						out.write(buffer, 0, n);
					}
				}
				files.add(new ImageInfo.ImageFile(f.name(), f.size(), HexFormat.of().formatHex(digest.digest()),
						packed.getFileName().toString(), Files.size(packed)));
			}
		} catch (IOException | RuntimeException e) {
			for (Path p : written) {
				Files.deleteIfExists(p);
			}
			throw e;
		}
		ImageInfo compressed = new ImageInfo(info.name(), info.pid(), info.pids(), info.command(), info.createdAt(),
				info.criuVersion(), info.criuFlags(), info.memoryPagesSize(), info.otherSize(), info.totalSize(), files);
		library.writeMeta(dir, compressed);
		for (ImageInfo.ImageFile f : files) { // only once the metadata names the compressed files
			if (f.stored() != null) {
				Files.deleteIfExists(dir.resolve(f.name()));
			}
		}
		return compressed;
	}

	/**
	 * Before a restore: expands the compressed files and checks every hashed file against its SHA-256. Answers the
	 * expanded files (to remove after the restore); refuses a damaged image naming the file, leaving nothing expanded.
	 */
	static List<Path> expand(Path dir, ImageInfo info) throws RequestException, IOException {
		List<Path> expanded = new ArrayList<>();
		try {
			for (ImageInfo.ImageFile f : info.files() == null ? List.<ImageInfo.ImageFile>of() : info.files()) {
				if (f.sha256() == null) {
					continue; // a migration's image: checked by the transfer, file by file
				}
				Path plain = dir.resolve(f.name());
				if (f.stored() == null) {
					check(info, f, Files.size(plain), ImageLibrary.sha256(plain));
					continue;
				}
				MessageDigest digest = ImageLibrary.newDigest();
				long size = 0;
				Files.deleteIfExists(plain); // an expansion a crash left behind
				expanded.add(plain);
				try (InputStream in = new ZstdInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(f.stored())),
						1 << 17));
						OutputStream out = Files.newOutputStream(plain, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
					FileModes.privateFile(plain);
					byte[] buffer = new byte[1 << 17];
					for (int n; (n = in.read(buffer)) > 0;) {
						digest.update(buffer, 0, n);
						out.write(buffer, 0, n);
						size += n;
						if (size > f.size()) {
							break; // more than it should hold: damaged, said below
						}
					}
				} catch (IOException | RuntimeException e) {
					throw damaged(info, f, "its compressed form " + f.stored() + " cannot be decompressed (" + e.getMessage() + ")");
				}
				check(info, f, size, HexFormat.of().formatHex(digest.digest()));
			}
		} catch (RequestException | IOException | RuntimeException e) {
			removeExpanded(expanded);
			throw e;
		}
		if (!expanded.isEmpty()) {
			LOG.info("image {}: expanded {} compressed file(s) before its restore, every SHA-256 matches", info.name(), expanded.size());
		}
		return expanded;
	}

	static void removeExpanded(List<Path> expanded) {
		for (Path p : expanded) {
			try {
				Files.deleteIfExists(p);
			} catch (IOException e) {
				LOG.warn("cannot remove the expanded file {}: {}", p, e.toString());
			}
		}
	}

	private static void check(ImageInfo info, ImageInfo.ImageFile f, long size, String sum) throws RequestException {
		if (size != f.size() || !sum.equals(f.sha256())) {
			throw damaged(info, f, "its content " + (size != f.size() ? "has " + size + " bytes, not " + f.size()
					: "has SHA-256 " + sum + ", not " + f.sha256() + " as when it was written"));
		}
	}

	private static RequestException damaged(ImageInfo info, ImageInfo.ImageFile f, String what) {
		return new RequestException(ErrorInfo.VERIFY_FAILED, "Image " + info.name() + " is damaged: the file " + f.name()
				+ (f.stored() != null ? " (stored as " + f.stored() + ")" : "") + " differs: " + what + ".",
				"Nothing was restored. Restore another image of the process, or delete this one ('delete-image "
						+ info.name() + "').");
	}
}

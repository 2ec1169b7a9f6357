package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Json;

/**
 * The node's checkpoint images: STATE/images/NAME, each with CRIU's files and {@code drover-image.json}.
 * Names are checked before any path is built from them, so no request can reach outside the library.
 */
public final class ImageLibrary {

	static final String META = "drover-image.json";
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

	private final Path root;
	private final ObjectMapper json = Json.newMapper();

	public ImageLibrary(Path root) {
		this.root = root;
	}

	public static String checkName(String name) throws RequestException {
		if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image name '" + name + "' is not allowed.",
					"Use letters, digits, '.', '_' and '-' only (no '/', no '..'); 'drover images HOST' lists the images.");
		}
		return name;
	}

	public Path dir(String name) throws RequestException {
		return root.resolve(checkName(name));
	}

	public Path existing(String name) throws RequestException {
		Path dir = dir(name);
		if (!Files.isRegularFile(dir.resolve(META))) {
			throw new RequestException(ErrorInfo.NO_SUCH_IMAGE, "There is no image '" + name + "' on this host.",
					"'drover images HOST' lists the images of a host.");
		}
		return dir;
	}

	public ImageInfo info(String name) throws RequestException, IOException {
		return json.readValue(existing(name).resolve(META).toFile(), ImageInfo.class);
	}

	public List<ImageInfo> list() throws IOException {
		List<ImageInfo> images = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return images;
		}
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
			for (Path dir : dirs) {
				Path meta = dir.resolve(META);
				if (Files.isRegularFile(meta)) {
					images.add(json.readValue(meta.toFile(), ImageInfo.class));
				}
			}
		}
		images.sort(Comparator.comparingLong(ImageInfo::createdAt));
		return images;
	}

	/** Writes the metadata that makes a directory of CRIU files an image, with sizes taken from disk. */
	public ImageInfo seal(Path dir, ImageInfo draft, boolean withHashes) throws IOException {
		List<ImageInfo.ImageFile> files = new ArrayList<>();
		long pages = 0;
		long other = 0;
		try (Stream<Path> list = Files.list(dir)) {
			for (Path file : list.sorted().toList()) {
				String fileName = file.getFileName().toString();
				if (fileName.equals(META) || !Files.isRegularFile(file)) {
					continue;
				}
				long size = Files.size(file);
				if (fileName.startsWith("pages-")) {
					pages += size;
				} else {
					other += size;
				}
				files.add(new ImageInfo.ImageFile(fileName, size, withHashes ? sha256(file) : null));
			}
		}
		ImageInfo info = new ImageInfo(dir.getFileName().toString(), draft.pid(), draft.pids(), draft.command(),
				draft.createdAt(), draft.criuVersion(), draft.criuFlags(), pages, other, pages + other, files);
		writeMeta(dir, info);
		return info;
	}

	/** Replaces an image's metadata at once (written beside, then moved over it). */
	void writeMeta(Path dir, ImageInfo info) throws IOException {
		Path tmp = dir.resolve(META + ".tmp");
		json.writeValue(tmp.toFile(), info);
		drover.agent.internal.auth.FileModes.privateFile(tmp);
		Files.move(tmp, dir.resolve(META), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public void delete(String name) throws RequestException, IOException {
		deleteTree(dir(name));
	}

	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	public Path root() {
		return root;
	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}

package drover.protocol;

import java.util.List;

/**
 * A checkpoint image in a host's image library: what was dumped (root PID, every PID of the tree, command),
 * when, by which CRIU, and its files. {@code memoryPagesSize} counts pages-*.img, {@code otherSize} the rest.
 */
public record ImageInfo(String name, int pid, List<Integer> pids, String command, long createdAt, String criuVersion,
		List<String> criuFlags, long memoryPagesSize, long otherSize, long totalSize, List<ImageFile> files) {

	/**
	 * One file of an image; {@code sha256} is set when the file was hashed. {@code size} and {@code sha256} are of
	 * its content as CRIU wrote it; a file kept compressed on disk is {@code stored} under another name ({@code
	 * NAME.zst}, zstd) taking {@code storedSize} bytes, and expanded (and checked against {@code sha256}) before a restore.
	 */
	public record ImageFile(String name, long size, String sha256, String stored, long storedSize) {

		public ImageFile(String name, long size, String sha256) {
			this(name, size, sha256, null, 0);
		}

		/** The name of the file on disk (and in a transfer). */
		public String onDisk() {
			return stored != null ? stored : name;
		}

		public long sizeOnDisk() {
			return stored != null ? storedSize : size;
		}
	}

	/** Bytes the image takes on disk (less than {@link #totalSize} when files are kept compressed). */
	public long storedSize() {
		return files == null ? totalSize : files.stream().mapToLong(ImageFile::sizeOnDisk).sum();
	}
}

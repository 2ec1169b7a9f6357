package drover.protocol;

import java.util.List;

/**
 * A checkpoint image in a host's image library: what was dumped (root PID, every PID of the tree, command),
 * when, by which CRIU, and its files. {@code memoryPagesSize} counts pages-*.img, {@code otherSize} the rest.
 */
public record ImageInfo(String name, int pid, List<Integer> pids, String command, long createdAt, String criuVersion,
		List<String> criuFlags, long memoryPagesSize, long otherSize, long totalSize, List<ImageFile> files) {

	/** One file of an image; {@code sha256} is set when the file was hashed. */
	public record ImageFile(String name, long size, String sha256) {
	}
}

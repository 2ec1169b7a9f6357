package drover.protocol;

import java.util.List;

/**
 * The outcome of {@code push-image}: the image copied agent to agent, each file's SHA-256 as computed on
 * both ends, bytes sent and how long it took; {@code wire}: how the memory pages went (raw, or zstd and why).
 */
public record PushResult(String image, String target, List<FileCheck> files, long bytes, long millis, String wire) {

	public PushResult(String image, String target, List<FileCheck> files, long bytes, long millis) {
		this(image, target, files, bytes, millis, null);
	}

	/**
	 * One file as it arrived. A {@code streamed} file (memory pages sent by CRIU's page server while it
	 * dumped) was never on the source's disk: it has no source hash and is checked by size against CRIU's
	 * count of pages written.
	 */
	public record FileCheck(String name, long size, String sourceSha256, String targetSha256, boolean streamed) {
		public boolean matches() {
			return streamed || (sourceSha256 != null && sourceSha256.equals(targetSha256));
		}
	}
}

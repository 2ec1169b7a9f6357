package drover.protocol;

import java.util.List;

/**
 * The outcome of {@code push-image}: the image copied agent to agent, each file's SHA-256 as computed on
 * both ends, bytes sent and how long it took.
 */
public record PushResult(String image, String target, List<FileCheck> files, long bytes, long millis) {

	public record FileCheck(String name, long size, String sourceSha256, String targetSha256) {
		public boolean matches() {
			return sourceSha256 != null && sourceSha256.equals(targetSha256);
		}
	}
}

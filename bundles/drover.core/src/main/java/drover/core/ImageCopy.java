package drover.core;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Preflight;
import drover.protocol.ProgressEvent;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.TargetPreflightRequest;

/**
 * An image of one host's library restored on another, later: pre-flight on the target first (nothing is copied
 * for a restore that cannot work; it reserves the image's room there, which caps the transfer), then the image goes
 * agent to agent (the target lets it in only while this side holds its {@code expect-image}, and checks it as
 * untrusted input), the SHA-256 of every file as read on the one and
 * as written on the other compared, then the restore. The copy on the target is removed afterwards unless kept; a
 * copy that failed its check or whose restore failed never stays.
 */
public final class ImageCopy {

	/** What was done: the image, its transfer, the restore, and whether the copy stays on the target. */
	public record Result(ImageInfo image, PushResult push, RestoreResult restore, boolean kept, long millis) {
	}

	private ImageCopy() {
	}

	public static Result restoreFrom(AgentConnection from, AgentConnection to, HostEntry target, String fingerprint,
			String name, boolean keep, Consumer<ProgressEvent> progress) throws IOException {
		long started = System.currentTimeMillis();
		String source = from.host().name();
		ImageInfo image = from.images().stream().filter(i -> i.name().equals(name)).findFirst()
				.orElseThrow(() -> new AgentException(ErrorInfo.NO_SUCH_IMAGE, "There is no image '" + name + "' on " + source
						+ ".", "'drover images " + source + "' lists its images."));
		PushResult push = copy(from, to, target, fingerprint, image, true, progress);
		RestoreResult restore;
		try {
			restore = to.restore(name);
		} catch (IOException e) {
			if (!keep) {
				removeQuietly(to, name);
			}
			throw e;
		}
		if (!keep) {
			to.deleteImage(name); // the image stays in the library of its own host
		}
		return new Result(image, push, restore, keep, System.currentTimeMillis() - started);
	}

	/**
	 * Copies the image into the target's library and leaves it there (the console's "Copy to"): the target lets it in
	 * only while {@code expect-image} is held, checks it as untrusted input and counts it against its quota; a copy
	 * whose SHA-256s differ is removed.
	 */
	public static PushResult copy(AgentConnection from, AgentConnection to, HostEntry target, String fingerprint, String name,
			Consumer<ProgressEvent> progress) throws IOException {
		ImageInfo image = from.images().stream().filter(i -> i.name().equals(name)).findFirst()
				.orElseThrow(() -> new AgentException(ErrorInfo.NO_SUCH_IMAGE, "There is no image '" + name + "' on "
						+ from.host().name() + ".", "'drover images " + from.host().name() + "' lists its images."));
		return copy(from, to, target, fingerprint, image, false, progress);
	}

	/**
	 * The permit first, then the target's pre-flight, which reserves the image's room for as long as the permit is
	 * held (and so caps the transfer), then the copy and its check. For a restore every refusal counts; for a copy
	 * into the library only the room does (the tree's PIDs may well be taken there: it is not restored).
	 */
	private static PushResult copy(AgentConnection from, AgentConnection to, HostEntry target, String fingerprint, ImageInfo image,
			boolean forRestore, Consumer<ProgressEvent> progress) throws IOException {
		String name = image.name();
		PushResult push;
		try (AutoCloseable permit = to.expectImage(name)) {
			// a copy into the library asks for room only: the tree's PIDs may well be taken there (it is not restored),
			// and a pre-flight that refuses on any ground reserves nothing
			Preflight room = to.preflightTarget(forRestore
					? new TargetPreflightRequest(image.pids(), image.totalSize(), image.memoryPagesSize(), false, List.of(), name)
					: new TargetPreflightRequest(List.of(), image.totalSize(), 0, false, List.of(), name));
			List<Preflight.Verdict> errors = room.verdicts().stream().filter(v -> Preflight.Verdict.ERROR.equals(v.severity()))
					.toList();
			if (!errors.isEmpty()) {
				throw new AgentException(ErrorInfo.REFUSED, "Image " + name + " cannot be " + (forRestore ? "restored" : "copied")
						+ " on " + target.name() + ": " + String.join("; ", errors.stream().map(Preflight.Verdict::reason).toList()) + ".",
						"Nothing was copied or changed. Free what the pre-flight names, or use another host.");
			}
			push = from.copyImage(name, target, fingerprint, progress);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(e.getMessage(), e);
		}
		for (PushResult.FileCheck file : push.files()) {
			if (!file.matches()) {
				removeQuietly(to, name);
				throw new AgentException(ErrorInfo.VERIFY_FAILED, "Image file " + file.name() + " of " + name + " differs on "
						+ target.name() + " (sha256 " + file.sourceSha256() + " on " + from.host().name() + ", "
						+ file.targetSha256() + " there).",
						"The copy was removed; nothing was restored. Check the link and the"
								+ " disks, then try again.");
			}
		}
		return push;
	}

	private static void removeQuietly(AgentConnection to, String name) {
		try {
			to.deleteImage(name);
		} catch (IOException e) {
			// said by the caller's error; 'drover images' shows what remains
		}
	}
}

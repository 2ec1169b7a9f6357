package drover.agent.internal.criu;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.ImageComposition;
import drover.protocol.ImageInfo;

/**
 * {@code images}, {@code delete-image IMAGE} and {@code image-composition IMAGE}: the library of checkpoint images on
 * this node, and what one is made of (also a migration's image, while the target still holds it).
 */
public final class ImageRequests {

	private final CriuNode node;

	public ImageRequests(CriuNode node) {
		this.node = node;
	}

	public List<ImageInfo> images() throws IOException {
		return node.library.list();
	}

	/** {@code image-composition IMAGE}: read from the image's own files ({@link ImageCompositionReader}). */
	public ImageComposition composition(Args args) throws RequestException, IOException {
		String name = args.positional(0, "an image name");
		java.nio.file.Path dir = node.library.dir(name);
		if (!java.nio.file.Files.isDirectory(dir)) {
			node.library.existing(name); // says there is no such image
		}
		ImageInfo info = java.nio.file.Files.isRegularFile(dir.resolve(ImageLibrary.META)) ? node.library.info(name) : null;
		try {
			return ImageCompositionReader.read(dir, info);
		} catch (IOException e) {
			throw new RequestException(drover.protocol.ErrorInfo.BAD_IMAGE, "Cannot read what image " + name + " is made of: "
					+ e.getMessage() + ".", "The image itself was not changed; a restore checks it again before CRIU reads it.");
		}
	}

	public Object deleteImage(Args args, Caller caller) throws RequestException, IOException {
		String name = args.positional(0, "an image name");
		return node.audit.audited(caller, "delete-image", List.of(name), r -> "deleted", () -> {
			if (!java.nio.file.Files.isDirectory(node.library.dir(name))) {
				node.library.existing(name); // says there is no such image
			}
			// a dump cut short (its agent died during it) left a directory without metadata: it goes too
			ImageLibrary.deleteTree(node.library.dir(name));
			node.postCopy.forget(name);
			node.reservations.release(name); // a migration's image gone: so is the room kept for it
			return Map.of("deleted", name);
		});
	}
}

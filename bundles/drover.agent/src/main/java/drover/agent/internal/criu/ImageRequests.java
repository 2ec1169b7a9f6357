package drover.agent.internal.criu;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.ImageInfo;

/** {@code images} and {@code delete-image IMAGE}: the library of checkpoint images on this node. */
public final class ImageRequests {

	private final CriuNode node;

	public ImageRequests(CriuNode node) {
		this.node = node;
	}

	public List<ImageInfo> images() throws IOException {
		return node.library.list();
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

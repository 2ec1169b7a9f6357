package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * The target's side of a transfer: a CRIU page server for pages streamed during the dump ({@code page-server}),
 * and the rest of the image on a channel's input ({@code receive-image}). Nothing becomes an image before all of
 * it arrived; the target ledger notes what arrived, so a source agent that restarts can ask.
 */
public final class ImageReceiver {

	private final CriuNode node;

	public ImageReceiver(CriuNode node) {
		this.node = node;
	}

	/** Target side of a streamed migration: a page server writing into the image's staging directory. */
	public Object pageServer(Args args, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		if (Files.exists(node.library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + node.hostName + ".", null);
		}
		Path staging = node.library.root().resolve(".incoming-" + name);
		ImageLibrary.deleteTree(staging);
		Files.createDirectories(staging);
		node.ledger.note(name, TargetLedger.State.INCOMING, 0, List.of(), false);
		int port = node.pageServers.start(node.criuPath(), name, staging);
		node.audit.record(caller.user(), caller.keyFingerprint(), "page-server", List.of(name), true, "loopback port " + port);
		return Map.of("image", name, "port", port);
	}

	/**
	 * Receives a whole image from another agent on the channel's input: per file a header line
	 * {@code NAME SIZE} and SIZE bytes, an empty line at the end. Files go to a staging directory that becomes
	 * the image only when everything arrived; answers each file's size and SHA-256 as written here.
	 */
	public Object receiveImage(Args args, InputStream in, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		boolean streamed = args.flag("--streamed");
		if (Files.exists(node.library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + node.hostName + ".", null);
		}
		Path staging = node.library.root().resolve(".incoming-" + name);
		if (!streamed) { // with a page stream, the staging directory holds the pages already
			ImageLibrary.deleteTree(staging);
		}
		Files.createDirectories(staging);
		node.ledger.note(name, TargetLedger.State.INCOMING, 0, List.of(), false);
		List<Map<String, Object>> files = new ArrayList<>();
		byte[] buffer = new byte[1 << 17];
		try {
			String header;
			while (!(header = readLine(in)).isEmpty()) {
				int space = header.lastIndexOf(' ');
				String file = ImageLibrary.checkName(header.substring(0, Math.max(0, space)));
				long size = Long.parseLong(header.substring(space + 1));
				MessageDigest digest = ImageLibrary.newDigest();
				long received = 0;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging.resolve(file)), digest)) {
					int n;
					while (received < size && (n = in.read(buffer, 0, (int) Math.min(buffer.length, size - received))) > 0) {
						out.write(buffer, 0, n);
						received += n;
					}
				}
				if (received != size) {
					throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The stream of " + file + " ended after " + received
							+ " of " + size + " bytes.", "The link or the sending agent failed; nothing was kept.");
				}
				files.add(Map.of("name", file, "bytes", received, "sha256", HexFormat.of().formatHex(digest.digest())));
			}
			if (!Files.isRegularFile(staging.resolve(ImageLibrary.META))) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Image " + name + " arrived without its metadata.", null);
			}
			if (streamed) {
				node.pageServers.awaitFinished(name);
				try (var list = Files.list(staging)) {
					for (Path file : list.sorted().toList()) {
						String fileName = file.getFileName().toString();
						if (files.stream().noneMatch(f -> f.get("name").equals(fileName))) {
							files.add(Map.of("name", fileName, "bytes", Files.size(file), "streamed", true));
						}
					}
				}
			}
			Files.move(staging, node.library.dir(name));
			if (streamed) { // the metadata came from the source, which never held the pages: sizes from here
				node.library.seal(node.library.dir(name), node.library.info(name), false);
			}
		} catch (RequestException | RuntimeException e) {
			ImageLibrary.deleteTree(staging);
			node.ledger.forget(name);
			node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw e;
		} catch (IOException e) {
			ImageLibrary.deleteTree(staging);
			node.ledger.forget(name);
			boolean full = String.valueOf(e.getMessage()).contains("No space left");
			node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw new RequestException(full ? ErrorInfo.NO_SPACE : ErrorInfo.TRANSFER_FAILED, "Cannot store image " + name
					+ " on " + node.hostName + ": " + e.getMessage(), full ? "Free disk space on " + node.hostName + "." : null);
		}
		node.ledger.note(name, TargetLedger.State.IMAGE, 0, node.library.info(name).pids(), false);
		node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), true, files.size() + " files");
		return Map.of("image", name, "files", files);
	}

	private static String readLine(InputStream in) throws IOException, RequestException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The image stream ended in the middle.",
						"The link or the sending agent failed; nothing was kept.");
			}
			if (line.length() > 300) {
				throw new RequestException(ErrorInfo.BAD_REQUEST, "Malformed image stream header.", null);
			}
			line.append((char) c);
		}
		return line.toString();
	}

}

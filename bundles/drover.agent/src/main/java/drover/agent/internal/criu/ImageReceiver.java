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
import drover.agent.internal.auth.FileModes;
import drover.protocol.ErrorInfo;

/**
 * The target's side of a transfer: a CRIU page server for pages streamed during the dump ({@code page-server}),
 * and the rest of the image on a channel's input ({@code receive-image}). Nothing becomes an image before all of
 * it arrived; the target ledger notes what arrived, so a source agent that restarts can ask.
 */
public final class ImageReceiver {

	private final CriuNode node;
	private final com.fasterxml.jackson.databind.ObjectMapper json = drover.protocol.Json.newMapper();

	public ImageReceiver(CriuNode node) {
		this.node = node;
	}

	/**
	 * Target side of a streamed migration, and its page channel: a page server writing into the image's staging
	 * directory, fed through this request's own SSH channel (raw bytes both ways, relayed to the socketpair CRIU
	 * holds). The request lasts as long as the pages flow; it ends with CRIU or with the channel.
	 */
	public Object pageServer(Args args, Caller caller, InputStream in, drover.agent.internal.RawChannel raw)
			throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		if (Files.exists(node.library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + node.hostName + ".", null);
		}
		Path staging = node.library.root().resolve(".incoming-" + name);
		ImageLibrary.deleteTree(staging);
		FileModes.privateDir(staging);
		node.ledger.note(name, TargetLedger.State.INCOMING, 0, List.of(), false);
		Path criu = node.criuPath();
		if (!Libc.available()) {
			throw PageSocket.unavailable();
		}
		node.pageServers.start(criu, name, staging, in, raw::take); // "ready" only once CRIU runs
		node.audit.record(caller.user(), caller.keyFingerprint(), "page-server", List.of(name), true,
				"page channel on this request's SSH channel (socketpair, nothing listens)");
		try {
			node.pageServers.awaitChannel(name, drover.protocol.Timeouts.CRIU.agent().toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return Map.of("image", name);
	}

	/**
	 * Receives a whole image from another agent on the channel's input: per file a header line
	 * {@code NAME SIZE} and SIZE bytes, an empty line at the end. Files go to a staging directory that becomes
	 * the image only when everything arrived; answers each file's size and SHA-256 as written here.
	 */
	public Object receiveImage(Args args, InputStream in, Caller caller) throws RequestException, IOException {
		String name = ImageLibrary.checkName(args.positional(0, "an image name"));
		boolean streamed = args.flag("--streamed");
		boolean intoLibrary = args.flag("--library");
		if (Files.exists(node.library.dir(name))) {
			throw new RequestException(ErrorInfo.BAD_IMAGE, "Image " + name + " exists already on " + node.hostName + ".", null);
		}
		Path staging = node.library.root().resolve(".incoming-" + name);
		if (!streamed) { // with a page stream, the staging directory holds the pages already
			ImageLibrary.deleteTree(staging);
		}
		FileModes.privateDir(staging);
		node.ledger.note(name, TargetLedger.State.INCOMING, 0, List.of(), false);
		List<Map<String, Object>> files = new ArrayList<>();
		byte[] buffer = new byte[1 << 17];
		try {
			long allowance = allowance(staging);
			TransferHeader header;
			while ((header = TransferHeader.parse(TransferHeader.readLine(in), allowance)) != null) {
				String file = header.name();
				long size = header.size();
				if (intoLibrary) { // a copy into the library counts against its quota; a migration's image is transient
					node.retention.checkRoom(files.stream().mapToLong(f -> (Long) f.get("bytes")).sum() + size, "Image " + name);
				}
				long free = Files.getFileStore(staging).getUsableSpace();
				if (size > free) { // said before writing, so the disk is not filled to the last byte first
					throw new IOException("No space left on device for " + file + " (" + size + " bytes, " + free + " free)");
				}
				MessageDigest digest = ImageLibrary.newDigest();
				long received = 0;
				// CREATE_NEW: a name sent twice (or one the page server wrote) cannot overwrite, nor follow a link
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging.resolve(file),
						java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), digest)) {
					FileModes.privateFile(staging.resolve(file));
					int n;
					while (received < size && (n = in.read(buffer, 0, (int) Math.min(buffer.length, size - received))) > 0) {
						out.write(buffer, 0, n);
						received += n;
					}
				} catch (java.nio.file.FileAlreadyExistsException e) {
					throw new RequestException(ErrorInfo.UNTRUSTED_IMAGE, "Image " + name + ": the file " + file + " came twice.",
							"Nothing was kept. Only a Drover agent's push sends this stream.");
				}
				if (received != size) {
					throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The stream of " + file + " ended after " + received
							+ " of " + size + " bytes.", "The link or the sending agent failed; nothing was kept.");
				}
				allowance -= size;
				files.add(Map.of("name", file, "bytes", received, "sha256", HexFormat.of().formatHex(digest.digest())));
			}
			if (!Files.isRegularFile(staging.resolve(ImageLibrary.META))) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Image " + name + " arrived without its metadata.", null);
			}
			// what arrived is checked as the restore will check it, before it becomes an image
			drover.protocol.ImageInfo meta = json.readValue(staging.resolve(ImageLibrary.META).toFile(), drover.protocol.ImageInfo.class);
			UntrustedImage.check(staging, meta);
			expandWireFiles(name, staging, meta);
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
		if (args.flag("--library")) { // an image for the library, no migration's: nothing for a recovery to settle
			node.ledger.forget(name);
		} else {
			node.ledger.note(name, TargetLedger.State.IMAGE, 0, node.library.info(name).pids(), false);
		}
		node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), true, files.size() + " files");
		return Map.of("image", name, "files", files);
	}

	/**
	 * Pages a migration's source sent compressed for the wire ({@code NAME.zst} where the metadata lists NAME) are
	 * expanded here, to exactly the size the metadata gives, before the image is whole.
	 */
	private static void expandWireFiles(String image, Path staging, drover.protocol.ImageInfo meta) throws RequestException,
			IOException {
		for (drover.protocol.ImageInfo.ImageFile f : meta.files() == null ? List.<drover.protocol.ImageInfo.ImageFile>of() : meta.files()) {
			Path packed = staging.resolve(f.name() + ImageCompression.SUFFIX);
			Path plain = staging.resolve(f.name());
			if (f.stored() != null || Files.exists(plain) || !Files.isRegularFile(packed)) {
				continue;
			}
			long size = 0;
			try (InputStream in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(packed));
					OutputStream out = Files.newOutputStream(plain, java.nio.file.StandardOpenOption.CREATE_NEW,
							java.nio.file.StandardOpenOption.WRITE)) {
				FileModes.privateFile(plain);
				byte[] buffer = new byte[1 << 17];
				for (int n; (n = in.read(buffer)) > 0 && size <= f.size();) {
					out.write(buffer, 0, n);
					size += n;
				}
			} catch (IOException | RuntimeException e) {
				throw new RequestException(ErrorInfo.VERIFY_FAILED, "Image " + image + ": " + packed.getFileName() + " cannot be"
						+ " decompressed (" + e.getMessage() + ").", "Nothing was kept. The link or the sending agent failed.");
			}
			if (size != f.size()) {
				throw new RequestException(ErrorInfo.VERIFY_FAILED, "Image " + image + ": " + f.name() + " expands to " + size
						+ " bytes, its metadata says " + f.size() + ".", "Nothing was kept. The sending agent sent a damaged file.");
			}
			Files.delete(packed);
		}
	}

	/**
	 * How many bytes one transfer may bring: the configured cap (-Ddrover.agent.maxImageBytes, 64 GiB by default);
	 * each file is also checked against the free disk before it is written. The pages a page server writes during a
	 * streamed dump are CRIU's, and counted by the disk alone.
	 */
	private static long allowance(Path staging) {
		return Long.getLong("drover.agent.maxImageBytes", 64L << 30);
	}

}

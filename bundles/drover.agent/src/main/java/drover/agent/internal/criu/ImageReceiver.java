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
		DiskReservations.Reservation reservation = node.reservations.use(name);
		try {
			Cap cap = cap(name, reservation, caller, 0);
			node.pageServers.start(criu, name, staging, in, raw::take); // "ready" only once CRIU runs
			node.audit.record(caller.user(), caller.keyFingerprint(), "page-server", List.of(name), true,
					"page channel on this request's SSH channel (socketpair, nothing listens)");
			// CRIU writes the pages, so the cap is kept by watching what it wrote: beyond it, the page server stops
			java.util.concurrent.atomic.AtomicLong over = new java.util.concurrent.atomic.AtomicLong(-1);
			Thread watch = Thread.ofVirtual().start(() -> {
				try {
					while (node.pageServers.active(name)) {
						long onDisk = sizeOf(staging);
						if (onDisk > cap.total()) {
							over.set(onDisk);
							node.pageServers.stop(name);
							return;
						}
						Thread.sleep(200);
					}
				} catch (IOException | InterruptedException e) {
					// the staging directory went with a rollback, or the request ended
				}
			});
			try {
				node.pageServers.awaitChannel(name, drover.protocol.Timeouts.CRIU.agent().toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				watch.interrupt();
			}
			if (over.get() >= 0) {
				ImageLibrary.deleteTree(staging);
				node.ledger.forget(name);
				node.reservations.release(name);
				node.audit.record(caller.user(), caller.keyFingerprint(), "page-server", List.of(name), false, "stopped: "
						+ over.get() + " bytes of pages, more than the " + cap.total() + " its transfer may bring");
				cap.check(name, over.get());
			}
		} catch (RequestException e) {
			ImageLibrary.deleteTree(staging);
			node.ledger.forget(name);
			throw e;
		} finally {
			node.reservations.done(reservation);
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
		DiskReservations.Reservation reservation = node.reservations.use(name);
		try {
			Cap cap = cap(name, reservation, caller, streamed ? sizeOf(staging) : 0);
			long allowance = cap.allowance;
			TransferHeader header;
			while ((header = TransferHeader.parse(TransferHeader.readLine(in), allowance, cap.hint)) != null) {
				String file = header.name();
				long size = header.size();
				if (intoLibrary) { // a copy into the library counts against its quota; a migration's image is transient
					node.retention.checkRoom(files.stream().mapToLong(f -> (Long) f.get("bytes")).sum() + size, "Image " + name);
				}
				// room others reserved is theirs: a transfer without a reservation of its own may not take it
				long free = Files.getFileStore(staging).getUsableSpace() - (reservation == null ? node.reservations.owedExcept(name) : 0);
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
						if (reservation != null) {
							reservation.written.addAndGet(n);
						}
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
			expandWireFiles(name, staging, meta, cap.total - sizeOf(staging), cap.hint);
			if (streamed) {
				node.pageServers.awaitFinished(name);
				cap.check(name, sizeOf(staging)); // the page server's last pages count too
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
			node.reservations.release(name); // the transfer failed, and with it this migration here
			node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw e;
		} catch (IOException e) {
			ImageLibrary.deleteTree(staging);
			node.ledger.forget(name);
			node.reservations.release(name);
			boolean full = String.valueOf(e.getMessage()).contains("No space left");
			node.audit.record(caller.user(), caller.keyFingerprint(), "receive-image", List.of(name), false, e.getMessage());
			throw new RequestException(full ? ErrorInfo.NO_SPACE : ErrorInfo.TRANSFER_FAILED, "Cannot store image " + name
					+ " on " + node.hostName + ": " + e.getMessage(), full ? "Free disk space on " + node.hostName + "." : null);
		} finally {
			node.reservations.done(reservation);
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
	private static void expandWireFiles(String image, Path staging, drover.protocol.ImageInfo meta, long allowance, String capHint)
			throws RequestException, IOException {
		long expanded = 0; // what the expansions add to the image beyond the packed files they replace
		for (drover.protocol.ImageInfo.ImageFile f : meta.files() == null ? List.<drover.protocol.ImageInfo.ImageFile>of() : meta.files()) {
			Path packed = staging.resolve(f.name() + ImageCompression.SUFFIX);
			if (f.stored() == null && !Files.exists(staging.resolve(f.name())) && Files.isRegularFile(packed)) {
				expanded += Math.max(0, f.size() - Files.size(packed));
			}
		}
		if (expanded > allowance) { // said before a byte is expanded: the metadata's sizes are what the expansion may reach
			throw new RequestException(ErrorInfo.TOO_LARGE, "Image " + image + " expands to " + expanded + " bytes more than"
					+ " arrived, beyond what this transfer may bring (" + Math.max(0, allowance) + " bytes left).", capHint);
		}
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

	/** How many bytes a transfer may bring, and what to do when it brings more. */
	private record Cap(long total, long allowance, String hint) {

		/** Refuses an image that already holds more than the cap (pages a page server wrote). */
		void check(String name, long onDisk) throws RequestException {
			if (onDisk > total) {
				throw new RequestException(ErrorInfo.TOO_LARGE, "Image " + name + " holds " + onDisk + " bytes, more than its"
						+ " transfer may bring (" + total + " bytes).", hint);
			}
		}
	}

	/**
	 * How many bytes one transfer may bring: what the target's pre-flight reserved for it ({@link DiskReservations}),
	 * less the pages a page server already wrote for it during a streamed dump, and never more than the configured
	 * cap (-Ddrover.agent.maxImageBytes, 64 GiB by default); each file is also checked against the free disk before
	 * it is written. Another agent's key gets nothing without a reservation: the source's pre-flight reserves the
	 * room while it holds the migration's incoming slot, so a transfer nobody reserved is one nobody planned. An
	 * operator sending an image by hand is capped by the configured cap alone.
	 */
	private Cap cap(String name, DiskReservations.Reservation reservation, Caller caller, long streamed) throws RequestException {
		long max = Long.getLong("drover.agent.maxImageBytes", 64L << 30);
		String maxHint = "Nothing was kept. Raise the target's cap (-Ddrover.agent.maxImageBytes) if images this large are expected.";
		if (reservation == null) {
			if (caller.role() == drover.agent.internal.auth.Role.NODE) {
				throw new RequestException(ErrorInfo.TOO_LARGE, "No room was reserved on " + node.hostName + " for " + name
						+ ": its transfer is refused (another agent may send only what this target's pre-flight reserved for"
						+ " the migration).",
						"Nothing was kept. Migrate again: the source's pre-flight reserves the room"
								+ " ('preflight-target ... --reserve " + name + "' while it holds the incoming slot); a source"
								+ " agent that does not is older than this one: upgrade it.");
			}
			return new Cap(max, max, maxHint);
		}
		reservation.written.set(streamed);
		Cap cap = reservation.bytes() >= max ? new Cap(max, max - streamed, maxHint) : new Cap(reservation.bytes(),
				reservation.bytes() - streamed, "Nothing was kept. The pre-flight reserved " + reservation.bytes()
						+ " bytes for " + name + " (the tree's estimate and a margin), and this transfer brings more: the tree grew"
						+ " after its pre-flight, or the source sent what it did not announce. Migrate again (the new pre-flight"
						+ " reserves for the tree as it is now).");
		cap.check(name, streamed);
		return cap;
	}

	private static long sizeOf(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (var list = Files.list(dir)) {
			long sum = 0;
			for (Path file : list.toList()) {
				sum += Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
			}
			return sum;
		}
	}

}

package drover.agent.internal.criu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import drover.agent.internal.ssh.SshTuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Json;
import drover.protocol.PushResult;

/**
 * Sends an image to another agent, agent to agent over SSH: this node logs in with its node key (which the
 * target lists in its authorized_keys) and accepts only the target host key the operator has pinned (its
 * fingerprint comes with the request). The whole image goes through one exec channel ({@code receive-image});
 * SHA-256 of every file is computed on the bytes read here and on the bytes written there.
 */
public final class PeerPusher implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);
	private static final Duration FILE_TIMEOUT = Duration.ofMinutes(30);

	/** The fingerprint (SHA256:...) of the host key the target must present. */
	private static final org.apache.sshd.common.AttributeRepository.AttributeKey<String> PINNED =
			new org.apache.sshd.common.AttributeRepository.AttributeKey<>();

	private final KeyPair nodeKey;
	private final ObjectMapper json = Json.newMapper();
	private SshClient client;

	public PeerPusher(KeyPair nodeKey) {
		this.nodeKey = nodeKey;
	}

	private synchronized SshClient client() {
		if (client == null) {
			client = SshClient.setUpDefaultClient();
			SshTuning.apply(client);
			// The pinned key travels as the connection context, so it is checked during the key exchange, before this
			// node's key is offered to anybody (a verifier set on the session after connect() could come too late).
			client.setServerKeyVerifier((session, remote, key) -> {
				String pinned = session.getConnectionContext() == null ? null : session.getConnectionContext().getAttribute(PINNED);
				return pinned != null && KeyUtils.getFingerPrint(key).equals(pinned);
			});
			// No forward either way: memory pages travel on page channels (see openPageChannel)
			client.setForwardingFilter(org.apache.sshd.server.forward.RejectAllForwardingFilter.INSTANCE);
			client.start();
		}
		return client;
	}

	/** An authenticated session to another agent, checked against the pinned host key. */
	private ClientSession open(String target, String fingerprint, String user) throws IOException, RequestException {
		int colon = target.lastIndexOf(':');
		if (colon <= 0) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "Target '" + target + "' is not ADDRESS:PORT.", null);
		}
		if (fingerprint == null || !fingerprint.startsWith("SHA256:")) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "No pinned host key (SHA256:...) for " + target + ".",
					"The agent talks only to agents whose host key the operator pinned ('drover hosts trust').");
		}
		int port;
		try {
			port = Integer.parseInt(target.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "Target '" + target + "' is not ADDRESS:PORT.", null);
		}
		ClientSession session;
		try {
			session = client().connect(user, target.substring(0, colon), port,
					org.apache.sshd.common.AttributeRepository.ofKeyValuePair(PINNED, fingerprint)).verify(TIMEOUT).getSession();
		} catch (IOException | RuntimeException e) {
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Cannot reach the target agent at " + target + ": "
					+ e.getMessage(), "Check the address, and that the target presents the pinned host key " + fingerprint + ".");
		}
		session.addPublicKeyIdentity(nodeKey);
		try {
			session.auth().verify(TIMEOUT);
		} catch (IOException e) {
			session.close(true);
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The target agent at " + target + " did not accept this"
					+ " node (" + e.getMessage() + ").", "The target must list this node's key (see 'hello': nodeKey)"
							+ " in its authorized_keys, and present the host key pinned for it (" + fingerprint + ").");
		}
		return session;
	}

	/** A page channel to the target: its session, and the socket whose relay it feeds. Closing it cuts both. */
	public record PageStream(ClientSession session, PageSocket socket) implements AutoCloseable {

		/** Waits (at most {@code millis}) until the relay ended by itself, i.e. CRIU here and there said goodbye. */
		public void settle(long millis) {
			try {
				socket.await(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() {
			socket.cut();
			session.close(false);
		}
	}

	/**
	 * Asks the target to run a CRIU page server for {@code image}, fed through this request's own SSH channel, and
	 * relays {@code socket} (whose other end this node's CRIU dump gets) to that channel.
	 */
	public PageStream openPageStream(String image, String target, String fingerprint, String user, PageSocket socket)
			throws RequestException, IOException {
		ClientSession session = open(target, fingerprint, user);
		try {
			openPageChannel(session, drover.protocol.Protocol.PAGE_SERVER + " " + image, image, target, socket);
			return new PageStream(session, socket);
		} catch (IOException | RequestException | RuntimeException e) {
			session.close(true);
			throw e;
		}
	}

	/**
	 * Opens the page channel of a post-copy migration: the target's lazy-pages daemon will fetch pages through it
	 * from this node's CRIU, which holds the other end of {@code socket}. Closing the result cuts the channel.
	 */
	public AutoCloseable openLazyLink(String image, String target, String fingerprint, String user, PageSocket socket)
			throws RequestException, IOException {
		ClientSession session = open(target, fingerprint, user);
		try {
			openPageChannel(session, drover.protocol.Protocol.LAZY_SOURCE + " " + image, image, target, socket);
			return new PageStream(session, socket);
		} catch (IOException | RequestException | RuntimeException e) {
			session.close(true);
			throw e;
		}
	}

	/**
	 * An exec channel that carries raw page traffic once the target says it is ready (a line on stderr), relayed
	 * to {@code socket}. A target that refuses answers an envelope on stdout instead, which becomes the exception.
	 */
	private void openPageChannel(ClientSession session, String line, String image, String target, PageSocket socket)
			throws IOException, RequestException {
		ChannelExec channel = session.createExecChannel(line);
		channel.open().verify(TIMEOUT);
		var timer = java.util.concurrent.CompletableFuture.delayedExecutor(TIMEOUT.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
		var ready = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.CompletableFuture.runAsync(() -> {
			if (!ready.get()) {
				channel.close(true); // no answer in time: the read below ends
			}
		}, timer);
		InputStream err = channel.getInvertedErr();
		java.io.ByteArrayOutputStream lineBytes = new java.io.ByteArrayOutputStream();
		int b;
		String said = null;
		while ((b = err.read()) >= 0) { // byte by byte: nothing after the ready line may be taken from the stream
			if (b != '\n') {
				lineBytes.write(b);
				continue;
			}
			String text = lineBytes.toString(java.nio.charset.StandardCharsets.UTF_8);
			lineBytes.reset();
			if (text.equals(drover.agent.internal.RawChannel.READY)) {
				said = text;
				break;
			}
		}
		if (said == null) {
			byte[] answer = channel.getInvertedOut().readAllBytes();
			channel.close(true);
			if (answer.length == 0) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The target " + target + " did not open the page channel for "
						+ image + ".", "Check the target agent's log.");
			}
			JsonNode envelope = json.readTree(answer);
			JsonNode error = envelope.path("error");
			throw new RequestException(error.path("code").asText(ErrorInfo.TRANSFER_FAILED), "The target " + target
					+ " refused the page channel for " + image + ": " + error.path("message").asText(), error.path("hint").asText(null));
		}
		ready.set(true);
		Thread.ofVirtual().start(() -> {
			try {
				err.transferTo(java.io.OutputStream.nullOutputStream()); // a failure's line; the target's log has it too
			} catch (IOException e) {
				// closed
			}
		});
		socket.relay(channel.getInvertedOut(), channel.getInvertedIn(), image, () -> channel.close(false));
	}

	/**
	 * Sends the image's files; {@code streamed}: its pages went ahead through a page stream and are on the
	 * target already, which then reports them too (size only: they were never on this node's disk).
	 */
	public PushResult push(ImageLibrary library, ImageInfo image, String target, String fingerprint, String user,
			boolean streamed, Consumer<String> progress) throws RequestException, IOException {
		return push(library, image, target, fingerprint, user, streamed, false, progress);
	}

	/** {@code library}: a copy into the target's image library, not a migration's step (the target expects it). */
	public PushResult push(ImageLibrary library, ImageInfo image, String target, String fingerprint, String user,
			boolean streamed, boolean intoLibrary, Consumer<String> progress) throws RequestException, IOException {
		long started = System.nanoTime();
		long total = image.storedSize();
		long[] sent = { 0 };
		long[] sending = { 0 };
		List<Path> packedFiles = new ArrayList<>();
		WireCompression.Decision wire = WireCompression.Decision.RAW;
		List<PushResult.FileCheck> checks = new ArrayList<>();
		try (ClientSession session = open(target, fingerprint, user)) {
			Path dir = library.existing(image.name());
			// as stored: a compressed library image travels compressed; a migration's pages, if the link is slow enough
			wire = streamed || intoLibrary ? WireCompression.Decision.RAW : WireCompression.decide(target, dir, image);
			List<String> names = new ArrayList<>(image.files().stream().map(ImageInfo.ImageFile::onDisk).toList());
			if (wire.level() > 0) {
				for (int i = 0; i < names.size(); i++) {
					String name = names.get(i);
					if (name.startsWith("pages-") && !name.endsWith(ImageCompression.SUFFIX)) {
						Path packed = dir.resolve(".wire-" + name + ImageCompression.SUFFIX);
						packedFiles.add(packed);
						try (InputStream in = Files.newInputStream(dir.resolve(name));
								java.io.OutputStream out = new com.github.luben.zstd.ZstdOutputStream(new java.io.BufferedOutputStream(
										Files.newOutputStream(packed), 1 << 17), WireCompression.LEVEL)) {
							in.transferTo(out);
						}
						names.set(i, name + ImageCompression.SUFFIX); // the target expands it before the image is whole
					}
				}
			}
			names.add(ImageLibrary.META); // last: an image is complete on the target only once its metadata is there
			List<String> sourceSums = new ArrayList<>();
			// One channel for the whole image: per file a header line "NAME SIZE" and the bytes; an empty line ends it.
			JsonNode answer = exec(session, "receive-image " + image.name() + (streamed ? " --streamed" : "")
					+ (intoLibrary ? " --library" : ""), remote -> {
				byte[] buffer = new byte[1 << 17];
				long lastReport = 0;
				for (String name : names) {
					Path packed = dir.resolve(".wire-" + name);
					Path file = packedFiles.contains(packed) ? packed : dir.resolve(name);
					long size = Files.size(file);
					remote.write((name + " " + size + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
					MessageDigest digest = ImageLibrary.newDigest();
					try (InputStream in = Files.newInputStream(file)) {
						int n;
						while ((n = in.read(buffer)) > 0) {
							long before = System.nanoTime();
							remote.write(buffer, 0, n);
							sending[0] += System.nanoTime() - before;
							digest.update(buffer, 0, n);
							sent[0] += n;
							long now = System.nanoTime();
							if (now - lastReport > 200_000_000L) {
								lastReport = now;
								progress.accept(progressEvent(sent[0], total, started));
							}
						}
					}
					sourceSums.add(HexFormat.of().formatHex(digest.digest()));
				}
				remote.write('\n');
			}, target);
			progress.accept(progressEvent(sent[0], total, started));
			for (JsonNode there : answer.path("files")) {
				String name = there.path("name").asText();
				int sentIndex = names.indexOf(name);
				checks.add(new PushResult.FileCheck(name, there.path("bytes").asLong(),
						sentIndex >= 0 ? sourceSums.get(sentIndex) : null, there.path("sha256").asText(null),
						there.path("streamed").asBoolean()));
			}
			for (String name : names) {
				if (checks.stream().noneMatch(c -> c.name().equals(name))) {
					checks.add(new PushResult.FileCheck(name, 0, sourceSums.get(names.indexOf(name)), null, false));
				}
			}
		} catch (IOException e) {
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Sending image " + image.name() + " to " + target
					+ " failed after " + sent[0] + " of " + total + " bytes: " + e.getMessage(),
					"Check the link and the target agent; nothing was restored there.");
		} finally {
			deleteAll(packedFiles); // the compressed copies for the wire only
		}
		WireCompression.measured(target, sent[0], sending[0] / 1_000_000);
		return new PushResult(image.name(), target, checks, sent[0], (System.nanoTime() - started) / 1_000_000, wire.why());
	}

	/**
	 * Measures the link to another agent: sends it {@code bytes} through an exec channel as an image would go
	 * ({@code probe-sink}) and answers the throughput in bytes per millisecond, from the first byte sent to its answer.
	 */
	public double probe(String target, String fingerprint, String user, long bytes) throws IOException, RequestException {
		try (ClientSession session = open(target, fingerprint, user)) {
			byte[] chunk = new byte[1 << 17];
			new java.util.Random(bytes).nextBytes(chunk); // SSH does not compress here, but a link might
			long started = System.nanoTime();
			exec(session, drover.protocol.Protocol.PROBE_SINK + " " + bytes, remote -> {
				for (long left = bytes; left > 0; left -= chunk.length) {
					remote.write(chunk, 0, (int) Math.min(chunk.length, left));
				}
			}, target);
			long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
			return (double) bytes / millis;
		}
	}

	private static void deleteAll(List<Path> files) {
		for (Path p : files) {
			try {
				Files.deleteIfExists(p);
			} catch (IOException e) {
				// a temporary file in the image's directory: it goes with the image
			}
		}
	}

	private interface Writer {
		void writeTo(java.io.OutputStream remote) throws IOException;
	}

	private static String progressEvent(long bytes, long total, long started) {
		return drover.protocol.Json.toJson(drover.protocol.ProgressEvent.transfer(bytes, total, (System.nanoTime() - started) / 1_000_000));
	}

	private JsonNode exec(ClientSession session, String line, Writer writer, String target)
			throws IOException, RequestException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		IOException writeFailure = null;
		try (ChannelExec channel = session.createExecChannel(line)) {
			channel.setOut(out);
			channel.setErr(new ByteArrayOutputStream());
			channel.open().verify(TIMEOUT);
			// write straight into the channel (SSHD's own input pump polls, which costs ~100 ms per file)
			try (java.io.OutputStream remote = new java.io.BufferedOutputStream(channel.getInvertedIn(), 1 << 17)) {
				writer.writeTo(remote);
			} catch (IOException e) {
				// The target may have stopped reading because it failed (disk full...): its answer says why.
				writeFailure = e;
			}
			var events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), writeFailure == null ? FILE_TIMEOUT : TIMEOUT);
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				throw writeFailure != null ? writeFailure : new IOException("the target did not finish '" + line + "' in time");
			}
		}
		if (out.size() == 0) {
			throw writeFailure != null ? writeFailure
					: new IOException("the target closed '" + line + "' without an answer (agent stopped?)");
		}
		JsonNode envelope = json.readTree(out.toByteArray());
		if (!envelope.path("ok").asBoolean()) {
			JsonNode error = envelope.path("error");
			throw new RequestException(error.path("code").asText(ErrorInfo.TRANSFER_FAILED),
					"The target " + target + " failed: " + error.path("message").asText(), error.path("hint").asText(null));
		}
		// An answer "ok" means the target read all it needed (an image's files are checked by size there): a failure
		// to write here then only met a channel the target had closed already (a short request answered at once).
		return envelope.path("result");
	}

	@Override
	public synchronized void close() throws IOException {
		if (client != null) {
			client.stop();
		}
	}
}

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
	private static final org.apache.sshd.common.AttributeRepository.AttributeKey<String> PINNED = new org.apache.sshd.common.AttributeRepository.AttributeKey<>();

	/** Sent through a session opened ahead, so that both agents' data paths are compiled before a tree is frozen. */
	static final long WARM_BYTES = Long.getLong("drover.agent.peerWarmBytes", 16L << 20);

	private final KeyPair nodeKey;
	private final ObjectMapper json = Json.newMapper();
	private final PeerSessions sessions = new PeerSessions(key -> open(key.target(), key.fingerprint(), key.user()));
	/** Sessions being prepared for a migration (by its ID), which its dump waits for before it freezes anything. */
	private final java.util.Map<String, java.util.concurrent.CompletableFuture<ClientSession>> prepared = new java.util.concurrent.ConcurrentHashMap<>();
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
					+ " node (" + e.getMessage() + ").",
					"The target must list this node's key (see 'hello': nodeKey)"
							+ " in its authorized_keys, and present the host key pinned for it (" + fingerprint + ").");
		}
		return session;
	}

	/**
	 * Opens (or finds in the pool) the session migration {@code id} will use to reach {@code target}, while its
	 * pre-flight runs: no key exchange or authentication then happens while the tree is frozen. A session opened
	 * here first carries {@link #WARM_BYTES} to the target's {@code probe-sink}, which compiles both agents' data
	 * paths (cipher, hashing, channel windows) on a fresh agent and measures the link for {@link WireCompression}.
	 */
	public void prepare(String id, String target, String fingerprint, String user) {
		if (target == null || fingerprint == null || !fingerprint.startsWith("SHA256:")) {
			return; // the migration's own steps say what is wrong
		}
		PeerSessions.Key key = new PeerSessions.Key(target, fingerprint, user == null ? "drover" : user);
		prepared.put(id, sessions.prepare(key, k -> {
			ClientSession session = open(k.target(), k.fingerprint(), k.user());
			if (WARM_BYTES > 0) {
				try { // the first half compiles, the second measures (from its first byte to the target's answer)
					sink(session, WARM_BYTES / 2, k.target());
					long started = System.nanoTime();
					sink(session, WARM_BYTES / 2, k.target());
					WireCompression.measured(k.target(), WARM_BYTES / 2, (System.nanoTime() - started) / 1_000_000);
				} catch (IOException | RequestException e) { // only a warm-up: the session itself is fine
					org.slf4j.LoggerFactory.getLogger(PeerPusher.class).info("warming the link to {} failed: {}", k.target(), e.toString());
				}
			}
			return session;
		}));
	}

	/** Waits (bounded) until the session prepared for migration {@code id} is ready; nothing to wait for is fine. */
	public void awaitPrepared(String id) {
		var ready = id == null ? null : prepared.remove(id);
		if (ready != null) {
			try {
				ready.get(TIMEOUT.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				// the step that needs the session opens one itself, and says why it cannot
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Forgets what was prepared for migration {@code id} (it ended); the session stays pooled. */
	public void forget(String id) {
		prepared.remove(id);
	}

	/** How many sessions to other agents are pooled now. */
	public int pooledSessions() {
		return sessions.size();
	}

	/** An exec channel opened on a leased session; closing it ends the channel and gives the session back. */
	private record Opened(PeerSessions.Lease lease, ChannelExec channel) implements AutoCloseable {
		@Override
		public void close() {
			try {
				channel.close(false);
			} finally {
				if (lease != null) {
					lease.close();
				}
			}
		}
	}

	/**
	 * Opens an exec channel for {@code line} on a pooled session. A pooled session that turns out dead (the target
	 * restarted since, a link that broke while idle) is discarded and the channel opened once on a new session:
	 * nothing was sent on it, so nothing is repeated.
	 */
	private Opened channel(String target, String fingerprint, String user, boolean bulk, String line,
			java.util.function.Consumer<ChannelExec> setUp) throws IOException, RequestException {
		PeerSessions.Key key = new PeerSessions.Key(target, fingerprint, user == null ? "drover" : user);
		for (int attempt = 0;; attempt++) {
			PeerSessions.Lease lease = sessions.lease(key, bulk);
			try {
				ChannelExec channel = lease.session.createExecChannel(line);
				setUp.accept(channel);
				channel.open().verify(TIMEOUT);
				return new Opened(lease, channel);
			} catch (IOException | RuntimeException e) {
				lease.discard();
				if (!lease.reused || attempt > 0) {
					throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
				}
				org.slf4j.LoggerFactory.getLogger(PeerPusher.class).info("pooled session to {} is dead ({}): opening a new one",
						target, e.toString());
			}
		}
	}

	/** A page channel to the target: its exec channel, and the socket whose relay it feeds. Closing it cuts both. */
	public record PageStream(AutoCloseable channel, PageSocket socket) implements AutoCloseable {

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
			try {
				channel.close(); // the channel, not the session: that stays pooled for the next migration
			} catch (Exception e) {
				// closed already
			}
		}
	}

	/**
	 * Asks the target to run a CRIU page server for {@code image}, fed through this request's own SSH channel, and
	 * relays {@code socket} (whose other end this node's CRIU dump gets) to that channel.
	 */
	public PageStream openPageStream(String image, String target, String fingerprint, String user, PageSocket socket)
			throws RequestException, IOException {
		return openPageChannel(target, fingerprint, user, drover.protocol.Protocol.PAGE_SERVER + " " + image, image, socket);
	}

	/**
	 * Opens the page channel of a post-copy migration: the target's lazy-pages daemon will fetch pages through it
	 * from this node's CRIU, which holds the other end of {@code socket}. Closing the result cuts the channel.
	 */
	public AutoCloseable openLazyLink(String image, String target, String fingerprint, String user, PageSocket socket)
			throws RequestException, IOException {
		return openPageChannel(target, fingerprint, user, drover.protocol.Protocol.LAZY_SOURCE + " " + image, image, socket);
	}

	/**
	 * An exec channel that carries raw page traffic once the target says it is ready (a line on stderr), relayed
	 * to {@code socket}. A target that refuses answers an envelope on stdout instead, which becomes the exception.
	 */
	private PageStream openPageChannel(String target, String fingerprint, String user, String line, String image,
			PageSocket socket) throws IOException, RequestException {
		Opened opened = channel(target, fingerprint, user, true, line, c -> {
		});
		try {
			relayPageChannel(opened.channel(), image, target, socket);
			return new PageStream(opened, socket);
		} catch (IOException | RequestException | RuntimeException e) {
			opened.close();
			throw e;
		}
	}

	private void relayPageChannel(ChannelExec channel, String image, String target, PageSocket socket)
			throws IOException, RequestException {
		var timer = java.util.concurrent.CompletableFuture.delayedExecutor(TIMEOUT.toMillis() * 2,
				java.util.concurrent.TimeUnit.MILLISECONDS);
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
		List<Path> packedFiles = new ArrayList<>();
		WireCompression.Decision wire = WireCompression.Decision.RAW;
		List<PushResult.FileCheck> checks = new ArrayList<>();
		try {
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
			JsonNode answer = exec(target, fingerprint, user, "receive-image " + image.name() + (streamed ? " --streamed" : "")
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
									remote.write(buffer, 0, n);
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
					});
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
		if (wire.level() == 0 && sent[0] > 2 * SshTuning.WINDOW) { // a smaller one fits the channel's window: its writes never wait
			WireCompression.measured(target, sent[0], (System.nanoTime() - started) / 1_000_000);
		}
		return new PushResult(image.name(), target, checks, sent[0], (System.nanoTime() - started) / 1_000_000, wire.why());
	}

	/**
	 * Measures the link to another agent: sends it {@code bytes} through an exec channel as an image would go
	 * ({@code probe-sink}) and answers the throughput in bytes per millisecond, from the first byte sent to its answer.
	 */
	public double probe(String target, String fingerprint, String user, long bytes) throws IOException, RequestException {
		long started = System.nanoTime();
		exec(target, fingerprint, user, true, drover.protocol.Protocol.PROBE_SINK + " " + bytes, sinkWriter(bytes));
		long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
		return (double) bytes / millis;
	}

	/** {@code bytes} of incompressible data to the target's {@code probe-sink} on {@code session} (no pool). */
	private void sink(ClientSession session, long bytes, String target) throws IOException, RequestException {
		String line = drover.protocol.Protocol.PROBE_SINK + " " + bytes;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ChannelExec channel = session.createExecChannel(line);
		channel.setOut(out);
		channel.setErr(new ByteArrayOutputStream());
		channel.open().verify(TIMEOUT);
		exec(new Opened(null, channel), out, line, sinkWriter(bytes), target);
	}

	private static Writer sinkWriter(long bytes) {
		byte[] chunk = new byte[1 << 17];
		new java.util.Random(bytes).nextBytes(chunk); // SSH does not compress here, but a link might
		return remote -> {
			MessageDigest digest = ImageLibrary.newDigest(); // as a push hashes what it sends: compiled before it counts
			for (long left = bytes; left > 0; left -= chunk.length) {
				int n = (int) Math.min(chunk.length, left);
				digest.update(chunk, 0, n);
				remote.write(chunk, 0, n);
			}
		};
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

	private JsonNode exec(String target, String fingerprint, String user, String line, Writer writer)
			throws IOException, RequestException {
		return exec(target, fingerprint, user, false, line, writer);
	}

	private JsonNode exec(String target, String fingerprint, String user, boolean bulk, String line, Writer writer)
			throws IOException, RequestException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Opened opened = channel(target, fingerprint, user, bulk, line, c -> {
			c.setOut(out);
			c.setErr(new ByteArrayOutputStream());
		});
		return exec(opened, out, line, writer, target);
	}

	private JsonNode exec(Opened opened, ByteArrayOutputStream out, String line, Writer writer, String target)
			throws IOException, RequestException {
		IOException writeFailure = null;
		try (opened) {
			ChannelExec channel = opened.channel();
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
		sessions.close();
		if (client != null) {
			client.stop();
		}
	}
}

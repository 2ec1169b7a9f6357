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
			// The only forward a target may open back to this node: to the loopback port this node's CRIU serves a
			// post-copy migration's memory pages on (the port was named in our own remote forwarding request).
			client.setForwardingFilter(new org.apache.sshd.server.forward.StaticDecisionForwardingFilter(false) {
				@Override
				public boolean canConnect(org.apache.sshd.server.forward.TcpForwardingFilter.Type type, SshdSocketAddress address,
						org.apache.sshd.common.session.Session session) {
					return type == org.apache.sshd.server.forward.TcpForwardingFilter.Type.Forwarded
							&& SshdSocketAddress.isLoopback(address.getHostName());
				}
			});
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

	/** A page server on the target, reachable here on {@code localPort} through a forward inside the SSH session. */
	public record PageStream(ClientSession session, int localPort) implements AutoCloseable {
		@Override
		public void close() {
			session.close(false);
		}
	}

	/**
	 * Asks the target to run a CRIU page server for {@code image} and forwards a local loopback port to it
	 * through the SSH session, so that CRIU's dump here streams the pages to the target as it writes them.
	 */
	public PageStream openPageStream(String image, String target, String fingerprint, String user)
			throws RequestException, IOException {
		ClientSession session = open(target, fingerprint, user);
		try {
			int remotePort = exec(session, "page-server " + image, remote -> {
			}, target).path("port").asInt();
			SshdSocketAddress local = session.startLocalPortForwarding(new SshdSocketAddress("127.0.0.1", 0),
					new SshdSocketAddress("127.0.0.1", remotePort));
			return new PageStream(session, local.getPort());
		} catch (IOException | RequestException | RuntimeException e) {
			session.close(true);
			throw e;
		}
	}

	/**
	 * Opens the way for a post-copy migration: a forward inside the SSH session from a loopback port on the
	 * target back to {@code localPort} here (where this node's CRIU serves the memory pages), and tells the
	 * target that port. Closing the session cuts the way.
	 */
	public AutoCloseable openLazyLink(String image, String target, String fingerprint, String user, int localPort)
			throws RequestException, IOException {
		ClientSession session = open(target, fingerprint, user);
		try {
			SshdSocketAddress bound = session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
					new SshdSocketAddress("127.0.0.1", localPort));
			exec(session, drover.protocol.Protocol.LAZY_SOURCE + " " + image + " " + bound.getPort(), remote -> {
			}, target);
			return () -> session.close(true);
		} catch (IOException | RequestException | RuntimeException e) {
			session.close(true);
			throw e;
		}
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

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
import org.apache.sshd.core.CoreModuleProperties;

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

	private final KeyPair nodeKey;
	private final ObjectMapper json = Json.newMapper();
	private SshClient client;

	public PeerPusher(KeyPair nodeKey) {
		this.nodeKey = nodeKey;
	}

	private synchronized SshClient client() {
		if (client == null) {
			client = SshClient.setUpDefaultClient();
			CoreModuleProperties.TCP_NODELAY.set(client, true);
			client.start();
		}
		return client;
	}

	public PushResult push(ImageLibrary library, ImageInfo image, String target, String fingerprint, String user,
			Consumer<String> progress) throws RequestException, IOException {
		int colon = target.lastIndexOf(':');
		if (colon <= 0) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "push-image: target '" + target + "' is not ADDRESS:PORT.", null);
		}
		String address = target.substring(0, colon);
		int port = Integer.parseInt(target.substring(colon + 1));
		long started = System.nanoTime();
		long total = image.totalSize();
		long[] sent = { 0 };
		List<PushResult.FileCheck> checks = new ArrayList<>();
		try (ClientSession session = client().connect(user, address, port).verify(TIMEOUT).getSession()) {
			session.setServerKeyVerifier((s, remote, key) -> KeyUtils.getFingerPrint(key).equals(fingerprint));
			session.addPublicKeyIdentity(nodeKey);
			try {
				session.auth().verify(TIMEOUT);
			} catch (IOException e) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The target agent at " + target + " did not accept this"
						+ " node (" + e.getMessage() + ").", "The target must list this node's key (see 'hello': nodeKey)"
								+ " in its authorized_keys, and present the host key pinned for it (" + fingerprint + ").");
			}
			Path dir = library.existing(image.name());
			List<String> names = new ArrayList<>(image.files().stream().map(ImageInfo.ImageFile::name).toList());
			names.add(ImageLibrary.META); // last: an image is complete on the target only once its metadata is there
			List<String> sourceSums = new ArrayList<>();
			// One channel for the whole image: per file a header line "NAME SIZE" and the bytes; an empty line ends it.
			JsonNode answer = exec(session, "receive-image " + image.name(), remote -> {
				byte[] buffer = new byte[1 << 17];
				long lastReport = 0;
				for (String name : names) {
					Path file = dir.resolve(name);
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
			}, target);
			progress.accept(progressEvent(sent[0], total, started));
			JsonNode received = answer.path("files");
			for (int i = 0; i < names.size(); i++) {
				JsonNode there = received.path(i);
				checks.add(new PushResult.FileCheck(names.get(i), there.path("bytes").asLong(), sourceSums.get(i),
						there.path("name").asText().equals(names.get(i)) ? there.path("sha256").asText(null) : null));
			}
		} catch (IOException e) {
			throw new RequestException(ErrorInfo.TRANSFER_FAILED, "Sending image " + image.name() + " to " + target
					+ " failed after " + sent[0] + " of " + total + " bytes: " + e.getMessage(),
					"Check the link and the target agent; nothing was restored there.");
		}
		return new PushResult(image.name(), target, checks, sent[0], (System.nanoTime() - started) / 1_000_000);
	}

	private interface Writer {
		void writeTo(java.io.OutputStream remote) throws IOException;
	}

	private static String progressEvent(long bytes, long total, long started) {
		return "{\"event\":\"progress\",\"bytes\":" + bytes + ",\"total\":" + total + ",\"millis\":"
				+ (System.nanoTime() - started) / 1_000_000 + "}";
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
					"The target " + target + " refused the image: " + error.path("message").asText(), error.path("hint").asText(null));
		}
		if (writeFailure != null) {
			throw writeFailure;
		}
		return envelope.path("result");
	}

	@Override
	public synchronized void close() throws IOException {
		if (client != null) {
			client.stop();
		}
	}
}

package drover.agent.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.KeyToolkit;

/**
 * A bare SSH client for tests that send what no Drover client would: any key, any request line, any bytes on the
 * channel's input. It trusts any host key (the tests that check host keys are in SshSecurityTest).
 */
final class RawSsh implements AutoCloseable {

	/** What one exec channel gave back. */
	record Answer(String out, String err, Integer exit) {
		JsonNode json() throws IOException {
			return new ObjectMapper().readTree(out);
		}

		String code() throws IOException {
			return json().path("error").path("code").asText("");
		}

		boolean ok() throws IOException {
			return json().path("ok").asBoolean();
		}
	}

	final SshClient client;
	final ClientSession session;

	RawSsh(int port, KeyPair key) throws IOException {
		this("127.0.0.1", port, key);
	}

	RawSsh(String address, int port, KeyPair key) throws IOException {
		client = SshClient.setUpDefaultClient();
		client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
		client.start();
		try {
			session = client.connect("tester", address, port).verify(Duration.ofSeconds(10)).getSession();
			session.addPublicKeyIdentity(key);
			session.auth().verify(Duration.ofSeconds(10));
		} catch (IOException | RuntimeException e) {
			client.stop();
			throw e;
		}
	}

	/** A key pair made (or read) at {@code file}, with {@code comment} in its public line. */
	static KeyPair key(Path file, String comment) throws IOException {
		KeyToolkit.ensureKeyPair(file, comment);
		return KeyToolkit.load(file);
	}

	static String publicLine(Path file) throws IOException {
		return KeyToolkit.publicKeyLine(file);
	}

	Answer exec(String line) throws IOException {
		return exec(line, null);
	}

	/** Runs {@code line}; {@code input} (may be null) is written to the channel's input, which is then closed. */
	Answer exec(String line, byte[] input) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (ChannelExec channel = session.createExecChannel(line)) {
			channel.setOut(out);
			channel.setErr(err);
			channel.open().verify(Duration.ofSeconds(10));
			try (OutputStream in = channel.getInvertedIn()) {
				if (input != null) {
					in.write(input);
				}
			} catch (IOException e) {
				// the agent answered and closed before reading everything: its answer says why
			}
			channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
			return new Answer(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), channel.getExitStatus());
		}
	}

	@Override
	public void close() throws IOException {
		try {
			session.close(true);
		} finally {
			client.stop();
		}
	}
}

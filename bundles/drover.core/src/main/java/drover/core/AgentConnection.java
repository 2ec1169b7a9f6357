package drover.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.Envelope;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.Json;
import drover.protocol.Protocol;
import drover.protocol.SpawnResult;

/** An authenticated SSH session to one agent; each request runs on its own exec channel. Thread-safe. */
public final class AgentConnection implements AutoCloseable {

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

	private final HostEntry host;
	private final ClientSession session;
	private final ObjectMapper json = Json.newMapper();

	AgentConnection(HostEntry host, ClientSession session) {
		this.host = host;
		this.session = session;
	}

	public HostEntry host() {
		return host;
	}

	public boolean isOpen() {
		return session.isOpen();
	}

	public Hello hello() throws IOException {
		Hello hello = json.treeToValue(request(Protocol.HELLO), Hello.class);
		if (hello.protocolVersion() != Protocol.VERSION) {
			throw new AgentException("protocol-mismatch", "The agent of " + host.name() + " speaks protocol "
					+ hello.protocolVersion() + ", this client " + Protocol.VERSION + ".",
					"Install the same Drover version on the node and here.");
		}
		return hello;
	}

	public Inventory inventory() throws IOException {
		return json.treeToValue(request(Protocol.INVENTORY), Inventory.class);
	}

	public SpawnResult spawn(List<String> command) throws IOException {
		StringBuilder line = new StringBuilder(Protocol.SPAWN).append(" --");
		for (String word : command) {
			line.append(' ').append(quote(word));
		}
		return json.treeToValue(request(line.toString()), SpawnResult.class);
	}

	/**
	 * Sends one request line and copies the agent's answer (the JSON envelope) unparsed to {@code out}, as it
	 * arrives: for callers that only pass the JSON on, such as {@code drover ps --json}. Returns the agent's
	 * exit status (0 = ok; otherwise the envelope written carries the error).
	 */
	public int requestRaw(String line, java.io.OutputStream out) throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (ChannelExec channel = session.createExecChannel(line)) {
			channel.setOut(out);
			channel.setErr(err);
			channel.open().verify(AgentClient.CONNECT_TIMEOUT);
			Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), REQUEST_TIMEOUT);
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				throw new AgentException("timeout", "The agent of " + host.name() + " did not answer '" + line
						+ "' within " + REQUEST_TIMEOUT.toMinutes() + " minutes.", "Check the node's load and the agent's log.");
			}
			Integer status = channel.getExitStatus();
			return status == null ? -1 : status;
		}
	}

	/** Sends one request line and returns the {@code result} of its envelope, or throws the agent's error. */
	public JsonNode request(String line) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (ChannelExec channel = session.createExecChannel(line)) {
			channel.setOut(out);
			channel.setErr(err);
			channel.open().verify(AgentClient.CONNECT_TIMEOUT);
			Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), REQUEST_TIMEOUT);
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				throw new AgentException("timeout", "The agent of " + host.name() + " did not answer '" + line
						+ "' within " + REQUEST_TIMEOUT.toMinutes() + " minutes.", "Check the node's load and the agent's log.");
			}
		}
		if (out.size() == 0) {
			throw new AgentException("no-answer", "The agent of " + host.name() + " closed the request '" + line
					+ "' without an answer" + (err.size() > 0 ? ": " + err.toString(StandardCharsets.UTF_8).trim() : "") + ".",
					"Check the agent's log on the node.");
		}
		Envelope envelope;
		try {
			envelope = json.readValue(out.toByteArray(), Envelope.class);
		} catch (IOException e) {
			throw new AgentException("malformed-answer", "The agent of " + host.name() + " sent an answer that is not"
					+ " a Drover envelope: " + e.getMessage(), "Is this really a Drover agent of the same version?", e);
		}
		if (!envelope.ok()) {
			var error = envelope.error();
			throw new AgentException(error.code(), error.message(), error.hint());
		}
		return envelope.result();
	}

	static String quote(String word) {
		if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:,+@%-]+")) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	@Override
	public void close() {
		session.close(false);
	}
}

package drover.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.CheckpointResult;
import drover.protocol.Envelope;
import drover.protocol.ImageInfo;
import drover.protocol.Preflight;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
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
		return exec(line, out, new ByteArrayOutputStream());
	}

	/** Runs one request on its own exec channel, answer to {@code out}; returns the agent's exit status. */
	private int exec(String line, java.io.OutputStream out, java.io.OutputStream err) throws IOException {
		return exec(line, out, err, null, null);
	}

	/**
	 * As above; with {@code silence} set, a request that reports progress (each event calls {@code heard}) is
	 * given up once the agent stayed silent that long: a link that went down sends no reset, and would
	 * otherwise hold the request until the general timeout.
	 */
	private int exec(String line, java.io.OutputStream out, java.io.OutputStream err, Duration silence,
			java.util.concurrent.atomic.AtomicLong heard)
			throws IOException {
		try (ChannelExec channel = session.createExecChannel(line)) {
			channel.setOut(out);
			channel.setErr(err);
			try {
				channel.open().verify(AgentClient.CONNECT_TIMEOUT);
			} catch (IOException e) {
				throw new AgentException("unreachable", "The agent of " + host.name() + " did not take the request '" + line
						+ "' within " + AgentClient.CONNECT_TIMEOUT.toSeconds() + " s: the link to it or the node is down ("
						+ e.getMessage() + ").", "Check the link to " + host.name() + " and its agent.", e);
			}
			Set<ClientChannelEvent> events;
			if (silence == null) {
				events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), REQUEST_TIMEOUT);
			} else {
				heard.set(System.nanoTime());
				while ((events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(1)))
						.contains(ClientChannelEvent.TIMEOUT)) {
					if (System.nanoTime() - heard.get() > silence.toNanos()) {
						throw new AgentException("timeout", "The agent of " + host.name() + " stopped reporting on '" + line
								+ "' for " + silence.toSeconds() + " s: the link to it or the node is down.",
								"Check the link to " + host.name() + ".");
					}
				}
			}
			if (events.contains(ClientChannelEvent.TIMEOUT)) {
				throw new AgentException("timeout", "The agent of " + host.name() + " did not answer '" + line
						+ "' within " + REQUEST_TIMEOUT.toMinutes() + " minutes.", "Check the node's load and the agent's log.");
			}
			Integer status = channel.getExitStatus();
			return status == null ? -1 : status;
		}
	}

	public Preflight preflight(int pid) throws IOException {
		return json.treeToValue(request(Protocol.PREFLIGHT + " " + pid), Preflight.class);
	}

	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory) throws IOException {
		return preflightTarget(pids, bytes, memory, false);
	}

	/** As above; {@code postCopy}: can the target also restore with the memory following (userfaultfd)? */
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy) throws IOException {
		return json.treeToValue(request(Protocol.PREFLIGHT_TARGET + " " + join(pids) + " --bytes " + bytes + " --memory "
				+ memory + (postCopy ? " --post-copy" : "")), Preflight.class);
	}

	/** Checkpoints the tree of {@code pid}; {@code mode} is "kill" (CRIU's default), "stop" or "run". */
	public CheckpointResult checkpoint(int pid, String name, String mode) throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + (name != null ? " --name " + quote(name) : "")
				+ (mode.equals("stop") ? " --leave-stopped" : mode.equals("run") ? " --leave-running" : "");
		return json.treeToValue(request(line), CheckpointResult.class);
	}

	/** Checkpoints the tree of {@code pid} to an image here, leaving it stopped: one step of a migration. */
	public CheckpointResult checkpointForMigration(int pid, String name) throws IOException {
		return json.treeToValue(request(Protocol.CHECKPOINT + " " + pid + " --name " + quote(name) + " --leave-stopped --migration"),
				CheckpointResult.class);
	}

	/**
	 * Checkpoints the tree of {@code pid}, leaving it stopped, and streams its memory pages to {@code target}'s
	 * page server while CRIU dumps them (agent to agent; the target must present the pinned key {@code fingerprint}).
	 */
	public CheckpointResult checkpointStreaming(int pid, String name, HostEntry target, String fingerprint) throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + " --name " + quote(name) + " --leave-stopped --stream-to "
				+ quote(target.address() + ":" + target.port()) + " --host-key " + quote(fingerprint) + " --user "
				+ quote(target.user() == null ? "drover" : target.user());
		return json.treeToValue(request(line), CheckpointResult.class);
	}

	/**
	 * Post-copy: checkpoints the tree of {@code pid} without its memory pages and leaves it frozen while this
	 * agent's CRIU serves the pages to {@code target} (through a forward inside their SSH session).
	 */
	public CheckpointResult checkpointPostCopy(int pid, String name, HostEntry target, String fingerprint) throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + " --name " + quote(name) + " --leave-stopped --lazy-to "
				+ quote(target.address() + ":" + target.port()) + " --host-key " + quote(fingerprint) + " --user "
				+ quote(target.user() == null ? "drover" : target.user());
		return json.treeToValue(request(line), CheckpointResult.class);
	}

	/**
	 * Post-copy, target side: waits until the restored process has all its memory; answers (and reports as
	 * progress) the memory placed into it meanwhile.
	 */
	public long lazyWait(String image, Consumer<JsonNode> progress) throws IOException {
		java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong(); // SSHD's thread writes
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// the agent reports four times a second: twenty seconds of silence is a link or a node gone
		exec(Protocol.LAZY_WAIT + " " + quote(image), out, new LineSplitter(line -> {
			heard.set(System.nanoTime());
			try {
				progress.accept(json.readTree(line));
			} catch (IOException e) {
				// not a progress event: ignore
			}
		}), Duration.ofSeconds(20), heard);
		return result(Protocol.LAZY_WAIT, out, null).path("bytes").asLong();
	}

	/** Post-copy, source side: waits until CRIU stopped serving the pages; the tree is still frozen then. */
	public void lazyFinish(String image) throws IOException {
		request(Protocol.LAZY_FINISH + " " + quote(image));
	}

	/**
	 * Post-copy, source side: stops serving the pages (which also stops a target copy still missing pages) and
	 * either resumes the tree there ({@code resume}: the target's copy is known to be gone) or holds it frozen.
	 */
	public void lazyAbort(String image, boolean resume) throws IOException {
		request(Protocol.LAZY_ABORT + " " + quote(image) + (resume ? " --resume" : ""));
	}

	public RestoreResult restore(String image) throws IOException {
		return json.treeToValue(request(Protocol.RESTORE + " " + quote(image)), RestoreResult.class);
	}

	/** A restore that is one step of a migration: the migration's own record covers it. */
	public RestoreResult restoreForMigration(String image, boolean postCopy) throws IOException {
		return json.treeToValue(request(Protocol.RESTORE + " " + quote(image) + " --migration" + (postCopy ? " --lazy" : "")),
				RestoreResult.class);
	}

	public List<ImageInfo> images() throws IOException {
		return List.of(json.treeToValue(request(Protocol.IMAGES), ImageInfo[].class));
	}

	public void deleteImage(String image) throws IOException {
		request(Protocol.DELETE_IMAGE + " " + quote(image));
	}

	public void abortImage(String image) throws IOException {
		request(Protocol.ABORT_IMAGE + " " + quote(image));
	}

	public void resume(List<Integer> pids) throws IOException {
		request(Protocol.RESUME + " " + join(pids));
	}

	public void killTree(List<Integer> pids) throws IOException {
		request(Protocol.KILL_TREE + " " + join(pids));
	}

	/** Has this agent send an image to {@code target}, whose host key must have {@code fingerprint}. */
	public PushResult pushImage(String image, HostEntry target, String fingerprint, boolean streamed,
			Consumer<JsonNode> progress) throws IOException {
		String line = Protocol.PUSH_IMAGE + " " + quote(image) + " --to " + quote(target.address() + ":" + target.port())
				+ " --host-key " + quote(fingerprint) + " --user " + quote(target.user() == null ? "drover" : target.user())
				+ (streamed ? " --streamed" : "");
		return json.treeToValue(request(line, progressLine -> {
			try {
				progress.accept(json.readTree(progressLine));
			} catch (IOException e) {
				// not a progress event: ignore
			}
		}), PushResult.class);
	}

	/** Leaves a migration's cost record with this agent (it keeps the records of what it took part in). */
	public void recordMigration(drover.core.migration.MigrationReport report) throws IOException {
		request(Protocol.RECORD_MIGRATION + " " + quote(json.writeValueAsString(report)));
	}

	/** The cost records this agent keeps, oldest first. */
	public List<drover.core.migration.MigrationReport> migrations() throws IOException {
		List<drover.core.migration.MigrationReport> records = new java.util.ArrayList<>();
		for (JsonNode node : request(Protocol.MIGRATIONS)) {
			records.add(json.treeToValue(node, drover.core.migration.MigrationReport.class));
		}
		return records;
	}

	public List<JsonNode> history() throws IOException {
		List<JsonNode> entries = new java.util.ArrayList<>();
		request(Protocol.HISTORY).forEach(entries::add);
		return entries;
	}

	private static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}

	/** Sends one request line and returns the {@code result} of its envelope, or throws the agent's error. */
	public JsonNode request(String line) throws IOException {
		return request(line, null);
	}

	/** As {@link #request(String)}; each line the agent writes on stderr meanwhile goes to {@code stderrLines}. */
	public JsonNode request(String line, Consumer<String> stderrLines) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.io.OutputStream err = stderrLines == null ? new ByteArrayOutputStream() : new LineSplitter(stderrLines);
		exec(line, out, err);
		return result(line, out, err);
	}

	/** The {@code result} of the envelope the agent answered on {@code out}, or its error thrown. */
	private JsonNode result(String line, ByteArrayOutputStream out, java.io.OutputStream err) throws IOException {
		if (out.size() == 0) {
			String detail = err instanceof ByteArrayOutputStream bytes && bytes.size() > 0
					? ": " + bytes.toString(StandardCharsets.UTF_8).trim() : "";
			throw new AgentException("no-answer", "The agent of " + host.name() + " closed the request '" + line
					+ "' without an answer" + detail + " (it stopped, or the connection broke).", "Check the agent on the node.");
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

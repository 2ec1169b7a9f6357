package drover.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.migration.MigrationPeer;
import drover.protocol.CheckpointResult;
import drover.protocol.Envelope;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest;
import drover.protocol.EvacuationTarget;
import drover.protocol.ErrorInfo;
import drover.protocol.Hello;
import drover.protocol.ImageInfo;
import drover.protocol.Inventory;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Preflight;
import drover.protocol.ProgressEvent;
import drover.protocol.Protocol;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.SpawnResult;
import drover.protocol.TargetPreflightRequest;
import drover.protocol.TargetStatus;
import drover.protocol.Timeouts;

/**
 * Typed requests to one agent over a {@link Transport} (an SSH session, or in-process inside the agent that owns a
 * migration); each request is one line and one JSON envelope back. Thread-safe.
 */
public final class AgentConnection implements AutoCloseable, MigrationPeer {

	private final HostEntry host;
	private final Transport transport;
	private final ObjectMapper json = Json.newMapper();
	/** The operator's key this connection logged in with: it signs migration tickets (null for an agent's node key). */
	private java.security.KeyPair operatorKey;
	/** The ticket a source agent presents to this target for its incoming slot (set by the migration it runs). */
	private volatile String ticket;

	public AgentConnection(HostEntry host, Transport transport) {
		this.host = host;
		this.transport = transport;
	}

	@Override
	public HostEntry host() {
		return host;
	}

	public boolean isOpen() {
		return transport.isOpen();
	}

	@Override
	public Hello hello() throws IOException {
		Hello hello = json.treeToValue(request(Protocol.HELLO), Hello.class);
		if (hello.protocolVersion() != Protocol.VERSION) {
			throw new AgentException("protocol-mismatch", "The agent of " + host.name() + " speaks protocol "
					+ hello.protocolVersion() + ", this client " + Protocol.VERSION + ".",
					"Install the same Drover version on the node and here.");
		}
		return hello;
	}

	@Override
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
	public int requestRaw(String line, OutputStream out) throws IOException {
		return transport.exec(line, out, new ByteArrayOutputStream(), Timeouts.REQUEST.callerWait(), null);
	}

	@Override
	public Preflight preflight(int pid) throws IOException {
		return json.treeToValue(request(Protocol.PREFLIGHT + " " + pid), Preflight.class);
	}

	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory) throws IOException {
		return preflightTarget(pids, bytes, memory, false);
	}

	/** As above; {@code postCopy}: can the target also restore with the memory following (userfaultfd)? */
	@Override
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy) throws IOException {
		return preflightTarget(pids, bytes, memory, postCopy, List.of());
	}

	/** As above; {@code ptys}: the pseudo-terminal indexes the tree holds whole, which must be free on this host. */
	@Override
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy, List<Integer> ptys)
			throws IOException {
		return preflightTarget(new TargetPreflightRequest(pids, bytes, memory, postCopy, ptys, null));
	}

	/** As above; with {@link TargetPreflightRequest#reserveFor} the target also reserves the image's room for it. */
	@Override
	public Preflight preflightTarget(TargetPreflightRequest request) throws IOException {
		return json.treeToValue(request(request.line()), Preflight.class);
	}

	/** Starts {@code command} on this host with a network address of its own ({@code address} A[/P]). */
	public drover.protocol.LaunchResult launch(String address, String name, List<String> command) throws IOException {
		StringBuilder line = new StringBuilder(Protocol.LAUNCH + " --address " + quote(address));
		if (name != null) {
			line.append(" --name ").append(quote(name));
		}
		line.append(" --");
		command.forEach(w -> line.append(' ').append(quote(w)));
		return json.treeToValue(request(line.toString()), drover.protocol.LaunchResult.class);
	}

	/** Checkpoints the tree of {@code pid}; {@code mode} is "kill" (CRIU's default), "stop" or "run". */
	public CheckpointResult checkpoint(int pid, String name, String mode) throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + (name != null ? " --name " + quote(name) : "")
				+ (mode.equals("stop") ? " --leave-stopped" : mode.equals("run") ? " --leave-running" : "");
		return json.treeToValue(request(line, null, Timeouts.CRIU.callerWait()), CheckpointResult.class);
	}

	@Override
	public Preflight preflightFork(int pid) throws IOException {
		return json.treeToValue(request(Protocol.PREFLIGHT + " " + pid + " --fork"), Preflight.class);
	}

	/** Fork {@code id}'s dump: to this host's disk, the tree frozen only while CRIU dumps it, then running on. */
	@Override
	public CheckpointResult checkpointForFork(int pid, String id) throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + " --name " + quote(id) + " --leave-running --migration --fork --owner "
				+ quote(id);
		return json.treeToValue(request(line, null, Timeouts.CRIU.callerWait()), CheckpointResult.class);
	}

	/**
	 * One step of migration {@code id}: freezes and dumps the tree of {@code pid}, leaving it stopped, to this
	 * host's disk, streaming its pages to {@code target}'s page server while CRIU dumps them, or (post-copy)
	 * without its pages, which this agent's CRIU then serves to {@code target}. The target must present the
	 * pinned key {@code fingerprint}.
	 */
	@Override
	public CheckpointResult checkpointForMigration(int pid, String id, DumpMode mode, HostEntry target, String fingerprint)
			throws IOException {
		String line = Protocol.CHECKPOINT + " " + pid + " --name " + quote(id) + " --leave-stopped --migration --owner " + quote(id);
		if (mode != DumpMode.TO_DISK) {
			line += (mode == DumpMode.LAZY ? " --lazy-to " : " --stream-to ") + quote(target.address() + ":" + target.port())
					+ " --host-key " + quote(fingerprint) + " --user " + quote(target.user() == null ? "drover" : target.user());
		}
		return json.treeToValue(request(line, null, Timeouts.CRIU.callerWait()), CheckpointResult.class);
	}

	/**
	 * Post-copy, target side: waits until the restored process has all its memory; answers (and reports as
	 * progress) the memory placed into it meanwhile.
	 */
	@Override
	public long lazyWait(String image, Consumer<ProgressEvent> progress) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// the agent reports four times a second: a silence is a link or a node gone
		transport.exec(Protocol.LAZY_WAIT + " " + quote(image), out, new LineSplitter(events(progress)),
				Timeouts.TRANSFER.callerWait(), Timeouts.SILENCE.agent());
		return result(Protocol.LAZY_WAIT, out, null).path("bytes").asLong();
	}

	/** Post-copy, source side: waits until CRIU stopped serving the pages; the tree is still frozen then. */
	@Override
	public void lazyFinish(String image) throws IOException {
		request(Protocol.LAZY_FINISH + " " + quote(image));
	}

	/**
	 * Post-copy, source side: stops serving the pages (which also stops a target copy still missing pages) and
	 * either resumes the tree there ({@code resume}: the target's copy is known to be gone) or holds it frozen.
	 */
	@Override
	public void lazyAbort(String image, boolean resume) throws IOException {
		request(Protocol.LAZY_ABORT + " " + quote(image) + (resume ? " --resume" : ""));
	}

	public RestoreResult restore(String image) throws IOException {
		return json.treeToValue(request(Protocol.RESTORE + " " + quote(image), null, Timeouts.CRIU.callerWait()),
				RestoreResult.class);
	}

	/** A restore that is one step of a migration: the migration's own record covers it. */
	@Override
	public RestoreResult restoreForMigration(String image, boolean postCopy) throws IOException {
		return json.treeToValue(request(Protocol.RESTORE + " " + quote(image) + " --migration" + (postCopy ? " --lazy" : ""),
				null, Timeouts.CRIU.callerWait()), RestoreResult.class);
	}

	public List<ImageInfo> images() throws IOException {
		return List.of(json.treeToValue(request(Protocol.IMAGES), ImageInfo[].class));
	}

	@Override
	public drover.protocol.ImageComposition imageComposition(String image) throws IOException {
		return json.treeToValue(request(Protocol.IMAGE_COMPOSITION + " " + quote(image)), drover.protocol.ImageComposition.class);
	}

	@Override
	public void deleteImage(String image) throws IOException {
		request(Protocol.DELETE_IMAGE + " " + quote(image));
	}

	public void resume(List<Integer> pids) throws IOException {
		resume(pids, null);
	}

	@Override
	public void resume(List<Integer> pids, String owner) throws IOException {
		request(Protocol.RESUME + " " + join(pids) + owner(owner));
	}

	public void killTree(List<Integer> pids) throws IOException {
		killTree(pids, null);
	}

	@Override
	public void killTree(List<Integer> pids, String owner) throws IOException {
		request(Protocol.KILL_TREE + " " + join(pids) + owner(owner));
	}

	@Override
	public List<String> protectSocketPaths(String id, List<Integer> pids) throws IOException {
		List<String> notes = new ArrayList<>();
		request(Protocol.PROTECT_SOCKETS + " " + quote(id) + " " + join(pids)).path("warnings").forEach(n -> notes.add(n.asText()));
		return notes;
	}

	@Override
	public List<String> releaseSocketPaths(String id, boolean putBack) throws IOException {
		List<String> restored = new ArrayList<>();
		request(Protocol.RELEASE_SOCKETS + " " + quote(id) + (putBack ? " --put-back" : "")).path("restored")
				.forEach(n -> restored.add(n.asText()));
		return restored;
	}

	/** Has this agent send an image to {@code target}, whose host key must have {@code fingerprint}. */
	@Override
	public PushResult pushImage(String image, HostEntry target, String fingerprint, boolean streamed,
			Consumer<ProgressEvent> progress) throws IOException {
		String line = Protocol.PUSH_IMAGE + " " + quote(image) + " --to " + quote(target.address() + ":" + target.port())
				+ " --host-key " + quote(fingerprint) + " --user " + quote(target.user() == null ? "drover" : target.user())
				+ (streamed ? " --streamed" : "");
		return json.treeToValue(request(line, events(progress), Timeouts.TRANSFER.callerWait()), PushResult.class);
	}

	/**
	 * Has this agent copy one of its images into {@code target}'s library (which must expect it: {@link
	 * #expectImage}); the target must present the host key {@code fingerprint}.
	 */
	public PushResult copyImage(String image, HostEntry target, String fingerprint, Consumer<ProgressEvent> progress)
			throws IOException {
		String line = Protocol.PUSH_IMAGE + " " + quote(image) + " --to " + quote(target.address() + ":" + target.port())
				+ " --host-key " + quote(fingerprint) + " --user " + quote(target.user() == null ? "drover" : target.user())
				+ " --library";
		return json.treeToValue(request(line, events(progress), Timeouts.TRANSFER.callerWait()), PushResult.class);
	}

	/** Lets another agent send image {@code name} into this agent's library until the handle is closed. */
	public AutoCloseable expectImage(String name) throws IOException {
		return transport.hold(Protocol.EXPECT_IMAGE + " " + quote(name), line -> {
			try {
				ProgressEvent event = json.readValue(line, ProgressEvent.class);
				return event.type() == ProgressEvent.Type.QUEUE && event.queuePosition() == 0;
			} catch (IOException e) {
				return false;
			}
		}, Timeouts.REQUEST.callerWait());
	}

	/** Signs the tickets of migrations started through this connection with {@code key} (the operator's own). */
	void signTicketsWith(java.security.KeyPair key) {
		this.operatorKey = key;
	}

	/** The operator's ticket this connection presents with its incoming-slot request (a source agent's, to its target). */
	public void presentTicket(String ticket) {
		this.ticket = ticket;
	}

	@Override
	public AutoCloseable holdIncomingSlot(String id, Consumer<ProgressEvent> queue) throws IOException {
		String line0 = Protocol.INCOMING_SLOT + " " + quote(id) + (ticket == null ? "" : " --ticket " + quote(ticket));
		return transport.hold(line0, line -> {
			try {
				ProgressEvent event = json.readValue(line, ProgressEvent.class);
				queue.accept(event);
				return event.type() == ProgressEvent.Type.QUEUE && event.queuePosition() == 0; // granted
			} catch (IOException e) {
				return false;
			}
		}, Timeouts.TRANSFER.callerWait());
	}

	@Override
	public TargetStatus migrationStatus(String id) throws IOException {
		return json.treeToValue(request(Protocol.MIGRATION_STATUS + " " + quote(id)), TargetStatus.class);
	}

	@Override
	public void migrationAbort(String id) throws IOException {
		request(Protocol.MIGRATION_ABORT + " " + quote(id));
	}

	/** Hands a migration to this agent (its source): it owns it from now on. Answers the migration's ID. */
	public String migrate(MigrationRequest migration) throws IOException {
		if (migration.ticket() == null && operatorKey != null) {
			try { // the operator's word that this migration is wanted: the target lets the source's node key in for it alone
				migration = migration.withTicket(drover.protocol.MigrationTicket.sign(operatorKey,
						org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(operatorKey.getPublic()), migration.targetHostKey(),
						migration.pid(), System.currentTimeMillis()).encode());
			} catch (java.security.GeneralSecurityException e) {
				throw new IOException("Cannot sign the migration ticket with the operator's key: " + e.getMessage(), e);
			}
		}
		return request(Protocol.MIGRATE + " " + quote(json.writeValueAsString(migration))).path("id").asText();
	}

	/**
	 * Follows migration {@code id} on this agent: every event so far, then each as it comes, until it ends;
	 * answers its record. A HELD migration's watch ends with it held (the record says so).
	 */
	public MigrationReport watch(String id, Consumer<ProgressEvent> events) throws IOException {
		return json.treeToValue(request(Protocol.WATCH + " " + quote(id), events(events), Duration.ofDays(1)),
				MigrationReport.class);
	}

	/** Cancels migration {@code id} if it has not frozen its tree yet. */
	public void cancel(String id) throws IOException {
		request(Protocol.CANCEL + " " + quote(id));
	}

	/** Leaves a migration's cost record with this agent (it keeps the records of what it took part in). */
	@Override
	public void recordMigration(MigrationReport report) throws IOException {
		request(Protocol.RECORD_MIGRATION + " " + quote(json.writeValueAsString(report)));
	}

	/** The cost records this agent keeps, oldest first, and the migrations it runs now (last). */
	public List<MigrationReport> migrations() throws IOException {
		List<MigrationReport> records = new ArrayList<>();
		for (JsonNode node : request(Protocol.MIGRATIONS)) {
			records.add(json.treeToValue(node, MigrationReport.class));
		}
		return records;
	}

	/** What an evacuation of this agent's host would do (the agent asks the other hosts now); changes nothing. */
	public EvacuationPlan plan(EvacuationRequest request) throws IOException {
		return json.treeToValue(request(Protocol.PLAN + " " + quote(json.writeValueAsString(request))), EvacuationPlan.class);
	}

	/**
	 * Hands an evacuation of this agent's host to it (now or at its time); answers its record as kept. Each target
	 * gets the operator's evacuation ticket, without which it lets the host's node key bring nothing there: valid
	 * for the run ({@link drover.protocol.MigrationTicket#EVACUATION_RUN} after its start), or, for a repeated one, up
	 * to the horizon.
	 */
	public EvacuationRecord evacuate(EvacuationRequest request) throws IOException {
		request = withTickets(request);
		return json.treeToValue(request(Protocol.EVACUATE + " " + quote(json.writeValueAsString(request))), EvacuationRecord.class);
	}

	/**
	 * Changes scheduled evacuation {@code id} to {@code request} (its time, repeat, parallelism, rules), with new
	 * tickets for its targets; answers its record. Refused once it started.
	 */
	public EvacuationRecord updateEvacuation(String id, EvacuationRequest request) throws IOException {
		return json.treeToValue(
				request(Protocol.EVACUATION_UPDATE + " " + quote(id) + " " + quote(json.writeValueAsString(withTickets(request)))),
				EvacuationRecord.class);
	}

	/** The request with the operator's evacuation ticket for each target (none from a node key, nor for a dry run). */
	private EvacuationRequest withTickets(EvacuationRequest request) throws IOException {
		if (operatorKey != null && !request.dryRun()) {
			long start = Math.max(request.startAt(), System.currentTimeMillis());
			long expires = request.repeat() != EvacuationRequest.Repeat.NONE
					? System.currentTimeMillis() + drover.protocol.MigrationTicket.EVACUATION_HORIZON.toMillis()
					: start + drover.protocol.MigrationTicket.EVACUATION_RUN.toMillis();
			if (expires > System.currentTimeMillis() + drover.protocol.MigrationTicket.EVACUATION_HORIZON.toMillis()
					+ drover.protocol.MigrationTicket.EVACUATION_RUN.toMillis()) {
				throw new IOException(
						"An evacuation can be scheduled at most " + drover.protocol.MigrationTicket.EVACUATION_HORIZON.toDays()
								+ " days ahead (its targets accept the operator's ticket no longer); choose an earlier --at.");
			}
			List<EvacuationTarget> signed = new ArrayList<>();
			String operator = org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(operatorKey.getPublic());
			for (EvacuationTarget t : request.targets()) {
				try {
					signed.add(t.hostKey() == null ? t
							: t.withTicket(
									drover.protocol.MigrationTicket.forEvacuation(operatorKey, operator, t.hostKey(), expires).encode()));
				} catch (java.security.GeneralSecurityException e) {
					throw new IOException("Cannot sign the evacuation ticket with the operator's key: " + e.getMessage(), e);
				}
			}
			return request.withTargets(signed);
		}
		return request;
	}

	/** The evacuations this agent keeps (scheduled, running, ended), oldest first. */
	public List<EvacuationRecord> evacuations() throws IOException {
		List<EvacuationRecord> records = new ArrayList<>();
		for (JsonNode node : request(Protocol.EVACUATIONS)) {
			records.add(json.treeToValue(node, EvacuationRecord.class));
		}
		return records;
	}

	/** Cancels a scheduled evacuation, or stops a running one between its steps. */
	public void cancelEvacuation(String id) throws IOException {
		request(Protocol.EVACUATION_CANCEL + " " + quote(id));
	}

	/** Leaves the record of an evacuation run on this host's behalf (a restore) with its agent. */
	public void recordEvacuation(EvacuationRecord record) throws IOException {
		request(Protocol.EVACUATION_RECORD + " " + quote(json.writeValueAsString(record)));
	}

	public List<JsonNode> history() throws IOException {
		List<JsonNode> entries = new ArrayList<>();
		request(Protocol.HISTORY).forEach(entries::add);
		return entries;
	}

	private Consumer<String> events(Consumer<ProgressEvent> consumer) {
		return line -> {
			try {
				consumer.accept(json.readValue(line, ProgressEvent.class));
			} catch (IOException e) {
				// not a progress event (a message for people): ignore
			}
		};
	}

	private static String owner(String owner) {
		return owner == null ? "" : " --owner " + quote(owner);
	}

	private static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}

	/** Sends one request line and returns the {@code result} of its envelope, or throws the agent's error. */
	public JsonNode request(String line) throws IOException {
		return request(line, null, Timeouts.REQUEST.callerWait());
	}

	/** As {@link #request(String)}; each line the agent writes on stderr meanwhile goes to {@code stderrLines}. */
	public JsonNode request(String line, Consumer<String> stderrLines) throws IOException {
		return request(line, stderrLines, Timeouts.REQUEST.callerWait());
	}

	private JsonNode request(String line, Consumer<String> stderrLines, Duration timeout) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OutputStream err = stderrLines == null ? new ByteArrayOutputStream() : new LineSplitter(stderrLines);
		transport.exec(line, out, err, timeout, null);
		return result(line, out, err);
	}

	/** The {@code result} of the envelope the agent answered on {@code out}, or its error thrown. */
	private JsonNode result(String line, ByteArrayOutputStream out, OutputStream err) throws IOException {
		if (out.size() == 0) {
			String detail = err instanceof ByteArrayOutputStream bytes && bytes.size() > 0
					? ": " + bytes.toString(StandardCharsets.UTF_8).trim() : "";
			throw new AgentException(ErrorInfo.NO_ANSWER, "The agent of " + host.name() + " closed the request '" + line
					+ "' without an answer" + detail + " (it stopped, or the connection broke).", "Check the agent on the node.");
		}
		Envelope envelope;
		try {
			envelope = json.readValue(out.toByteArray(), Envelope.class);
		} catch (IOException e) {
			throw new AgentException(ErrorInfo.MALFORMED_ANSWER, "The agent of " + host.name() + " sent an answer that is not"
					+ " a Drover envelope: " + e.getMessage(), "Is this really a Drover agent of the same version?", e);
		}
		if (!envelope.ok()) {
			var error = envelope.error();
			throw new AgentException(error.code(), error.message(), error.hint());
		}
		return envelope.result();
	}

	public static String quote(String word) {
		if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:,+@%-]+")) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	@Override
	public void close() {
		transport.close();
	}
}

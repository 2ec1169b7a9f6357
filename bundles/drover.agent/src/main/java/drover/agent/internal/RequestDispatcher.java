package drover.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.agent.internal.auth.Authorizer;
import drover.agent.internal.auth.ProcessGuard;
import drover.agent.internal.criu.Checkpointer;
import drover.agent.internal.criu.CriuNode;
import drover.agent.internal.criu.ImageLibrary;
import drover.agent.internal.criu.ImageReceiver;
import drover.agent.internal.criu.ImageRequests;
import drover.agent.internal.criu.PeerPusher;
import drover.agent.internal.criu.PostCopyRequests;
import drover.agent.internal.criu.PreflightCheck;
import drover.agent.internal.criu.Restorer;
import drover.agent.internal.criu.TargetPreflight;
import drover.agent.internal.criu.TargetRecovery;
import drover.agent.internal.criu.TargetRequests;
import drover.agent.internal.criu.TreeRequests;
import drover.agent.internal.evacuation.EvacuationService;
import drover.agent.internal.migration.MigrationService;
import drover.agent.internal.proc.ProcScanner;
import drover.protocol.CriuStatus;
import drover.protocol.ErrorInfo;
import drover.protocol.Hello;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Protocol;
import drover.protocol.SpawnResult;

/**
 * Turns one request line into one reply. A request that is unknown or malformed gets an error envelope that
 * says what is wrong and what to send instead; nothing a client sends can stop the agent from serving.
 */
public final class RequestDispatcher {

	private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);
	/** How much of a request line the log keeps (a record-migration line carries a whole cost record). */
	private static final int LOGGED_LINE = 300;

	private final AgentConfig config;
	private final ObjectMapper json = Json.newMapper();
	private final ProcScanner scanner = ProcScanner.forThisNode();
	private final Spawner spawner;
	private final Launcher launcher;
	private final AuditLog audit;
	/** `criu check` takes a moment; it runs once at start-up, in the background, and the handshake waits for it. */
	private final CompletableFuture<CriuStatus> criu;
	private final NodeKey nodeKey;
	private final MigrationLog migrations;
	private final PeerPusher pusher;
	private final TreeOwners owners = new TreeOwners();
	private final CriuNode node;
	private final TargetPreflight targetPreflight;
	private final Checkpointer checkpointer;
	private final Restorer restorer;
	private final ImageReceiver receiver;
	private final ImageRequests images;
	private final TreeRequests trees;
	private final PostCopyRequests postCopy;
	private final TargetRequests target;
	private final MigrationService service;
	private final EvacuationService evacuations;
	private final Authorizer authorizer;
	private final drover.agent.internal.criu.CheckpointSchedules schedules;
	private Thread sweeper;

	/** The longest request line taken (a migration request or record is a few KB). */
	private static final int MAX_LINE = Integer.getInteger("drover.agent.maxRequestLine", 256 << 10);

	private final drover.agent.internal.auth.MigrationTickets tickets;
	private volatile String hostKeyFingerprint;

	public RequestDispatcher(AgentConfig config) {
		this.config = config;
		this.spawner = new Spawner(config.stateDir().resolve("spawned"));
		this.audit = new AuditLog(config.stateDir().resolve("audit.jsonl"));
		this.criu = CompletableFuture.supplyAsync(() -> CriuProbe.probe(config.criu()));
		criu.thenAccept(status -> {
			if (status.checkOk()) {
				LOG.info("CRIU {} at {}: criu check passes", status.version(), status.path());
			} else {
				LOG.warn("CRIU {} at {} cannot be used: {}", status.version(), status.path(), status.checkMessage());
			}
		});
		this.nodeKey = NodeKey.load(config.stateDir().resolve("node_key"));
		this.migrations = new MigrationLog(config.stateDir().resolve("migrations.jsonl"));
		this.pusher = new PeerPusher(nodeKey.pair());
		this.node = new CriuNode(config.name(), scanner, new ImageLibrary(config.stateDir().resolve("images")),
				this::criuStatus, audit, pusher, migrations, owners);
		this.launcher = new Launcher(spawner, node.net);
		this.targetPreflight = new TargetPreflight(node);
		this.checkpointer = new Checkpointer(node);
		this.restorer = new Restorer(node, targetPreflight);
		this.receiver = new ImageReceiver(node);
		this.images = new ImageRequests(node);
		this.trees = new TreeRequests(node);
		this.postCopy = new PostCopyRequests(node);
		this.target = new TargetRequests(node, Integer.getInteger("drover.agent.maxIncoming", 2));
		this.schedules = new drover.agent.internal.criu.CheckpointSchedules(node, checkpointer,
				config.stateDir().resolve("schedules.json"));
		this.service = new MigrationService(config.name(), config.port(), config.stateDir(), this, scanner, owners, audit,
				nodeKey.pair(), Integer.getInteger("drover.agent.maxOutgoing", 2));
		this.evacuations = new EvacuationService(config.name(), config.stateDir(), this, scanner, service, audit, nodeKey.pair());
		this.tickets = new drover.agent.internal.auth.MigrationTickets(
				new drover.agent.internal.auth.AuthorizedKeys(config.authorizedKeys()), this::ownHostKey,
				config.stateDir().resolve("tickets"));
		this.authorizer = new Authorizer(ProcessGuard.forThisNode(), new Authorizer.MigrationsHere() {
			@Override
			public boolean known(String name) throws IOException {
				try {
					ImageLibrary.checkName(name);
				} catch (RequestException e) {
					return false;
				}
				return node.ledger().get(name) != null || target.incoming().owners().contains(name)
						|| target.expected().contains(name);
			}

			@Override
			public boolean any() throws IOException {
				return !target.incoming().owners().isEmpty() || node.ledger().all().stream()
						.anyMatch(e -> e.state() != drover.agent.internal.criu.TargetLedger.State.STOPPED
								&& e.state() != drover.agent.internal.criu.TargetLedger.State.FINISHED);
			}

			@Override
			public boolean finished(String name) throws IOException {
				try {
					ImageLibrary.checkName(name);
				} catch (RequestException e) {
					return false;
				}
				var entry = node.ledger().get(name);
				return entry != null && entry.state() == drover.agent.internal.criu.TargetLedger.State.FINISHED;
			}

			@Override
			public String ended(String name) throws IOException {
				try {
					ImageLibrary.checkName(name);
				} catch (RequestException e) {
					return null;
				}
				return node.ledger().ended(name);
			}
		}, scanner::treePids, this::admitTicket);
	}

	/** A node key's incoming slot: admitted on an operator's ticket, whose operator the audit log then names. */
	private void admitTicket(String id, String ticket) throws RequestException {
		ImageLibrary.checkName(id);
		drover.agent.internal.auth.MigrationTickets.Voucher voucher = tickets.admit(id, ticket);
		audit.record("drover-agent", null, "ticket", List.of(id), true, "migration " + id + " vouched for by operator "
				+ voucher.operator().describe() + " (PID " + voucher.ticket().pid() + ", ticket valid until "
				+ java.time.Instant.ofEpochSecond(voucher.ticket().expiresAt()) + ")");
	}

	/** This agent's host key fingerprint (SHA256:...), which a ticket must name; null while unreadable. */
	private String ownHostKey() {
		String known = hostKeyFingerprint;
		if (known == null) {
			try {
				var provider = new org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider(config.hostKey());
				provider.setAlgorithm(org.apache.sshd.common.config.keys.KeyUtils.EC_ALGORITHM);
				for (java.security.KeyPair pair : provider.loadKeys(null)) {
					known = org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(pair.getPublic());
					break;
				}
			} catch (RuntimeException e) {
				LOG.warn("cannot read the host key {} to check tickets: {}", config.hostKey(), e.toString());
			}
			hostKeyFingerprint = known;
		}
		return known;
	}

	/**
	 * Before serving: settles what the previous agent left (its target-side steps, then the migrations it owned),
	 * so a restart never leaves a tree frozen or a copy running unknown to anybody.
	 */
	public void recover() {
		try {
			List<String> done = new TargetRecovery(node).run();
			if (!done.isEmpty()) {
				audit.record("drover-agent", null, "recover", List.of("target"), true, String.join("; ", done));
			}
		} catch (IOException | RuntimeException e) {
			LOG.error("recovery of the target ledger failed", e);
		}
		service.recoverAll();
		evacuations.recoverAll(); // after the migrations: a running evacuation waits on the ones it started
		schedules.start();
		long every = Long.getLong("drover.agent.imageSweepSeconds", 60);
		sweeper = Thread.ofVirtual().name("image-sweep").start(() -> {
			while (true) {
				sweepImages();
				capLogs();
				try {
					Thread.sleep(every * 1000);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
	}

	/** Ends the agent's background work: the image sweep and the checkpoint schedules (they go on at the next start). */
	public void close() {
		if (sweeper != null) {
			sweeper.interrupt();
		}
		schedules.close();
	}

	/** Keeps the logs of what the agent started under their cap (see {@link LogCaps}). */
	public List<String> capLogs() {
		List<String> rotated = new java.util.ArrayList<>(LogCaps.capAll(config.stateDir().resolve("spawned")));
		rotated.addAll(LogCaps.capAll(node.library().root().resolve(".page-servers")));
		rotated.addAll(LogCaps.capAll(node.library().root().resolve(".post-copy")));
		if (!rotated.isEmpty()) {
			LOG.info("logs rotated: {}", rotated);
		}
		return rotated;
	}

	/**
	 * Removes images that must not linger: those of migrations and forks that ended (a clean-up that could not reach
	 * this node left them), those past the retention, stale staging directories. Never one a running operation holds.
	 */
	public List<String> sweepImages() {
		try {
			java.util.Set<String> finished = new java.util.HashSet<>();
			for (JsonNode record : migrations.read()) {
				String kind = record.path("kind").asText("MIGRATION");
				String outcome = record.path("outcome").asText("");
				if ((kind.equals("MIGRATION") || kind.equals("FORK")) && (outcome.equals("DONE") || outcome.equals("FAILED")
						|| outcome.equals("REFUSED"))) {
					finished.add(record.path("id").asText());
				}
			}
			java.util.Set<String> running = new java.util.HashSet<>();
			service.running().forEach(r -> running.add(r.id));
			List<String> removed = node.retention().sweep(finished, name -> running.contains(name)
					|| !owners.pidsOf(name).isEmpty() || target.incoming().owners().contains(name) || target.expected().contains(name)
					|| node.pageServers().active(name) || ledgerHolds(name));
			if (!removed.isEmpty()) {
				LOG.info("image sweep removed: {}", removed);
				audit.record("drover-agent", null, "image-sweep", List.of(), true, String.join("; ", removed));
			}
			return removed;
		} catch (IOException | RuntimeException e) {
			LOG.warn("the image sweep failed: {}", e.toString());
			return List.of();
		}
	}

	private boolean ledgerHolds(String name) {
		try {
			var entry = node.ledger().get(name);
			return entry != null && entry.state() != drover.agent.internal.criu.TargetLedger.State.STOPPED
					&& entry.state() != drover.agent.internal.criu.TargetLedger.State.FINISHED;
		} catch (IOException e) {
			return true; // cannot tell: keep it
		}
	}

	public ObjectMapper json() {
		return json;
	}

	/** The cost records this agent keeps (for a watch of a migration that ended before it). */
	public List<JsonNode> migrationRecords() throws IOException {
		return migrations.read();
	}

	/** Keeps a record this agent made itself (a migration cancelled before it started). */
	public void keepRecord(MigrationReport report) throws IOException {
		try {
			migrations.record(json.writeValueAsString(report));
		} catch (RequestException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Handles a request that needs no input stream and reports no progress. */
	public Reply handle(String line, Caller caller) {
		return handle(line, caller, InputStream.nullInputStream(), event -> {
		});
	}

	/**
	 * Handles one request line; {@code in} is the channel's input (image files arrive on it) and
	 * {@code progress} receives JSON progress events (the channel's stderr carries them to the caller). Before
	 * anything happens the request is parsed, checked against the caller's role and what it aims at, and, if it
	 * changes the node, its begin entry is written to the audit log; a request that cannot be audited is refused.
	 */
	public Reply handle(String line, Caller caller, InputStream in, Consumer<String> progress) {
		return handle(line, caller, in, RawChannel.none(), progress);
	}

	/** The same, for a request on an SSH channel whose output a page channel may take for raw bytes. */
	public Reply handle(String line, Caller caller, InputStream in, RawChannel raw, Consumer<String> progress) {
		if (line != null && line.length() > MAX_LINE) {
			audit.refused(caller, "(too long)", List.of(), line.length() + " chars");
			return error(ErrorInfo.TOO_LARGE, "Request of " + line.length() + " characters refused: this agent takes at most "
					+ MAX_LINE + ".",
					"Nothing was done. Send a shorter request (-Ddrover.agent.maxRequestLine on the agent sets the cap).");
		}
		List<String> words;
		try {
			words = CommandTokenizer.split(line == null ? "" : line);
		} catch (IllegalArgumentException e) {
			return error(ErrorInfo.BAD_REQUEST, "Malformed request: " + e.getMessage() + ".", usage());
		}
		if (words.isEmpty()) {
			return error(ErrorInfo.BAD_REQUEST, "Empty request.", usage());
		}
		String request = words.get(0);
		List<String> args = words.subList(1, words.size());
		LOG.debug("request from {} ({}): {}", caller.user(), caller.keyFingerprint(), shortened(line));
		try {
			authorizer.check(request, args, caller);
		} catch (RequestException e) {
			audit.refused(caller, request, args, e.getMessage());
			return error(e.code(), e.getMessage(), e.hint());
		}
		if (!Authorizer.changesState(request)) {
			return serve(words, caller, in, raw, progress);
		}
		AuditLog.Op op;
		try {
			op = audit.begin(caller, request, args);
		} catch (IOException | RuntimeException e) {
			LOG.error("cannot audit '{}': refused", request, e);
			return error(ErrorInfo.AUDIT_FAILED, "'" + request + "' refused: the agent cannot write its audit log "
					+ audit.file() + " (" + e.getMessage() + ").",
					"Nothing was done. Free disk space or fix the file's"
							+ " permissions on the node; the agent does nothing it cannot account for.");
		}
		Reply reply = null;
		try {
			reply = serve(words, caller, in, raw, progress);
			return reply;
		} finally {
			op.end(reply != null && reply.error() == null, reply == null ? "the agent failed during it"
					: reply.error() == null ? "ok" : reply.error().code() + ": " + reply.error().message());
		}
	}

	/** Serves a request that was admitted (and, if it changes the node, audited as begun). */
	/** {@code probe-sink BYTES}: reads and discards that many bytes of the channel, answers how long they took. */
	private Object probeSink(Args args, InputStream in) throws RequestException, IOException {
		long bytes;
		try {
			bytes = Long.parseLong(args.positional(0, "a number of bytes"));
		} catch (NumberFormatException e) {
			bytes = -1;
		}
		if (bytes <= 0 || bytes > Protocol.PROBE_MAX_BYTES) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "probe-sink: BYTES must be 1 to " + Protocol.PROBE_MAX_BYTES + ".",
					"Send: probe-sink 33554432, then that many bytes.");
		}
		long started = System.nanoTime();
		byte[] buffer = new byte[1 << 17];
		long left = bytes;
		while (left > 0) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "probe-sink: the channel ended after " + (bytes - left) + " of "
						+ bytes + " bytes.", null);
			}
			left -= n;
		}
		return java.util.Map.of("bytes", bytes, "millis", (System.nanoTime() - started) / 1_000_000);
	}

	/** The agent's client to other agents (its node key), for its own agent-to-agent traffic. */
	public PeerPusher peers() {
		return pusher;
	}

	private Reply serve(List<String> words, Caller caller, InputStream in, RawChannel raw, Consumer<String> progress) {
		String request = words.get(0);
		List<String> args = words.subList(1, words.size());
		try {
			return switch (request) {
			case Protocol.HELLO -> ok(hello());
			case Protocol.PROBE_SINK -> ok(probeSink(args(request, args), in));
			case Protocol.INVENTORY, "ps" -> args.isEmpty() ? ok(scanner.scan(config.name()).withOwnAddresses(node.net.all()))
					: error(ErrorInfo.BAD_REQUEST, "inventory takes no arguments.", usage());
			case Protocol.SPAWN -> spawn(args, caller);
			case Protocol.LAUNCH -> ok(launch(args, caller));
			case Protocol.HELP -> ok(java.util.Map.of("usage", usage()));
			case Protocol.CHECKPOINT -> ok(checkpointer.checkpoint(args(request, args, "--leave-stopped", "--leave-running", "--migration",
					"--fork"), caller));
			case Protocol.RESTORE -> ok(restorer.restore(args(request, args, "--migration", "--lazy"), caller));
			case Protocol.IMAGES -> ok(images.images());
			case Protocol.DELETE_IMAGE -> ok(images.deleteImage(args(request, args), caller));
			case Protocol.IMAGE_COMPOSITION -> ok(images.composition(args(request, args)));
			case Protocol.PREFLIGHT -> ok(preflight(args(request, args, "--fork")));
			case Protocol.PREFLIGHT_TARGET -> ok(targetPreflight.check(args(request, args, "--post-copy")));
			case Protocol.RESUME -> ok(trees.resume(args(request, args, "--force"), caller));
			case Protocol.KILL_TREE -> ok(trees.killTree(args(request, args, "--force"), caller));
			case Protocol.PUSH_IMAGE -> ok(push(args(request, args, "--streamed", "--library"), caller, progress));
			case Protocol.RECEIVE_IMAGE -> ok(receiver.receiveImage(args(request, args, "--streamed", "--library"), in, caller));
			case Protocol.PAGE_SERVER -> ok(receiver.pageServer(args(request, args), caller, in, raw));
			case Protocol.ABORT_IMAGE, Protocol.MIGRATION_ABORT -> ok(target.abort(args(request, args), caller));
			case Protocol.MIGRATION_STATUS -> ok(target.status(args(request, args)));
			case Protocol.INCOMING_SLOT -> ok(target.holdIncoming(args(request, args), in, progress));
			case Protocol.EXPECT_IMAGE -> ok(target.expectImage(args(request, args), in, progress));
			case Protocol.LAZY_SOURCE -> ok(postCopy.lazySource(args(request, args), caller, in, raw));
			case Protocol.LAZY_FINISH -> ok(postCopy.lazyFinish(args(request, args), caller));
			case Protocol.LAZY_ABORT -> ok(postCopy.lazyAbort(args(request, args, "--resume"), caller));
			case Protocol.LAZY_WAIT -> ok(postCopy.lazyWait(args(request, args), caller, progress));
			case Protocol.PROTECT_SOCKETS -> ok(service.socketPaths().protect(args(request, args)));
			case Protocol.RELEASE_SOCKETS -> ok(service.socketPaths().release(args(request, args, "--put-back")));
			case Protocol.MIGRATE -> ok(service.submit(args(request, args), caller));
			case Protocol.SCHEDULE_CHECKPOINT -> ok(schedules.add(args(request, args, "--leave-running"), caller));
			case Protocol.SCHEDULES -> ok(schedules.list());
			case Protocol.SCHEDULE_CANCEL -> ok(schedules.cancel(args(request, args), caller));
			case Protocol.WATCH -> ok(service.watch(args(request, args), progress));
			case Protocol.CANCEL -> ok(service.cancel(args(request, args), caller));
			case Protocol.HISTORY -> ok(history(args(request, args, "--raw")));
			case Protocol.RECORD_MIGRATION -> ok(recordMigration(args(request, args), caller));
			case Protocol.MIGRATIONS -> ok(allMigrations());
			case Protocol.PLAN -> ok(evacuations.plan(args(request, args)));
			case Protocol.EVACUATE -> ok(evacuations.evacuate(args(request, args), caller));
			case Protocol.EVACUATIONS -> ok(evacuations.list());
			case Protocol.EVACUATION_CANCEL -> ok(evacuations.cancel(args(request, args), caller));
			case Protocol.EVACUATION_UPDATE -> ok(evacuations.update(args(request, args), caller));
			case Protocol.EVACUATION_RECORD -> ok(evacuations.record(args(request, args), caller));
			default -> error(ErrorInfo.UNKNOWN_REQUEST, "Unknown request '" + request + "'.", usage());
			};
		} catch (RequestException e) {
			return error(e.code(), e.getMessage(), e.hint());
		} catch (IOException | RuntimeException e) {
			// the operator gets the gist and where to look; the log gets the stack trace, under an id both share
			String incident = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 32);
			LOG.error("incident {}: request '{}' from {} ({}) failed", incident, shortened(String.join(" ", words)), caller.user(),
					caller.keyFingerprint(), e);
			return error(ErrorInfo.INTERNAL, "The agent failed on '" + request + "': " + e,
					"This is a bug in the agent, or its state is damaged; the agent's log " + config.logFile()
							+ " has the stack trace under 'incident " + incident + "'. The agent keeps serving.");
		}
	}

	/** {@code preflight PID [--fork]}: the verdicts on moving the tree, or (--fork) on copying it elsewhere. */
	private Object preflight(Args args) throws RequestException, IOException {
		int pid = args.integer(0, "a PID");
		drover.protocol.Preflight answer = args.flag("--fork") ? PreflightCheck.forFork(scanner.scan(config.name()), pid)
				: PreflightCheck.source(scanner.scan(config.name()), pid);
		String lock = answer.addresses().isEmpty() ? null : targetPreflight.networkLock();
		if (lock == null) {
			return answer;
		}
		// a tree with its own address is frozen behind CRIU's nftables lock: it must work here too
		List<drover.protocol.Preflight.Verdict> verdicts = new java.util.ArrayList<>(answer.verdicts());
		verdicts.add(new drover.protocol.Preflight.Verdict(drover.protocol.Preflight.Verdict.ERROR, pid, "criu network lock",
				"refused: " + lock));
		return new drover.protocol.Preflight(answer.host(), answer.pids(), answer.residentBytes(), verdicts, answer.criuFlags(),
				answer.diskFree(), answer.memoryAvailable(), answer.ptys(), answer.addresses());
	}

	private static String shortened(String line) {
		return line.length() <= LOGGED_LINE ? line : line.substring(0, LOGGED_LINE) + "... (" + line.length() + " characters)";
	}

	/** {@code history [--limit N]}: the entries as operators read them; {@code --raw}: every line as stored, to verify. */
	private Object history(Args args) throws RequestException, IOException {
		return args.flag("--raw") ? audit.rawLines() : audit.read((int) Math.min(Integer.MAX_VALUE, args.longOption("--limit", 500)));
	}

	private static Args args(String request, List<String> words, String... flags) throws RequestException {
		return new Args(request, words, java.util.Set.of(flags));
	}

	/** A migration's record from one of its agents: kept; a final one also ends what this node held for it. */
	private Object recordMigration(Args args, Caller caller) throws RequestException, IOException {
		String text = args.positional(0, "a cost record (JSON)");
		MigrationReport report = null;
		try {
			report = json.readValue(text, MigrationReport.class);
		} catch (IOException e) {
			// kept as it came; not a record this agent can read further
		}
		if (report != null && report.outcome == Outcome.HELD && report.id != null) {
			// not an end: the tree stays the migration's, but an operator who checked may now resume it (--force)
			owners.state(report.id, TreeOwners.HELD);
			audit.record(caller.user(), caller.keyFingerprint(), "migration-held", List.of(report.id), true, report.rollback);
			return java.util.Map.of("held", report.id);
		}
		Object recorded = migrations.record(text);
		if (report != null && report.outcome != null && report.outcome.isFinal() && report.id != null) {
			owners.release(report.id);
			// kept as finished, not forgotten: migration-status still answers, and a node key naming it is refused
			node.ledger().move(report.id, drover.agent.internal.criu.TargetLedger.State.FINISHED);
		}
		return recorded;
	}

	/** The records this agent keeps, then the migrations it runs now. */
	private List<Object> allMigrations() throws IOException {
		List<Object> all = new java.util.ArrayList<>(migrations.read());
		all.addAll(service.running());
		return all;
	}

	private Object push(Args args, Caller caller, Consumer<String> progress) throws RequestException, IOException {
		String name = args.positional(0, "an image name");
		var image = node.library().info(name);
		String target = args.option("--to", null);
		String fingerprint = args.option("--host-key", null);
		if (target == null || fingerprint == null) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "push-image needs --to ADDRESS:PORT and --host-key SHA256:...",
					"The host key is the target's pinned key: the agent accepts no other.");
		}
		try {
			var result = pusher.push(node.library(), image, target, fingerprint, args.option("--user", "drover"),
					args.flag("--streamed"), args.flag("--library"), progress);
			audit.record(caller.user(), caller.keyFingerprint(), "push-image", List.of(name, target), true,
					result.bytes() + " bytes in " + result.millis() + " ms, memory pages " + result.wire());
			return result;
		} catch (RequestException e) {
			audit.record(caller.user(), caller.keyFingerprint(), "push-image", List.of(name, target), false, e.getMessage());
			throw e;
		}
	}

	private CriuStatus criuStatus() {
		try {
			return criu.get(90, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new CriuStatus(null, null, false, "interrupted while probing CRIU");
		} catch (ExecutionException | TimeoutException e) {
			return new CriuStatus(null, null, false, "probing CRIU failed: " + e);
		}
	}

	private Hello hello() {
		CriuStatus status;
		try {
			status = criu.get(90, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			status = new CriuStatus(null, null, false, "interrupted while probing CRIU");
		} catch (ExecutionException | TimeoutException e) {
			status = new CriuStatus(null, null, false, "probing CRIU failed: " + e);
		}
		return new Hello(Agent.VERSION, Protocol.VERSION, Protocol.CAPABILITIES, config.name(), HostFactsReader.read(),
				status, nodeKey.publicKeyLine());
	}

	private Reply spawn(List<String> args, Caller caller) throws IOException {
		List<String> command = !args.isEmpty() && args.get(0).equals("--") ? args.subList(1, args.size()) : args;
		if (command.isEmpty()) {
			return error(ErrorInfo.BAD_REQUEST, "spawn needs a command.", "Send: spawn -- COMMAND [ARGS...]");
		}
		try {
			SpawnResult result = spawner.spawn(command);
			audit.record(caller.user(), caller.keyFingerprint(), "spawn", command, true, "pid " + result.pid());
			return ok(result);
		} catch (Spawner.SpawnException e) {
			audit.record(caller.user(), caller.keyFingerprint(), "spawn", command, false, e.getMessage());
			return error(ErrorInfo.SPAWN_FAILED, "Could not start " + command.get(0) + ": " + e.getMessage(),
					"Check the command exists on this node and is executable.");
		}
	}

	/** {@code launch [--address A/P] [--gateway G] [--name N] -- CMD...}: a tree with an address of its own. */
	private Object launch(List<String> words, Caller caller) throws RequestException, IOException {
		int dash = words.indexOf("--");
		if (dash < 0 || dash == words.size() - 1) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "launch needs a command after '--'.",
					"Send: launch --address 10.213.7.150/24 [--name NAME] -- COMMAND [ARGS...]");
		}
		List<String> command = words.subList(dash + 1, words.size());
		Args args = args(Protocol.LAUNCH, words.subList(0, dash));
		try {
			drover.protocol.LaunchResult result = launcher.launch(args, command);
			audit.record(caller.user(), caller.keyFingerprint(), "launch", command, true, "pid " + result.pid() + " at "
					+ result.address().cidr());
			return result;
		} catch (RequestException e) {
			audit.record(caller.user(), caller.keyFingerprint(), "launch", command, false, e.getMessage());
			throw e;
		}
	}

	private static Reply ok(Object result) {
		return new Reply(result, null);
	}

	private static Reply error(String code, String message, String hint) {
		return new Reply(null, new ErrorInfo(code, message, hint));
	}

	static String usage() {
		return "Requests: hello | inventory | spawn -- COMMAND [ARGS...] | launch --address A/P [--name N] -- COMMAND | preflight PID | checkpoint PID [--leave-stopped]"
				+ " [--name NAME] | restore IMAGE | images | delete-image IMAGE | image-composition IMAGE | resume PID... | kill-tree PID... |"
				+ " push-image IMAGE --to ADDRESS:PORT --host-key SHA256:... | migrate REQUEST-JSON | watch ID | cancel ID |"
				+ " migrations | plan REQUEST-JSON | evacuate REQUEST-JSON | evacuations | evacuation-cancel ID | history | help (protocol "
				+ Protocol.VERSION + ")";
	}
}

package drover.agent.internal.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Args;
import drover.agent.internal.AuditLog;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.RequestException;
import drover.agent.internal.TreeOwners;
import drover.agent.internal.criu.PreflightCheck;
import drover.agent.internal.criu.Slots;
import drover.agent.internal.proc.ProcScanner;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.migration.ForkRunner;
import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationListener;
import drover.core.migration.MigrationRunner;
import drover.core.migration.MigrationState;
import drover.core.migration.ReconnectingPeer;
import drover.protocol.ErrorInfo;
import drover.protocol.Json;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.ProgressEvent;
import drover.protocol.Timeouts;

/**
 * The migrations this agent owns as their source. {@code migrate} takes one over and answers its ID at once; it
 * then runs here, whoever asked: the console or CLI may go away, watch it ({@code watch}), or cancel it before its
 * freeze ({@code cancel}). Outgoing migrations beyond the limit wait in a queue. Each state is journaled
 * write-ahead; at start the agent picks up what its predecessor left unfinished ({@link #recoverAll}), and a
 * migration that cannot be settled because its target does not answer is held and asked about again until it
 * can be.
 */
public final class MigrationService {

	private static final Logger LOG = LoggerFactory.getLogger(MigrationService.class);

	/** One migration this agent owns: its events so far (replayed to each new watcher) and its end. */
	private static final class Owned {
		final String id;
		final MigrationRequest request;
		final Caller caller;
		final List<String> events = new CopyOnWriteArrayList<>();
		final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();
		final CompletableFuture<MigrationReport> end = new CompletableFuture<>();
		volatile MigrationRunner runner;
		/** A fork (the request's mode FORK) runs here instead of a migration. */
		volatile ForkRunner fork;
		volatile MigrationReport queued;
		volatile boolean cancelled;
		volatile Thread thread;

		Owned(String id, MigrationRequest request, Caller caller) {
			this.id = id;
			this.request = request;
			this.caller = caller;
		}

		MigrationState state() {
			MigrationRunner r = runner;
			ForkRunner f = fork;
			return r != null ? r.state() : f != null ? f.state() : MigrationState.QUEUED;
		}

		MigrationReport current() {
			MigrationRunner r = runner;
			ForkRunner f = fork;
			return r != null ? r.report() : f != null ? f.report() : queued;
		}
	}

	private final String hostName;
	private final int port;
	private final RequestDispatcher dispatcher;
	private final ProcScanner scanner;
	private final TreeOwners owners;
	private final AuditLog audit;
	private final FileJournal journal;
	private final SocketPaths socketPaths;
	private final Slots outgoing;
	private final AgentClient peers;
	private final Path imagesRoot;
	private final FaultPause faults;
	private final Map<String, Owned> owned = new ConcurrentHashMap<>();
	private final ObjectMapper json = Json.newMapper();

	public MigrationService(String hostName, int port, Path stateDir, RequestDispatcher dispatcher, ProcScanner scanner,
			TreeOwners owners, AuditLog audit, KeyPair nodeKey, int maxOutgoing) {
		this.hostName = hostName;
		this.port = port;
		this.dispatcher = dispatcher;
		this.scanner = scanner;
		this.owners = owners;
		this.audit = audit;
		this.journal = new FileJournal(stateDir.resolve("journal"));
		this.socketPaths = new SocketPaths(stateDir.resolve("socket-paths"), scanner, hostName);
		this.outgoing = new Slots("outgoing migrations on " + hostName, maxOutgoing);
		this.peers = new AgentClient(nodeKey);
		this.imagesRoot = stateDir.resolve("images");
		this.faults = new FaultPause(stateDir.resolve("test-faults"));
	}

	public SocketPaths socketPaths() {
		return socketPaths;
	}

	/** {@code migrate REQUEST-JSON}: takes the migration over; answers its ID before anything happens. */
	public Object submit(Args args, Caller caller) throws RequestException, IOException {
		MigrationRequest request;
		try {
			request = json.readValue(args.positional(0, "a migration request (JSON)"), MigrationRequest.class);
		} catch (IOException | IllegalArgumentException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "migrate: not a migration request: " + e.getMessage(),
					"Send: migrate '{\"pid\":N,\"targetName\":...,\"targetAddress\":...,\"targetPort\":2222,"
							+ "\"targetHostKey\":\"SHA256:...\",\"mode\":\"stop-and-copy\"}'");
		}
		PreflightCheck.checkMovable(request.pid());
		if (!Files.exists(Path.of("/proc", Integer.toString(request.pid())))) {
			throw new RequestException(ErrorInfo.NO_SUCH_PROCESS, "No process " + request.pid() + " on " + hostName + ".",
					"List the processes with 'drover ps " + hostName + "'.");
		}
		String id = (request.mode() == MigrationMode.FORK ? "fork-" : "mig-") + hostName + "-" + request.pid() + "-"
				+ System.currentTimeMillis();
		List<Integer> tree = scanner.treePids(request.pid());
		owners.claim(id, tree.isEmpty() ? List.of(request.pid()) : tree); // refused if another migration has one of them
		Owned o = new Owned(id, request, caller);
		try {
			journal.begin(id, request);
		} catch (IOException e) {
			owners.release(id);
			throw new RequestException(ErrorInfo.NO_SPACE, "Cannot journal the migration on " + hostName + ": " + e.getMessage(),
					"Nothing was touched. Free disk space in the agent's state directory.");
		}
		owned.put(id, o);
		audit.record(caller.user(), caller.keyFingerprint(), "migrate", List.of(Integer.toString(request.pid()),
				request.targetName()), true, "accepted as " + id + " (" + request.mode() + ")");
		o.thread = Thread.ofPlatform().name("migration-" + id).start(() -> run(o, null));
		return Map.of("id", id, "owner", hostName);
	}

	/** Runs (or, with {@code entry}, picks up) one migration to its end, then keeps its record. */
	private void run(Owned o, MigrationJournal.Entry entry) {
		MigrationReport report = null;
		Slots.Ticket ticket = outgoing.enter(o.id);
		try {
			if (entry == null) {
				o.queued = queuedReport(o);
				ticket.await(position -> {
					o.queued.queuePosition = position;
					emit(o, ProgressEvent.queued(o.id, position, "waiting for a slot among " + outgoing.what() + " (limit "
							+ outgoing.limit() + ")"));
				});
				// the session the dump and transfer will use opens (or is found pooled) while the pre-flight runs
				dispatcher.peers().prepare(o.id, o.request.targetAddress() + ":" + o.request.targetPort(), o.request.targetHostKey(),
						o.request.targetUser());
			}
			try (ReconnectingPeer local = new ReconnectingPeer(self(), () -> new AgentConnection(self(),
					new LocalTransport(dispatcher, o.caller)));
					ReconnectingPeer remote = new ReconnectingPeer(target(o.request), () -> {
						AgentConnection connection = peers.connect(target(o.request), o.request.targetHostKey());
						connection.presentTicket(o.request.ticket()); // the operator's: the target lets this node in for it alone
						return connection;
					})) {
				MigrationListener listener = listener(o);
				if (o.request.mode() == MigrationMode.FORK) {
					report = fork(o, entry, local, remote, listener);
					return;
				}
				MigrationRunner runner = entry == null
						? new MigrationRunner(local, remote, o.request.targetHostKey(), listener).id(o.id)
								.postCopy(o.request.mode() == MigrationMode.POST_COPY).operator(operator(o.caller))
						: MigrationRunner.resumed(local, remote, o.request.targetHostKey(), listener, entry);
				runner.journal(journal.of(o.id)).cancelWhen(() -> o.cancelled);
				o.runner = runner;
				if (entry == null) {
					report = o.cancelled ? cancelledBeforeStart(runner) : runner.migrate(o.request.pid(), o.request.acceptWarnings());
				} else {
					stopLeftoverDump(entry);
					report = runner.recover("The agent of " + hostName + " restarted");
				}
				while (report.outcome == Outcome.HELD) { // the target does not answer: ask again until it does
					owners.state(o.id, TreeOwners.HELD);
					emit(o, ProgressEvent.phase(o.id, Phase.ROLLBACK, "held frozen: asking " + o.request.targetName()
							+ " again in " + Timeouts.RECONCILE_EVERY.agent().toSeconds() + " s"));
					Thread.sleep(Timeouts.RECONCILE_EVERY.agent().toMillis());
					report = runner.resolve();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			report = report != null ? report : cancelledReport(o);
		} catch (RuntimeException e) {
			LOG.error("migration {} failed inside the agent", o.id, e);
			report = report != null ? report : o.current() != null && o.current() != o.queued ? o.current() : cancelledReport(o);
			report.warnings.add("The agent failed while running it: " + e + " (see the agent's log).");
		} finally {
			ticket.close();
			dispatcher.peers().forget(o.id);
			if (report != null) {
				finish(o, report);
			}
		}
	}

	/**
	 * Runs (or, with {@code entry}, picks up) a fork: the original is never held frozen, so a fork has no HELD state
	 * to wait in; it ends at once, one way or the other.
	 */
	private MigrationReport fork(Owned o, MigrationJournal.Entry entry, ReconnectingPeer local, ReconnectingPeer remote,
			MigrationListener listener) {
		ForkRunner runner = entry == null
				? new ForkRunner(local, remote, o.request.targetHostKey(), listener).id(o.id).operator(operator(o.caller))
				: ForkRunner.resumed(local, remote, o.request.targetHostKey(), listener, entry);
		runner.journal(journal.of(o.id)).cancelWhen(() -> o.cancelled);
		o.fork = runner;
		if (entry == null) {
			return o.cancelled ? cancelledInto(runner.report()) : runner.fork(o.request.pid(), o.request.acceptWarnings());
		}
		stopLeftoverDump(entry);
		return runner.recover("The agent of " + hostName + " restarted");
	}

	private void finish(Owned o, MigrationReport report) {
		owners.release(o.id);
		if (report.outcome != null && report.outcome.isFinal()) {
			try {
				journal.remove(o.id);
			} catch (IOException e) {
				LOG.warn("cannot remove the journal of {}", o.id, e);
			}
		}
		audit.record(o.caller.user(), o.caller.keyFingerprint(), "migration-end", List.of(o.id), report.outcome == Outcome.DONE,
				report.outcome + (report.cause != null ? ": " + report.cause : "")
						+ (report.rollback != null ? " " + report.rollback : ""));
		emit(o, ProgressEvent.end(o.id, String.valueOf(report.outcome)));
		o.end.complete(report);
		// kept a while for watchers that come late; the record itself is in the migration log
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(60_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			owned.remove(o.id);
		});
	}

	/** At start: every migration the journal says was under way is picked up where it was. */
	public void recoverAll() {
		try {
			for (FileJournal.Pending p : journal.unfinished()) {
				Caller caller = new Caller(p.last().report().operator != null ? p.last().report().operator : "drover-agent", null);
				Owned o = new Owned(p.id(), p.request(), caller);
				List<Integer> pids = p.last().report().pids.isEmpty() ? List.of(p.request().pid()) : p.last().report().pids;
				try {
					owners.claim(p.id(), pids);
				} catch (RequestException e) {
					LOG.warn("recovery of {}: {}", p.id(), e.getMessage());
				}
				owned.put(p.id(), o);
				LOG.info("recovery: picking up migration {} in state {}", p.id(), p.last().state());
				audit.record("drover-agent", null, "migration-recover", List.of(p.id()), true, "picked up in state "
						+ p.last().state());
				o.thread = Thread.ofPlatform().name("migration-" + p.id()).start(() -> run(o, p.last()));
			}
		} catch (IOException e) {
			LOG.error("cannot read the migration journal", e);
		}
	}

	/**
	 * The previous agent's CRIU may still hold the tree (a dump under way, or serving post-copy pages): it is
	 * stopped first, the tree held with SIGSTOP before CRIU lets go of it, so nothing runs until the decision.
	 */
	private void stopLeftoverDump(MigrationJournal.Entry entry) {
		List<Integer> pids = entry.report().pids;
		String dir = imagesRoot.resolve(entry.report().id).toString();
		List<ProcessHandle> criu = ProcessHandle.allProcesses().filter(p -> {
			try {
				String cmd = new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
						StandardCharsets.UTF_8).replace('\0', ' ');
				return cmd.contains("criu") && cmd.contains(" dump ") && cmd.contains(dir);
			} catch (IOException | RuntimeException e) {
				return false;
			}
		}).toList();
		if (criu.isEmpty() || !entry.state().mayBeFrozen()) {
			return;
		}
		signal("STOP", pids);
		criu.forEach(ProcessHandle::destroyForcibly);
		criu.forEach(p -> p.onExit().join());
		signal("STOP", pids);
		LOG.info("recovery: stopped the previous agent's CRIU for {} ({} process(es)), tree held", entry.report().id, criu.size());
	}

	private static void signal(String signal, List<Integer> pids) {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(p -> command.add(Integer.toString(p)));
		try {
			new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
		} catch (IOException e) {
			LOG.warn("kill -{} {}: {}", signal, pids, e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** {@code watch ID}: the events so far, then as they come; the answer is the record once it ended. */
	public Object watch(Args args, Consumer<String> progress) throws RequestException, IOException {
		String id = args.positional(0, "a migration ID");
		Owned o = owned.get(id);
		if (o == null) {
			MigrationReport record = dispatcherRecord(id);
			if (record == null) {
				throw new RequestException(ErrorInfo.NO_SUCH_MIGRATION, "No migration " + id + " on " + hostName + ".",
						"List them with 'drover migrations " + hostName + "'.");
			}
			return record;
		}
		Consumer<String> live = progress::accept;
		o.watchers.add(live);
		try {
			for (String event : o.events) { // a watcher that came late hears what happened so far first
				progress.accept(event);
			}
			return o.end.join();
		} finally {
			o.watchers.remove(live);
		}
	}

	/** {@code cancel ID}: stops a migration before its freeze; after it, it finishes or rolls back by itself. */
	public Object cancel(Args args, Caller caller) throws RequestException {
		String id = args.positional(0, "a migration ID");
		Owned o = owned.get(id);
		if (o == null || o.end.isDone()) {
			throw new RequestException(ErrorInfo.NO_SUCH_MIGRATION, "No migration " + id + " runs on " + hostName + ".",
					"List them with 'drover migrations " + hostName + "'.");
		}
		MigrationState state = o.state();
		if (state.mayBeFrozen()) {
			audit.record(caller.user(), caller.keyFingerprint(), "cancel", List.of(id), false, "too late: " + state);
			throw new RequestException(ErrorInfo.TOO_LATE, "Migration " + id + " froze its tree already (" + state + "): it"
					+ " finishes or rolls back by itself.", "Follow it with 'drover watch " + hostName + " " + id + "'.");
		}
		o.cancelled = true;
		if (o.runner == null && o.thread != null) {
			o.thread.interrupt(); // still waiting in the queue
		}
		audit.record(caller.user(), caller.keyFingerprint(), "cancel", List.of(id), true, "cancelled in " + state);
		return Map.of("cancelled", id, "state", state.name());
	}

	/**
	 * The final record of migration {@code id} once it ended (an evacuation waits on the migrations it asked for);
	 * null if this agent neither runs it nor keeps a record of it.
	 */
	public MigrationReport awaitEnd(String id) throws IOException, InterruptedException {
		Owned o = owned.get(id);
		if (o != null) {
			try {
				return o.end.get();
			} catch (java.util.concurrent.ExecutionException e) {
				throw new IOException("migration " + id + " ended without a record: " + e.getCause(), e);
			}
		}
		for (int i = 0; i < 10; i++) { // just recovered, or its record being written
			MigrationReport record = dispatcherRecord(id);
			if (record != null && record.outcome != null && record.outcome.isFinal()) {
				return record;
			}
			Thread.sleep(500);
		}
		return null;
	}

	/** The migrations this agent runs now, as records in progress (outcome QUEUED, RUNNING or HELD). */
	public List<MigrationReport> running() {
		List<MigrationReport> reports = new ArrayList<>();
		for (Owned o : owned.values()) {
			if (o.end.isDone()) {
				continue;
			}
			MigrationReport current = o.current();
			if (current != null) {
				try { // a copy: the runner goes on changing its own
					MigrationReport copy = json.readValue(json.writeValueAsBytes(current), MigrationReport.class);
					copy.owner = hostName;
					reports.add(copy);
				} catch (IOException e) {
					LOG.warn("cannot copy the record of {}", o.id, e);
				}
			}
		}
		return reports;
	}

	private MigrationReport dispatcherRecord(String id) throws IOException {
		for (var node : dispatcher.migrationRecords()) {
			if (id.equals(node.path("id").asText())) {
				return json.treeToValue(node, MigrationReport.class);
			}
		}
		return null;
	}

	private MigrationListener listener(Owned o) {
		return new MigrationListener() {
			@Override
			public void phase(Phase phase, String message) {
				owners.state(o.id, phase.name());
				emit(o, ProgressEvent.phase(o.id, phase, message));
				faults.pauseAt(phase);
			}

			@Override
			public void progress(long bytes, long total, double bytesPerSecond, long etaMillis) {
				long millis = bytesPerSecond <= 0 ? 0 : (long) (bytes * 1000 / bytesPerSecond);
				emit(o, new ProgressEvent(ProgressEvent.Type.TRANSFER, o.id, null, null, bytes, total, millis, 0,
						System.currentTimeMillis()));
			}

			@Override
			public void queued(int position, String message) {
				emit(o, ProgressEvent.queued(o.id, position, message));
			}
		};
	}

	private void emit(Owned o, ProgressEvent event) {
		String line;
		try {
			line = json.writeValueAsString(event);
		} catch (IOException e) {
			return;
		}
		if (event.type() != ProgressEvent.Type.TRANSFER || o.events.size() < 2000) {
			o.events.add(line); // transfer events are many: a late watcher only needs the phases
		}
		for (Consumer<String> watcher : o.watchers) {
			watcher.accept(line);
		}
	}

	private MigrationReport queuedReport(Owned o) {
		MigrationReport r = new MigrationReport();
		r.id = o.id;
		r.source = hostName;
		r.target = o.request.targetName();
		r.pid = o.request.pid();
		r.mode = o.request.mode();
		r.operator = operator(o.caller);
		r.startedAt = System.currentTimeMillis();
		r.outcome = Outcome.QUEUED;
		r.phase = Phase.PREFLIGHT;
		return r;
	}

	private MigrationReport cancelledBeforeStart(MigrationRunner runner) {
		MigrationReport r = runner.report();
		return cancelledInto(r);
	}

	private MigrationReport cancelledReport(Owned o) {
		return cancelledInto(o.queued != null ? o.queued : queuedReport(o));
	}

	private MigrationReport cancelledInto(MigrationReport r) {
		r.outcome = Outcome.REFUSED;
		r.failedPhase = Phase.PREFLIGHT;
		r.cause = "Cancelled by the operator before the freeze.";
		r.rollback = "Nothing was frozen; the process keeps running on " + hostName + ".";
		r.finishedAt = System.currentTimeMillis();
		try {
			dispatcher.keepRecord(r);
		} catch (IOException e) {
			LOG.warn("cannot keep the record of {}", r.id, e);
		}
		return r;
	}

	private static String operator(Caller caller) {
		return caller.user() + (caller.keyFingerprint() != null ? " (" + caller.keyFingerprint() + ")" : "");
	}

	private HostEntry self() {
		return new HostEntry(hostName, "127.0.0.1", port, "drover", null);
	}

	private static HostEntry target(MigrationRequest request) {
		return new HostEntry(request.targetName(), request.targetAddress(), request.targetPort(), request.targetUser(), null);
	}
}

package drover.agent.internal.evacuation;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Args;
import drover.agent.internal.AuditLog;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestDispatcher;
import drover.agent.internal.RequestException;
import drover.agent.internal.migration.MigrationService;
import drover.agent.internal.proc.ProcScanner;
import drover.core.AgentClient;
import drover.core.slurm.ClusterScheduler;
import drover.core.slurm.SlurmScheduler;
import drover.core.slurm.SlurmSettings;
import drover.protocol.ErrorInfo;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest;
import drover.protocol.Json;

/**
 * The evacuations of this host. {@code plan} answers what an evacuation would do; {@code evacuate} keeps one
 * (STATE/evacuations) and answers its record at once, then runs it now or at its time, whoever stays connected;
 * {@code evacuations} lists them; {@code evacuation-cancel} cancels a scheduled one, or stops a running one between
 * steps; {@code evacuation-record} keeps the record of a restore the CLI ran (each of its migrations is owned by
 * the agent where the process was). At start ({@link #recoverAll}) scheduled ones are set again and running ones
 * picked up. The cluster scheduler (drain, resume) comes from the evacuated host's settings that the request
 * carries: Slurm when they name a {@code slurm.node}, none otherwise.
 */
public final class EvacuationService {

	private static final Logger LOG = LoggerFactory.getLogger(EvacuationService.class);

	private final String hostName;
	private final RequestDispatcher dispatcher;
	private final MigrationService migrations;
	private final AuditLog audit;
	private final EvacuationStore store;
	private final PlanFacts facts;
	private final Map<String, EvacuationRecord> active = new ConcurrentHashMap<>();
	private final Map<String, EvacuationRun> runs = new ConcurrentHashMap<>();
	private final ObjectMapper json = Json.newMapper();

	public EvacuationService(String hostName, Path stateDir, RequestDispatcher dispatcher, ProcScanner scanner,
			MigrationService migrations, AuditLog audit, KeyPair nodeKey) {
		this.hostName = hostName;
		this.dispatcher = dispatcher;
		this.migrations = migrations;
		this.audit = audit;
		this.store = new EvacuationStore(stateDir.resolve("evacuations"));
		this.facts = new PlanFacts(hostName, scanner, dispatcher, new AgentClient(nodeKey));
	}

	/** {@code plan REQUEST-JSON}: the plan, asked of the other hosts now; nothing changes. */
	public Object plan(Args args) throws RequestException, IOException {
		return facts.plan(request(args, "plan"), System.currentTimeMillis());
	}

	/** {@code evacuate REQUEST-JSON}: keeps the evacuation and starts or schedules it; answers its record. */
	public Object evacuate(Args args, Caller caller) throws RequestException, IOException {
		EvacuationRequest request = request(args, "evacuate");
		mayEvacuate(caller);
		if (request.dryRun()) {
			return facts.plan(request, System.currentTimeMillis());
		}
		long now = System.currentTimeMillis();
		EvacuationRecord r = new EvacuationRecord();
		r.id = "evac-" + hostName + "-" + now;
		r.host = hostName;
		r.state = EvacuationRecord.State.SCHEDULED;
		r.operator = caller.user() + (caller.keyFingerprint() != null ? " (" + caller.keyFingerprint() + ")" : "");
		r.createdAt = now;
		r.startsAt = Math.max(now, request.startAt());
		r.request = request;
		save(r);
		schedule(r);
		return r;
	}

	/**
	 * {@code evacuation-update ID REQUEST-JSON}: a scheduled evacuation takes the new request (its time, repeat,
	 * parallelism, selection, rules, targets with the operator's new tickets) and keeps its ID; it starts at the new
	 * time. One that started, or ended, is not changed.
	 */
	public Object update(Args args, Caller caller) throws RequestException, IOException {
		String id = args.positional(0, "an evacuation ID");
		EvacuationRequest request;
		try {
			request = json.readValue(args.positional(1, "the changed evacuation request (JSON)"), EvacuationRequest.class);
		} catch (IOException | IllegalArgumentException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "evacuation-update: not an evacuation request: " + e.getMessage(),
					"Send: evacuation-update ID REQUEST-JSON ('drover evacuations edit ID ...' builds it).");
		}
		mayEvacuate(caller);
		if (!hostName.equals(request.host()) || request.dryRun()) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "evacuation-update: the request must evacuate " + hostName
					+ " (not " + request.host() + ") and not be a dry run.", "Nothing was changed.");
		}
		EvacuationRecord r = active.get(id);
		String before;
		synchronized (r == null ? this : r) {
			if (r == null || r.state != EvacuationRecord.State.SCHEDULED) {
				throw new RequestException(r == null ? ErrorInfo.NO_SUCH_MIGRATION : ErrorInfo.TOO_LATE,
						"Evacuation " + id + " on " + hostName + " is "
								+ (r == null ? "not scheduled here" : r.state.name().toLowerCase(java.util.Locale.ROOT))
								+ ": only a scheduled one can be changed.",
						r != null && r.state == EvacuationRecord.State.RUNNING ? "Cancel it ('drover evacuations cancel " + id
								+ "'): no further step starts." : "List them with 'drover evacuations " + hostName + "'.");
			}
			before = describe(r);
			r.request = request;
			r.startsAt = Math.max(System.currentTimeMillis(), request.startAt());
			r.warnings.add(
					"Changed by " + caller.user() + " at " + java.time.Instant.now() + ": was " + before + ", now " + describe(r) + ".");
		}
		save(r); // the request is audited as every state change is; the record says what changed
		return r;
	}

	private static String describe(EvacuationRecord r) {
		return "at " + java.time.Instant.ofEpochMilli(r.startsAt) + ", repeat "
				+ r.request.repeat().name().toLowerCase(java.util.Locale.ROOT)
				+ ", parallel " + r.request.parallel();
	}

	/** A key limited to some users' processes may not take every tree of the host. */
	private void mayEvacuate(Caller caller) throws RequestException {
		if (caller.identity() != null && caller.identity().users() != null) {
			throw new RequestException(ErrorInfo.FORBIDDEN, "An evacuation takes every tree of " + hostName + "; the key "
					+ caller.identity().describe() + " may touch only processes of " + String.join(", ", caller.identity().users()) + ".",
					"Nothing was done. Evacuate with a key without drover-users, or migrate those processes one by one.");
		}
	}

	/** {@code evacuations}: every evacuation this agent keeps, oldest first. */
	public List<EvacuationRecord> list() {
		return store.all(); // as last saved: a snapshot, while runs go on changing theirs
	}

	/** {@code evacuation-cancel ID}: a scheduled one does not start; a running one runs no further step. */
	public Object cancel(Args args, Caller caller) throws RequestException {
		String id = args.positional(0, "an evacuation ID");
		EvacuationRecord r = active.get(id);
		if (r == null || r.state.isFinal()) {
			throw new RequestException(ErrorInfo.NO_SUCH_MIGRATION, "No scheduled or running evacuation " + id + " on " + hostName + ".",
					"List them with 'drover evacuations " + hostName + "'.");
		}
		EvacuationRun run = runs.get(id);
		synchronized (r) {
			if (r.state == EvacuationRecord.State.SCHEDULED) {
				r.state = EvacuationRecord.State.CANCELLED;
				r.cause = "Cancelled by " + caller.user() + " before it started; nothing was touched.";
				r.finishedAt = System.currentTimeMillis();
			}
		}
		if (run != null) {
			run.cancelled = true; // the steps under way finish; no other starts
		}
		save(r);
		if (r.state.isFinal()) {
			ended(r);
		}
		return Map.of("cancelled", id, "state", r.state.name());
	}

	/** {@code evacuation-record JSON}: keeps a record made elsewhere for this host (a restore); a restore resumes the host. */
	public Object record(Args args, Caller caller) throws RequestException, IOException {
		EvacuationRecord r;
		try {
			r = json.readValue(args.positional(0, "an evacuation record (JSON)"), EvacuationRecord.class);
		} catch (IOException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "evacuation-record: not an evacuation record: " + e.getMessage(),
					"Send the record as JSON on one line.");
		}
		if (r.id == null || !r.id.startsWith("evac-") || r.id.contains("/") || !hostName.equals(r.host)) {
			throw new RequestException(ErrorInfo.BAD_REQUEST,
					"evacuation-record: a record needs an id 'evac-...' and host " + hostName + ".",
					"Nothing was kept.");
		}
		if (r.restoreOf != null) {
			EvacuationRecord evacuated = store.all().stream().filter(e -> r.restoreOf.equals(e.id)).findFirst().orElse(r);
			try {
				scheduler(evacuated.request).resume(hostName);
			} catch (Exception e) {
				r.warnings.add("The cluster scheduler did not resume " + hostName + ": " + e.getMessage());
			}
		}
		save(r);
		return Map.of("recorded", r.id);
	}

	/** At start: scheduled evacuations are set again; one that was running goes on where its record says. */
	public void recoverAll() {
		for (EvacuationRecord r : store.all()) {
			if (r.state == EvacuationRecord.State.SCHEDULED || r.state == EvacuationRecord.State.RUNNING) {
				LOG.info("evacuation {}: {} at start, {}", r.id, r.state,
						r.state == EvacuationRecord.State.RUNNING ? "picked up" : "set again");
				audit.record("drover-agent", null, "evacuation-recover", List.of(r.id), true, "picked up in state " + r.state);
				schedule(r);
			}
		}
	}

	private void schedule(EvacuationRecord r) {
		active.put(r.id, r);
		Thread.ofPlatform().name("evacuation-" + r.id).start(() -> {
			try {
				while (true) { // startsAt may change until it starts (evacuation-update)
					long at;
					synchronized (r) {
						if (r.state != EvacuationRecord.State.SCHEDULED) {
							break;
						}
						at = r.startsAt;
					}
					long wait = at - System.currentTimeMillis();
					if (wait <= 0) {
						break;
					}
					Thread.sleep(Math.min(1000, wait));
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			EvacuationRun run;
			synchronized (r) {
				if (r.state.isFinal()) {
					return; // cancelled while it waited
				}
				run = new EvacuationRun(this, r);
				runs.put(r.id, run);
				if (r.request.repeat() != EvacuationRequest.Repeat.NONE && r.nextId == null) {
					r.nextId = scheduleNext(r);
				}
			}
			run.run();
		});
	}

	/** A repeated evacuation's next run: its own record, scheduled one period after this one (never in the past). */
	private String scheduleNext(EvacuationRecord r) {
		EvacuationRecord next = new EvacuationRecord();
		EvacuationRequest request = r.request.next();
		long at = request.startAt();
		while (at <= System.currentTimeMillis()) {
			at += r.request.repeat().periodMillis();
		}
		next.id = "evac-" + hostName + "-" + at;
		next.host = hostName;
		next.state = EvacuationRecord.State.SCHEDULED;
		next.operator = r.operator;
		next.createdAt = System.currentTimeMillis();
		next.startsAt = at;
		next.request = request;
		save(next);
		schedule(next);
		return next.id;
	}

	private EvacuationRequest request(Args args, String what) throws RequestException {
		try {
			EvacuationRequest request = json.readValue(args.positional(0, "an evacuation request (JSON)"), EvacuationRequest.class);
			if (!hostName.equals(request.host())) {
				throw new RequestException(ErrorInfo.BAD_REQUEST, what + ": this is the agent of " + hostName + ", not of "
						+ request.host() + ".", "Send it to " + request.host() + "'s agent: a host's own agent runs its evacuation.");
			}
			return request;
		} catch (IOException | IllegalArgumentException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, what + ": not an evacuation request: " + e.getMessage(),
					"Send: " + what + " '{\"host\":\"" + hostName + "\",\"targets\":[{\"name\":...,\"address\":...,\"port\":2222,"
							+ "\"hostKey\":\"SHA256:...\"}],\"parallel\":2}'");
		}
	}

	// --- for EvacuationRun

	void save(EvacuationRecord r) {
		try {
			synchronized (r) {
				store.save(r);
			}
		} catch (IOException e) {
			LOG.error("cannot keep the record of evacuation {}", r.id, e);
		}
	}

	void ended(EvacuationRecord r) {
		runs.remove(r.id);
		active.remove(r.id);
	}

	void audit(String operation, EvacuationRecord r, String result) {
		audit.record(r.operator, null, operation, List.of(r.id), r.state != EvacuationRecord.State.FAILED, result);
	}

	/** Steps run on behalf of the operator who asked, as the agent (it may be long after they left). */
	Caller callerOf(EvacuationRecord r) {
		String user = r.operator == null ? "drover-agent" : r.operator.replaceAll(" \\(.*", "");
		String key = r.operator != null && r.operator.contains("(") ? r.operator.replaceAll(".*\\((.*)\\)", "$1") : null;
		return new Caller(user, key);
	}

	PlanFacts facts() {
		return facts;
	}

	/**
	 * The cluster scheduler that drains and resumes this host for {@code request}: Slurm when the host's settings
	 * in the request name its node (scontrol runs here, on the node), none otherwise. Bad settings drain nothing,
	 * and say so in the exception the caller turns into a warning.
	 */
	ClusterScheduler scheduler(EvacuationRequest request) {
		if (request == null) {
			return ClusterScheduler.none();
		}
		return SlurmScheduler.forNode(hostName, SlurmSettings.of(request.hostSettings()).orElse(null));
	}

	RequestDispatcher dispatcher() {
		return dispatcher;
	}

	MigrationService migrations() {
		return migrations;
	}
}

package drover.agent.internal.evacuation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.Caller;
import drover.agent.internal.Reply;
import drover.core.AgentConnection;
import drover.core.evacuation.PlanDiff;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.protocol.EvacuationTarget;
import drover.protocol.Json;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;

/**
 * One evacuation from its start to its end, on a thread of its own in the evacuated host's agent. It plans again
 * (the cluster changed since the operator saw the plan) and records the difference, drains the host in the cluster
 * scheduler, then runs the steps in plan order, {@code parallel} at a time and never more into one host than its
 * incoming limit. Each step goes through the agent's own requests ({@code migrate}, {@code checkpoint}, {@code
 * kill-tree}) on behalf of the operator who asked, so each is audited, and each migration is durable on its own. A
 * step that fails leaves its tree where it was and the others go on; a target that no longer answers when its turn
 * comes gives way to the next alternative of the plan. Cancelling stops it between steps. Picked up again after an
 * agent restart: steps whose migration had started wait for that migration's end, the others run.
 */
final class EvacuationRun implements Runnable {

	private static final Logger LOG = LoggerFactory.getLogger(EvacuationRun.class);

	private final EvacuationService service;
	private final EvacuationRecord record;
	private final Caller caller;
	private final Map<String, Semaphore> incoming = new ConcurrentHashMap<>();
	volatile boolean cancelled;

	EvacuationRun(EvacuationService service, EvacuationRecord record) {
		this.service = service;
		this.record = record;
		this.caller = service.callerOf(record);
	}

	@Override
	public void run() {
		try {
			start();
			runSteps();
			finish();
		} catch (IOException | RuntimeException e) {
			LOG.error("evacuation {} failed", record.id, e);
			synchronized (record) {
				record.state = EvacuationRecord.State.FAILED;
				record.cause = "The evacuation could not go on: " + e.getMessage() + ". Trees not started stay on " + record.host + ".";
				record.finishedAt = System.currentTimeMillis();
				record.results.stream().filter(r -> r.outcome == StepOutcome.PENDING).forEach(r -> r.outcome = StepOutcome.LEFT);
			}
			service.save(record);
			service.ended(record);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void start() throws IOException {
		if (record.plan != null) {
			LOG.info("evacuation {}: picked up after a restart, {} step(s) left", record.id,
					record.results.stream().filter(r -> !r.outcome.equals(StepOutcome.MOVED)).count());
			return;
		}
		long now = System.currentTimeMillis();
		EvacuationPlan plan = service.facts().plan(record.request, now);
		synchronized (record) {
			record.state = EvacuationRecord.State.RUNNING;
			record.startedAt = now;
			record.plan = plan;
			record.planDiff = new ArrayList<>(PlanDiff.between(record.request.seenPlan(), plan));
			for (EvacuationPlan.Step s : plan.steps()) {
				Result r = new Result();
				r.pid = s.pid();
				r.command = s.command();
				r.action = s.action();
				r.plannedTarget = s.target();
				r.predicted = s.predicted();
				r.outcome = StepOutcome.PENDING;
				record.results.add(r);
			}
		}
		try {
			service.scheduler(record.request).drain(record.host, "drover evacuation " + record.id);
		} catch (Exception e) {
			record.warnings.add("The cluster scheduler did not drain " + record.host + ": " + e.getMessage()
					+ "; the evacuation goes on (new jobs may still land there).");
		}
		service.save(record);
		service.audit("evacuation-start", record, "plan: " + plan.steps().size() + " tree(s), " + record.planDiff.size()
				+ " change(s) from the plan shown");
	}

	private void runSteps() throws InterruptedException {
		ConcurrentLinkedQueue<Result> todo = new ConcurrentLinkedQueue<>();
		for (Result r : record.results) {
			if (r.outcome == StepOutcome.PENDING || r.outcome == StepOutcome.RUNNING) {
				todo.add(r);
			}
		}
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < Math.max(1, record.plan.parallel()); i++) {
			workers.add(Thread.ofPlatform().name("evacuation-" + record.id + "-" + i).start(() -> {
				for (Result r; (r = todo.poll()) != null;) {
					step(r);
				}
			}));
		}
		for (Thread t : workers) {
			t.join();
		}
	}

	private void step(Result r) {
		EvacuationPlan.Step s = record.plan.step(r.pid);
		try {
			if (r.outcome == StepOutcome.RUNNING && r.migrationId != null) {
				settle(r, service.migrations().awaitEnd(r.migrationId)); // started before a restart
				return;
			}
			if (cancelled) {
				update(r, StepOutcome.CANCELLED, "the evacuation was cancelled before this step; the tree stays on " + record.host);
				return;
			}
			switch (r.action) {
			case LEAVE -> update(r, StepOutcome.LEFT, s.immovableReason() != null ? s.immovableReason() : "left running by choice");
			case STOP -> local(r, "kill-tree " + join(s.pids()), StepOutcome.STOPPED);
			case CHECKPOINT -> local(r, "checkpoint " + r.pid + " --name evac-" + record.id + "-" + r.pid, StepOutcome.CHECKPOINTED);
			case MIGRATE, MIGRATE_POSTCOPY -> migrate(r, s);
			}
		} catch (IOException | RuntimeException e) {
			LOG.warn("evacuation {}: step for PID {} failed", record.id, r.pid, e);
			update(r, StepOutcome.FAILED, "the agent failed on this step: " + e.getMessage() + "; the tree stays on " + record.host);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void local(Result r, String line, StepOutcome done) {
		r.startedAt = System.currentTimeMillis();
		Reply reply = service.dispatcher().handle(line, caller);
		r.actualTotalMillis = System.currentTimeMillis() - r.startedAt;
		if (reply.error() != null) {
			update(r, StepOutcome.FAILED, reply.error().message());
		} else {
			update(r, done, null);
		}
	}

	private void migrate(Result r, EvacuationPlan.Step s) throws IOException, InterruptedException {
		List<String> tried = new ArrayList<>();
		EvacuationTarget to = reachable(s, tried);
		if (to == null) {
			update(r, StepOutcome.FAILED, "no target answers (" + String.join("; ", tried) + "); the tree stays on " + record.host);
			return;
		}
		Semaphore slots = incoming.computeIfAbsent(to.name(), n -> new Semaphore(record.request.rules().incomingLimit(n)));
		slots.acquire();
		try {
			if (cancelled) {
				update(r, StepOutcome.CANCELLED, "the evacuation was cancelled before this step; the tree stays on " + record.host);
				return;
			}
			MigrationRequest m = new MigrationRequest(r.pid, to.name(), to.address(), to.port(), to.user(), to.hostKey(),
					r.action == EvacuationAction.MIGRATE_POSTCOPY ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY,
					record.request.rules().acceptWarnings()).withTicket(to.ticket()); // the operator's, signed when they handed it over
			r.startedAt = System.currentTimeMillis();
			Reply reply = service.dispatcher().handle("migrate " + AgentConnection.quote(Json.toJson(m)), caller);
			if (reply.error() != null) {
				update(r, StepOutcome.FAILED, reply.error().message());
				return;
			}
			synchronized (record) {
				r.target = to.name();
				r.migrationId = String.valueOf(((Map<?, ?>) reply.result()).get("id"));
				r.outcome = StepOutcome.RUNNING;
				if (!tried.isEmpty()) {
					r.cause = String.join("; ", tried) + ": sent to " + to.name() + " instead";
				}
			}
			service.save(record);
			settle(r, service.migrations().awaitEnd(r.migrationId));
		} finally {
			slots.release();
		}
	}

	/** The planned target if it answers, else the plan's next alternative that does (each miss noted in {@code tried}). */
	private EvacuationTarget reachable(EvacuationPlan.Step s, List<String> tried) {
		List<String> names = new ArrayList<>();
		names.add(s.target());
		s.alternatives().stream().filter(a -> !a.excluded()).forEach(a -> names.add(a.host()));
		for (String name : names) {
			EvacuationTarget t = record.request.targets().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
			if (t == null) {
				continue;
			}
			try (AgentConnection c = service.facts().connect(t)) {
				c.hello();
				return t;
			} catch (IOException | RuntimeException e) {
				tried.add(name + " did not answer (" + e.getMessage() + ")");
			}
		}
		return null;
	}

	private void settle(Result r, MigrationReport m) {
		synchronized (record) {
			if (m == null) {
				r.outcome = StepOutcome.FAILED;
				r.cause = "migration " + r.migrationId + " left no record on " + record.host + "; check 'drover migrations " + record.host
						+ "'";
			} else {
				r.actualDowntimeMillis = m.downtimeMillis;
				r.actualTotalMillis = m.finishedAt > m.startedAt ? m.finishedAt - m.startedAt : 0;
				r.actualImageBytes = m.imageBytes();
				r.targetPid = m.restoredPid > 0 ? m.restoredPid : r.pid;
				r.target = m.target;
				r.outcome = m.outcome == Outcome.DONE ? StepOutcome.MOVED : StepOutcome.FAILED;
				if (m.outcome != Outcome.DONE) {
					r.cause = m.outcome + ": " + m.cause + (m.rollback != null ? " " + m.rollback : "");
				}
			}
			r.finishedAt = System.currentTimeMillis();
		}
		service.save(record);
	}

	private void update(Result r, StepOutcome outcome, String cause) {
		synchronized (record) {
			r.outcome = outcome;
			if (cause != null) {
				r.cause = cause;
			}
			r.finishedAt = System.currentTimeMillis();
		}
		service.save(record);
	}

	private void finish() {
		long failed = record.results.stream().filter(r -> r.outcome == StepOutcome.FAILED).count();
		synchronized (record) {
			record.finishedAt = System.currentTimeMillis();
			if (cancelled) {
				record.state = EvacuationRecord.State.CANCELLED;
				record.cause = "Cancelled by the operator: steps not started were not run; their trees stay on " + record.host + ".";
			} else if (failed > 0) {
				record.state = EvacuationRecord.State.FAILED;
				record.cause = failed + " of " + record.results.size() + " step(s) failed; their trees stay on " + record.host
						+ " (each step's cause is in its row).";
			} else {
				record.state = EvacuationRecord.State.DONE;
			}
		}
		service.save(record);
		service.audit("evacuation-end", record, record.state + ": " + record.moved() + " moved"
				+ (record.cause != null ? "; " + record.cause : ""));
		service.ended(record);
	}

	private static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}
}

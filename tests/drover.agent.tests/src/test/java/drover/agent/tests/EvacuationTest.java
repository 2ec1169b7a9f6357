package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.cli.internal.EvacuationPrinter;
import drover.core.AgentConnection;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.protocol.EvacuationRequest;
import drover.protocol.Json;
import drover.protocol.MigrationReport;

/**
 * Evacuations on four simulated hosts (real agents, real CRIU, real processes), one cluster for the whole class:
 * the plan respects free memory; a host with six counting processes of different sizes and one holding a file lock
 * is emptied of the six, each keeping its state, never more than one migration into a host at once, the locked one
 * reported and left running; the restore brings the six back; an evacuation scheduled 20 s ahead runs with no CLI
 * alive and through a restart of its agent; a target killed during an evacuation loses nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvacuationTest {

	static final List<String> HOSTS = List.of("citest1", "citest2", "citest3", "citest4");
	static final ObjectMapper JSON = Json.newMapper();

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	/** The six movable counters (bash ones and python ones holding 16, 64 and 128 MB) and the locked process. */
	static final List<CounterProcess> counters = new ArrayList<>();
	static final Map<Integer, Integer> before = new HashMap<>();
	static int locked;
	static Path lock;
	static EvacuationRecord evacuation;

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true");
		try {
			hosts = new DemoHosts(home, 4);
		} finally {
			System.clearProperty("drover.demo.agentOpts");
		}
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	@AfterEach
	void noPauses() throws IOException {
		for (String host : HOSTS) {
			hosts.clearPauses(host);
		}
	}

	@Test
	@Order(1)
	void thePlanSendsNoTreeToAHostWithoutRoomForItAndSaysWhy() throws Exception {
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "small1", 0));
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "small2", 0));
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "small3", 0));
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "ballast16", 16));
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "ballast64", 64));
		counters.add(DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "ballast128", 128));
		lock = files.resolve("evac.lock");
		Files.writeString(lock, "");
		try (AgentConnection a = hosts.connect("citest1")) {
			locked = a.spawn(List.of("/usr/bin/python3", "-c", "import fcntl, time\nf = open('" + lock + "', 'w')\n"
					+ "fcntl.flock(f, fcntl.LOCK_EX)\nwhile True: time.sleep(1)")).pid();
		}
		CounterProcess big = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "big", 256);
		for (CounterProcess c : counters) {
			before.put(c.pid, c.assertKeepsCounting(3));
		}
		big.assertKeepsCounting(3);
		long available;
		try (AgentConnection a = hosts.connect("citest2")) {
			available = a.hello().host().memoryAvailable();
		}
		// every host keeps all but 200 MB of what it has free: room for the small tree, none for 256 MB
		long reserveMb = (available >> 20) - 200;
		String out = DemoHosts.cli("plan", "citest1", "--json", "--pid", Integer.toString(big.pid), "--pid",
				Integer.toString(counters.get(0).pid), "--reserve", Long.toString(reserveMb));
		EvacuationPlan plan = JSON.readValue(out, EvacuationPlan.class);
		EvacuationPlan.Step bigStep = plan.step(big.pid);
		assertNull(bigStep.target(), "no host has room for 256 MB: " + bigStep);
		assertTrue(bigStep.immovableReason().contains("too little free memory"), bigStep.immovableReason());
		assertEquals(3, bigStep.alternatives().size(), "each other host is named with its reason: " + bigStep.alternatives());
		EvacuationPlan.Step small = plan.step(counters.get(0).pid);
		assertNotNull(small.target(), "the small tree fits: " + small);
		assertTrue(small.reasons().stream().anyMatch(r -> r.startsWith("free memory after it")), small.reasons().toString());
		// a fresh cluster has no cost records: the agent probed the link to the target before predicting
		assertTrue(small.predicted().basis().contains("probed its link at"), small.predicted().basis());
		try (AgentConnection a = hosts.connect("citest1")) {
			a.killTree(List.of(big.pid));
		}
	}

	@Test
	@Order(2)
	void evacuatingAHostMovesEveryMovableTreeWithItsStateAndLeavesTheLockedOneRunning() throws Exception {
		String shown = DemoHosts.cli("plan", "citest1", "--parallel", "3", "--incoming-limit", "1");
		assertTrue(shown.contains("Plan for evacuating citest1") && shown.contains("why: score"), shown);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "evacuation-plan.txt"), shown);
		String out = DemoHosts.cli("evacuate", "citest1", "--parallel", "3", "--incoming-limit", "1", "--json");
		evacuation = JSON.readValue(out, EvacuationRecord.class);
		assertEquals(EvacuationRecord.State.DONE, evacuation.state, evacuation.cause);
		List<Integer> ours = new ArrayList<>(counters.stream().map(c -> c.pid).toList());
		ours.add(locked);
		assertTrue(evacuation.results.stream().map(r -> r.pid).toList().containsAll(ours), pidsOf(evacuation));
		// the demo host's own placeholder (its PID 2, a 'sleep' outside any session) has a pre-flight warning: left
		assertTrue(evacuation.results.stream().filter(r -> !ours.contains(r.pid)).allMatch(r -> r.outcome == StepOutcome.LEFT),
				pidsOf(evacuation));
		for (CounterProcess c : counters) {
			Result r = result(evacuation, c.pid);
			assertEquals(StepOutcome.MOVED, r.outcome, r.cause);
			assertTrue(r.actualTotalMillis > 0 && r.predicted != null, "predicted and actual are kept");
			DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, r.target, c, before.get(c.pid));
			before.put(c.pid, c.assertConsecutive(c.counter));
		}
		for (CounterProcess c : counters.subList(3, 6)) {
			c.assertMemoryIntact();
		}
		Result l = result(evacuation, locked);
		assertEquals(StepOutcome.LEFT, l.outcome);
		assertTrue(l.cause.contains("file locks"), l.cause);
		assertEquals("held", hosts.exec("citest1", "sh", "-c", "flock -n " + lock + " true && echo free || echo held").trim(),
				"the locked process still runs on citest1 with its lock");
		// the incoming limit (1): migrations into one host never overlapped
		List<MigrationReport> records;
		try (AgentConnection a = hosts.connect("citest1")) {
			Map<String, MigrationReport> byId = new HashMap<>(); // the final record of each (the last one listed)
			a.migrations().stream().filter(m -> evacuation.results.stream().anyMatch(r -> m.id.equals(r.migrationId)))
					.forEach(m -> byId.put(m.id, m));
			records = new ArrayList<>(byId.values());
		}
		assertEquals(6, records.size());
		for (MigrationReport m : records) {
			for (MigrationReport n : records) {
				if (m != n && m.target.equals(n.target)) {
					assertTrue(m.finishedAt <= n.startedAt || n.finishedAt <= m.startedAt,
							m.id + " and " + n.id + " overlap into " + m.target);
				}
			}
		}
		Files.createDirectories(Path.of("target"));
		StringWriter table = new StringWriter();
		EvacuationPrinter.summary(new PrintWriter(table), evacuation);
		Files.writeString(Path.of("target", "evacuation-figures.txt"), table.toString());
		System.out.println(table);
	}

	@Test
	@Order(3)
	void theRestoreBringsBackWhatTheEvacuationMoved() throws Exception {
		String out = DemoHosts.cli("evacuate", "citest1", "--restore", "--json");
		EvacuationRecord restore = JSON.readValue(out, EvacuationRecord.class);
		assertEquals(evacuation.id, restore.restoreOf);
		assertEquals(EvacuationRecord.State.DONE, restore.state, restore.cause);
		for (CounterProcess c : counters) {
			DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest1", c, before.get(c.pid));
		}
		try (AgentConnection a = hosts.connect("citest1")) {
			assertTrue(a.evacuations().stream().anyMatch(r -> r.id.equals(restore.id)), "the restore's record is kept on citest1");
		}
		String again = DemoHosts.cli("evacuate", "citest1", "--restore");
		assertTrue(again.contains("restored already"), again);
		// measured once more, now that the model learned from twelve migrations between these hosts
		List<String> args = new ArrayList<>(List.of("evacuate", "citest1", "--parallel", "3", "--incoming-limit", "1", "--json"));
		counters.forEach(c -> args.addAll(List.of("--pid", Integer.toString(c.pid))));
		EvacuationRecord second = JSON.readValue(DemoHosts.cli(args.toArray(String[]::new)), EvacuationRecord.class);
		assertEquals(EvacuationRecord.State.DONE, second.state, second.cause);
		StringWriter table = new StringWriter();
		EvacuationPrinter.summary(new PrintWriter(table), second);
		Files.writeString(Path.of("target", "evacuation-figures-learned.txt"), table.toString());
		System.out.println(table);
		for (CounterProcess c : counters) {
			Result r = result(second, c.pid);
			assertEquals(StepOutcome.MOVED, r.outcome, r.cause);
			assertTrue(r.predicted.basis().contains("fitted") || r.predicted.basis().contains("record"), r.predicted.basis());
			DurableMigrationTest.kill(hosts, r.target, c);
		}
		try (AgentConnection a = hosts.connect("citest1")) {
			a.killTree(List.of(locked));
		}
	}

	@Test
	@Order(4)
	void anEvacuationScheduled20sAheadRunsWithNoCliAliveAndThroughARestartOfItsAgent() throws Exception {
		CounterProcess c = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "scheduled", 0);
		int count = c.assertKeepsCounting(3);
		Path log = files.resolve("scheduled.log");
		Process cli = hosts.cliProcess(log, "evacuate", "citest1", "--at", "+20s", "--pid", Integer.toString(c.pid), "--to", "citest4");
		assertEquals(0, cli.waitFor(), Files.readString(log));
		long handed = System.currentTimeMillis();
		assertFalse(cli.isAlive());
		assertTrue(Files.readString(log).contains("is scheduled for"), Files.readString(log));
		String id;
		try (AgentConnection a = hosts.connect("citest1")) {
			EvacuationRecord r = a.evacuations().stream().filter(x -> x.state == EvacuationRecord.State.SCHEDULED).findFirst()
					.orElseThrow();
			id = r.id;
		}
		hosts.killAgent("citest1"); // the scheduled evacuation is on disk only now
		hosts.restartAgent("citest1");
		EvacuationRecord done = awaitFinal("citest1", id, 90_000);
		assertEquals(EvacuationRecord.State.DONE, done.state, done.cause);
		assertTrue(done.startedAt >= done.startsAt && done.startedAt - handed >= 15_000, "it started at its time, not before");
		assertEquals(StepOutcome.MOVED, done.results.get(0).outcome, done.results.get(0).cause);
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest4", c, count);
		DurableMigrationTest.kill(hosts, "citest4", c);
	}

	@Test
	@Order(5)
	void aTargetKilledDuringAnEvacuationLosesNoProcess() throws Exception {
		List<CounterProcess> three = new ArrayList<>();
		Map<Integer, Integer> counts = new HashMap<>();
		for (int i = 0; i < 3; i++) {
			CounterProcess c = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "killed" + i, 0);
			three.add(c);
		}
		for (CounterProcess c : three) {
			counts.put(c.pid, c.assertKeepsCounting(3));
		}
		hosts.pauseAt("citest1", "TRANSFER", 4000);
		List<String> args = new ArrayList<>(List.of("evacuate", "citest1", "--to", "citest2,citest3", "--incoming-limit", "1",
				"--parallel", "1", "--detach", "--json"));
		three.forEach(c -> args.addAll(List.of("--pid", Integer.toString(c.pid))));
		// two trees bound for citest2, so one is still to go there when it dies (left to the ranking, the split
		// between two equal hosts depends on their free memory at that moment)
		args.addAll(List.of("--set", three.get(0).pid + "=migrate@citest2", "--set", three.get(1).pid + "=migrate@citest3", "--set",
				three.get(2).pid + "=migrate@citest2"));
		EvacuationRecord handed = JSON.readValue(DemoHosts.cli(args.toArray(String[]::new)), EvacuationRecord.class);
		try {
			String migration = null;
			long deadline = System.currentTimeMillis() + 60_000;
			while (migration == null && System.currentTimeMillis() < deadline) {
				EvacuationRecord r = record("citest1", handed.id);
				migration = r.results.stream().filter(x -> "citest2".equals(x.target) && x.migrationId != null)
						.map(x -> x.migrationId).findFirst().orElse(null);
				Thread.sleep(200);
			}
			assertNotNull(migration, "a migration to citest2 started");
			try (AgentConnection a = hosts.connect("citest1")) {
				DurableMigrationTest.awaitPhase(a, migration, "TRANSFER");
			}
			hosts.killAgent("citest2");
			EvacuationRecord end = awaitFinal("citest1", handed.id, 120_000);
			for (CounterProcess c : three) {
				Result r = result(end, c.pid);
				String where = r.outcome == StepOutcome.MOVED ? r.target : "citest1";
				assertFalse("citest2".equals(where), "nothing went to the dead host: " + r.cause);
				// citest2's agent is dead: look inside the host itself
				String there = hosts.exec("citest2", "sh", "-c", "cat /proc/" + c.pid + "/cmdline 2>/dev/null | tr '\\0' ' '; true");
				assertFalse(there.contains(c.marker.toString()), "no copy runs on citest2: " + there);
				DurableMigrationTest.assertRunsOnlyOn(hosts, List.of("citest1", "citest3", "citest4"), where, c, counts.get(c.pid));
				DurableMigrationTest.kill(hosts, where, c);
			}
			assertTrue(end.results.stream().anyMatch(r -> r.outcome == StepOutcome.FAILED && "citest2".equals(r.target)),
					"the migration cut off by the dead target failed and rolled back: " + pidsOf(end));
			assertTrue(end.results.stream().anyMatch(r -> r.outcome == StepOutcome.MOVED && "citest3".equals(r.target)
					&& "citest2".equals(r.plannedTarget) && r.cause != null && r.cause.contains("citest2 did not answer")),
					"a tree planned for citest2 went to citest3 instead: " + pidsOf(end));
		} finally {
			hosts.restartAgent("citest2");
		}
	}

	@Test
	@Order(6)
	void aScheduledEvacuationCancelledBeforeItsTimeNeverStarts() throws Exception {
		CounterProcess c = DurableMigrationTest.counterOnHosts(hosts, files, "citest3", "cancelled", 0);
		int count = c.assertKeepsCounting(3);
		EvacuationRecord r = JSON.readValue(DemoHosts.cli("evacuate", "citest3", "--at", "+10m", "--repeat", "daily", "--pid",
				Integer.toString(c.pid), "--json"), EvacuationRecord.class);
		assertEquals(EvacuationRecord.State.SCHEDULED, r.state);
		String listed = DemoHosts.cli("evacuations", "citest3");
		assertTrue(listed.contains(r.id) && listed.contains("SCHEDULED") && listed.contains("daily"), listed);
		String cancelled = DemoHosts.cli("evacuations", "cancel", r.id);
		assertTrue(cancelled.contains("does not start"), cancelled);
		assertEquals(EvacuationRecord.State.CANCELLED, record("citest3", r.id).state);
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest3", c, count);
		try (AgentConnection a = hosts.connect("citest3")) {
			assertTrue(a.history().stream().anyMatch(e -> e.path("operation").asText().equals("evacuation-cancel")), "audited");
		}
		DurableMigrationTest.kill(hosts, "citest3", c);
	}

	@Test
	@Order(7)
	void aScheduledEvacuationEditedToAnEarlierTimeRunsThenAndCannotBeEditedOnceEnded() throws Exception {
		CounterProcess c = DurableMigrationTest.counterOnHosts(hosts, files, "citest3", "edited", 0);
		int count = c.assertKeepsCounting(3);
		EvacuationRecord r = JSON.readValue(DemoHosts.cli("evacuate", "citest3", "--at", "+1h", "--repeat", "weekly", "--to", "citest4",
				"--pid", Integer.toString(c.pid), "--json"), EvacuationRecord.class);
		assertEquals(EvacuationRecord.State.SCHEDULED, r.state);
		String edited = DemoHosts.cli("evacuations", "edit", r.id, "--at", "+5s", "--repeat", "none", "--parallel", "1");
		assertTrue(edited.contains("Changed " + r.id) && edited.contains("1 at once"), edited);
		EvacuationRecord changed = record("citest3", r.id);
		assertEquals(EvacuationRecord.State.SCHEDULED, changed.state);
		assertTrue(changed.startsAt < r.startsAt - 3_000_000L,
				"it starts about an hour earlier: " + changed.startsAt + " vs " + r.startsAt);
		assertEquals(EvacuationRequest.Repeat.NONE, changed.request.repeat());
		assertTrue(changed.warnings.stream().anyMatch(w -> w.startsWith("Changed by") && w.contains("repeat weekly")),
				changed.warnings.toString());
		// it runs at its new time, on the tickets the edit signed anew
		EvacuationRecord end = awaitFinal("citest3", r.id, 90_000);
		assertEquals(EvacuationRecord.State.DONE, end.state, end.cause);
		assertNull(end.nextId, "no repeat any more");
		assertEquals(StepOutcome.MOVED, result(end, c.pid).outcome, result(end, c.pid).cause);
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest4", c, count);
		IllegalStateException tooLate = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
				() -> DemoHosts.cli("evacuations", "edit", r.id, "--at", "+1h"));
		assertTrue(tooLate.getMessage().contains("only a scheduled one can be changed"), tooLate.getMessage());
		try (AgentConnection a = hosts.connect("citest3")) {
			assertTrue(a.history().stream().anyMatch(e -> e.path("operation").asText().equals("evacuation-update")), "audited");
		}
		DurableMigrationTest.kill(hosts, "citest4", c);
	}

	@Test
	@Order(8)
	void theClusterKeepsItsRulesAndAnOptionStillWinsForOnePlan() throws Exception {
		CounterProcess c = DurableMigrationTest.counterOnHosts(hosts, files, "citest3", "ruled", 16);
		try {
			c.assertKeepsCounting(2);
			String kept = DemoHosts.cli("evacuation-rules", "--post-copy-above", "8", "--incoming-limit-for", "citest4=1");
			assertTrue(kept.contains("post-copy above   8 MB") && kept.contains("citest4 1"), kept);
			EvacuationPlan ruled = JSON.readValue(DemoHosts.cli("plan", "citest3", "--pid", Integer.toString(c.pid), "--json"),
					EvacuationPlan.class);
			assertEquals(EvacuationAction.MIGRATE_POSTCOPY, ruled.step(c.pid).action(), "the cluster's rule: post-copy above 8 MB");
			EvacuationPlan overridden = JSON.readValue(DemoHosts.cli("plan", "citest3", "--pid", Integer.toString(c.pid),
					"--post-copy-above", "1024", "--json"), EvacuationPlan.class);
			assertEquals(EvacuationAction.MIGRATE, overridden.step(c.pid).action(), "the option wins for this plan");
			assertTrue(DemoHosts.cli("evacuation-rules").contains("post-copy above   8 MB"), "and the cluster's rule stays");
		} finally {
			String reset = DemoHosts.cli("evacuation-rules", "--reset");
			assertTrue(reset.contains("post-copy above   1024 MB"), reset);
			DurableMigrationTest.kill(hosts, "citest3", c);
		}
	}

	// --- helpers

	static Result result(EvacuationRecord r, int pid) {
		return r.results.stream().filter(x -> x.pid == pid).findFirst().orElseThrow(() -> new AssertionError("no step for PID "
				+ pid + " in " + pidsOf(r)));
	}

	static String pidsOf(EvacuationRecord r) {
		return r.results.stream().map(x -> x.pid + " " + x.outcome + " " + x.plannedTarget + "->" + x.target + " " + x.cause).toList()
				.toString();
	}

	static EvacuationRecord record(String host, String id) throws IOException {
		try (AgentConnection a = hosts.connect(host)) {
			return a.evacuations().stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
		}
	}

	static EvacuationRecord awaitFinal(String host, String id, long millis) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		EvacuationRecord last = null;
		while (System.currentTimeMillis() < deadline) {
			try {
				last = record(host, id);
				if (last.state.isFinal()) {
					return last;
				}
			} catch (IOException e) {
				// the agent is starting again
			}
			Thread.sleep(500);
		}
		throw new AssertionError(id + " did not end in time: " + (last == null ? "never listed" : last.state + " " + pidsOf(last)));
	}
}

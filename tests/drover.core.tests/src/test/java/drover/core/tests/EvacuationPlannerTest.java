package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import drover.core.evacuation.CostModel;
import drover.core.evacuation.EvacuationPlanner;
import drover.core.evacuation.PlanDiff;
import drover.core.evacuation.PlanInput;
import drover.core.evacuation.StartTime;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationOverride;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRules;
import drover.protocol.EvacuationSelection;
import drover.protocol.EvacuationTarget;
import drover.protocol.HostFacts;
import drover.protocol.Inventory;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;

/**
 * {@link EvacuationPlanner}, {@link CostModel}, {@link StartTime} and {@link PlanDiff}, without any host: the
 * ranking as a table of named rows (each sets up candidate hosts and says which one a tree must go to, and which
 * word the reasons must carry), then selection, actions, overrides, the cost model's fit and learning, and times.
 */
class EvacuationPlannerTest {

	static final long MIB = 1L << 20;
	static final long GIB = 1L << 30;
	static final String FLAGS = "fpu sse sse2 avx";

	/** A candidate host: memory available and total, 1-minute load over 2 CPUs, flags, and its pre-flight. */
	record Host(String name, long available, long total, double load, String flags, boolean refuses) {
		static Host of(String name, long availableGib) {
			return new Host(name, availableGib * GIB, 16 * GIB, 0, FLAGS, false);
		}

		Host load(double l) {
			return new Host(name, available, total, l, flags, refuses);
		}

		Host flags(String f) {
			return new Host(name, available, total, load, f, refuses);
		}

		Host refusing() {
			return new Host(name, available, total, load, flags, true);
		}
	}

	static Stream<Arguments> ranking() {
		return Stream.of(
				row("the host with the most free memory wins when all else is equal", 512 * MIB, List.of(),
						List.of(Host.of("b", 4), Host.of("c", 12), Host.of("d", 8)), "c", "free memory"),
				row("a host too small for the tree is not chosen, and its exclusion says so", 6 * GIB, List.of(),
						List.of(Host.of("b", 4), Host.of("c", 7)), "c", "too little free memory"),
				row("an idle CPU beats a busy one with the same memory", 512 * MIB, List.of(),
						List.of(Host.of("b", 8).load(3.8), Host.of("c", 8)), "c", "busier CPU"),
				row("a host whose CPU lacks a flag of the source's is excluded", 512 * MIB, List.of(),
						List.of(Host.of("b", 12).flags("fpu sse sse2"), Host.of("c", 4)), "c", "lacks avx"),
				row("a host whose pre-flight refuses the tree (a PID taken) is excluded", 512 * MIB, List.of(),
						List.of(Host.of("b", 12).refusing(), Host.of("c", 4)), "c", "PID 100 taken"),
				row("the pair measured faster wins even with a little less memory, and the slower says why", 900 * MIB,
						List.of(record("a", "b", 100 * MIB, 100, 300), record("a", "b", 1000 * MIB, 100, 1200),
								record("a", "c", 100 * MIB, 200, 10_000), record("a", "c", 400 * MIB, 200, 40_000)),
						List.of(Host.of("b", 7), Host.of("c", 8)), "b", "slower"),
				row("the reasons name the fitted line they used", 900 * MIB,
						List.of(record("a", "b", 100 * MIB, 100, 300), record("a", "b", 1000 * MIB, 100, 1200)),
						List.of(Host.of("b", 7)), "b", "fitted from 2 record(s) a -> b"),
				row("ties go by name", 512 * MIB, List.of(), List.of(Host.of("c", 8), Host.of("b", 8)), "b", "ties go by name"));
	}

	static Arguments row(String name, long resident, List<MigrationReport> history, List<Host> hosts, String expected,
			String reasonWord) {
		return Arguments.of(name, resident, history, hosts, expected, reasonWord);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ranking")
	void ranking(String name, long resident, List<MigrationReport> history, List<Host> hosts, String expected, String word) {
		EvacuationPlan plan = EvacuationPlanner.plan(input(List.of(proc(100, 1, "app", resident)), hosts, history,
				EvacuationRules.defaults(), List.of(), 2));
		EvacuationPlan.Step step = plan.step(100);
		assertEquals(expected, step.target(), name + ": " + step.reasons() + " / " + step.alternatives());
		String all = String.join(" ", step.reasons()) + " " + String.join(" ", step.alternatives().stream().map(a -> a.host() + " "
				+ a.why()).toList());
		assertTrue(all.contains(word), name + ": the reasons say '" + word + "': " + all);
		assertEquals(hosts.size() - 1, step.alternatives().size(), "every other host is an alternative with its why");
	}

	@Test
	void theConcurrencyLimitSpreadsTreesOverHostsOnceOneHostsSlotsAreTaken() {
		List<ProcessInfo> procs = List.of(proc(100, 1, "a1", 64 * MIB), proc(101, 1, "a2", 64 * MIB), proc(102, 1, "a3", 64 * MIB));
		EvacuationRules one = new EvacuationRules(GIB, 1, null, 0, EvacuationAction.LEAVE, false);
		EvacuationPlan plan = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 12), Host.of("c", 11)), List.of(), one,
				List.of(), 2));
		Map<String, Integer> per = new HashMap<>();
		plan.steps().forEach(s -> per.merge(s.target(), 1, Integer::sum));
		assertEquals(2, per.get("b"), plan.steps().toString());
		assertEquals(1, per.get("c"), "the second tree waits less on c, whose one slot is free: " + plan.steps());
		EvacuationPlan.Step second = plan.steps().get(1);
		assertTrue(second.alternatives().get(0).why().contains("already planned there"), second.alternatives().toString());
	}

	@Test
	void freeMemoryIsCountedAfterWhatThePlanAlreadySendsThere() {
		// b has room for one 3 GiB tree and not two; c for one: the second cannot go to b
		List<ProcessInfo> procs = List.of(proc(100, 1, "big1", 3 * GIB), proc(101, 1, "big2", 3 * GIB), proc(102, 1, "big3", 3 * GIB));
		EvacuationPlan plan = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 5), Host.of("c", 4)), List.of(),
				EvacuationRules.defaults(), List.of(), 2));
		assertEquals("b", plan.step(100).target());
		assertEquals("c", plan.step(101).target());
		EvacuationPlan.Step third = plan.step(102);
		assertNull(third.target(), "no room is left anywhere: " + third);
		assertEquals(EvacuationAction.LEAVE, third.action());
		assertTrue(third.immovableReason().contains("3.0 GiB already planned there"), third.immovableReason());
		assertEquals(EvacuationAction.MIGRATE_POSTCOPY, plan.step(100).action(), "above 1 GiB: post-copy");
	}

	@Test
	void aTreePreflightRefusesGetsItsReasonAndTheProposedAction() {
		Map<Integer, Preflight> pf = new HashMap<>();
		pf.put(100, new Preflight("a", List.of(100), 10 * MIB, List.of(new Preflight.Verdict(Preflight.Verdict.ERROR, 100,
				"fd 3 (/tmp/x.lock)", "refused: the tree holds file locks")), List.of(), 0, 0));
		EvacuationRules checkpoint = new EvacuationRules(GIB, 2, null, 0, EvacuationAction.CHECKPOINT, false);
		EvacuationPlan plan = EvacuationPlanner.plan(new PlanInput("a", inventory(List.of(proc(100, 1, "locker", 10 * MIB))),
				facts("a", 8, FLAGS), Set.of(), pf, candidates(List.of(Host.of("b", 8)), List.of(proc(100, 1, "locker", 0))),
				CostModel.fit(List.of()), null, checkpoint, List.of(), 2, 0));
		EvacuationPlan.Step s = plan.step(100);
		assertEquals("ERROR", s.verdict());
		assertEquals(EvacuationAction.CHECKPOINT, s.action());
		assertTrue(s.immovableReason().contains("file locks"), s.immovableReason());
	}

	@Test
	void initTheAgentAndItsHelpersAreNeverTakenAndFiltersSelectRoots() {
		List<ProcessInfo> procs = new ArrayList<>(List.of(proc(1, 0, "tini", 1 * MIB), proc(2, 1, "java", 200 * MIB),
				proc(3, 2, "criu", 5 * MIB), proc(100, 1, "redis-server", 50 * MIB), proc(101, 100, "child", 1 * MIB),
				proc(200, 1, "nginx", 20 * MIB)));
		PlanInput all = new PlanInput("a", inventory(procs), facts("a", 8, FLAGS), Set.of(2), preflights(procs),
				candidates(List.of(Host.of("b", 8)), procs), CostModel.fit(List.of()), null, null, List.of(), 2, 0);
		assertEquals(List.of(100, 200), EvacuationPlanner.plan(all).steps().stream().map(EvacuationPlan.Step::pid).sorted().toList());
		assertEquals(List.of(100, 101), EvacuationPlanner.plan(all).step(100).pids(), "a child moves with its tree");
		PlanInput redis = new PlanInput("a", inventory(procs), facts("a", 8, FLAGS), Set.of(2), preflights(procs),
				candidates(List.of(Host.of("b", 8)), procs), CostModel.fit(List.of()),
				new EvacuationSelection(List.of("redis"), null, null, null), null, List.of(), 2, 0);
		assertEquals(List.of(100), EvacuationPlanner.plan(redis).steps().stream().map(EvacuationPlan.Step::pid).toList());
	}

	@Test
	void anOverrideReplacesTheProposalAndSaysSo() {
		List<ProcessInfo> procs = List.of(proc(100, 1, "app", 64 * MIB), proc(101, 1, "batch", 64 * MIB));
		EvacuationPlan plan = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 12), Host.of("c", 4)), List.of(),
				EvacuationRules.defaults(), List.of(new EvacuationOverride(100, EvacuationAction.MIGRATE, "c"),
						new EvacuationOverride(101, EvacuationAction.STOP, null)),
				2));
		assertEquals("c", plan.step(100).target());
		assertTrue(plan.step(100).reasons().contains("the operator chose c"), plan.step(100).reasons().toString());
		assertEquals(EvacuationAction.STOP, plan.step(101).action());
		assertEquals(EvacuationAction.MIGRATE, plan.step(101).proposed());
		assertTrue(plan.step(101).overridden());
	}

	@Test
	void theTotalTimeSchedulesTheMovesOverTheParallelismAndTheIncomingLimits() {
		List<ProcessInfo> procs = List.of(proc(100, 1, "a1", 150 * 1000 * 1000), proc(101, 1, "a2", 150 * 1000 * 1000),
				proc(102, 1, "a3", 150 * 1000 * 1000), proc(103, 1, "a4", 150 * 1000 * 1000));
		// no history: each takes 1.5 s + 150 MB / 150 MB/s = 2.5 s
		EvacuationPlan two = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 12), Host.of("c", 12)), List.of(),
				EvacuationRules.defaults(), List.of(), 2));
		assertEquals(2500, two.step(100).predicted().totalMillis());
		assertEquals(5000, two.total().totalMillis(), "two at a time: two waves");
		EvacuationPlan four = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 12), Host.of("c", 12)), List.of(),
				EvacuationRules.defaults(), List.of(), 4));
		assertEquals(2500, four.total().totalMillis(), "four at a time, two hosts with two slots each: one wave");
		assertEquals(4 * two.step(100).predicted().downtimeMillis(), four.total().downtimeMillis());
	}

	@Test
	void theCostModelFitsALineAndLearnsFromEachRecord() {
		// time = 200 ms + bytes / (100 MB/s): exact points give back the line
		CostModel.Line line = CostModel.fitPoints(new long[] { 100_000_000, 300_000_000, 500_000_000 }, new long[] { 1200, 3200, 5200 });
		assertEquals(200, line.intercept(), 1);
		assertEquals(100_000, line.bytesPerMilli(), 1);
		List<MigrationReport> history = new ArrayList<>();
		CostModel none = CostModel.fit(history);
		assertTrue(none.predict("a", "b", EvacuationAction.MIGRATE, 100 * MIB).basis().contains("defaults"));
		history.add(record("a", "b", 100 * MIB, 150, 2000));
		history.add(record("a", "b", 500 * MIB, 600, 9000));
		CostModel learned = CostModel.fit(history);
		EvacuationPlan.Cost c = learned.predict("a", "b", EvacuationAction.MIGRATE, 300 * MIB);
		assertEquals(375, c.downtimeMillis(), 2, "downtime interpolated on the fitted line");
		assertEquals(5500, c.totalMillis(), 2);
		assertTrue(c.basis().contains("fitted from 2 record(s) a -> b"), c.basis());
		// another pair from the same source borrows the source's line
		assertTrue(learned.predict("a", "z", EvacuationAction.MIGRATE, MIB).basis().contains("a -> any host"));
		learned.learn(record("a", "b", 300 * MIB, 1000, 20_000)); // a slow run: the model follows
		assertTrue(learned.predict("a", "b", EvacuationAction.MIGRATE, 300 * MIB).totalMillis() > c.totalMillis());
	}

	@Test
	void aProbedLinkStandsInForAPairWithNoHistoryAndGivesWayToItsRecords() {
		List<MigrationReport> history = new ArrayList<>();
		history.add(record("a", "b", 100 * MIB, 150, 2000));
		history.add(record("a", "b", 500 * MIB, 600, 9000));
		CostModel model = CostModel.fit(history);
		assertTrue(model.knowsPair("a", "b"));
		assertFalse(model.knowsPair("a", "z"));
		model.probed("a", "z", 20_000); // 20 MB/s measured to z
		EvacuationPlan.Cost z = model.predict("a", "z", EvacuationAction.MIGRATE, 100 * MIB);
		assertTrue(z.basis().contains("probed its link at 20 MB/s"), z.basis());
		assertEquals(Math.round(100 * MIB / 20_000.0), z.wireMillis(), 1, "the wire time is the bytes over the probed speed");
		assertTrue(model.throughput("a", "z") < model.throughput("a", "b"), "the slow probe ranks z below b");
		// a probe never overrides the pair's own records
		model.probed("a", "b", 1_000);
		assertTrue(model.predict("a", "b", EvacuationAction.MIGRATE, MIB).basis().contains("fitted from 2 record(s) a -> b"));
	}

	@Test
	void startTimesReadIsoClockAndRelative() {
		Instant now = Instant.parse("2026-12-01T20:00:00Z");
		ZoneId utc = ZoneOffset.UTC;
		assertEquals(Instant.parse("2026-12-01T20:00:30Z"), StartTime.parse("+30s", now, utc));
		assertEquals(Instant.parse("2026-12-01T20:10:00Z"), StartTime.parse("+10m", now, utc));
		assertEquals(Instant.parse("2026-12-01T22:30:00Z"), StartTime.parse("22:30", now, utc));
		assertEquals(Instant.parse("2026-12-02T02:00:00Z"), StartTime.parse("02:00", now, utc), "02:00 said at 20:00 is tonight");
		assertEquals(Instant.parse("2026-12-24T01:00:00Z"), StartTime.parse("2026-12-24T02:00:00+01:00", now, utc));
		assertEquals(Instant.parse("2026-12-24T02:00:00Z"), StartTime.parse("2026-12-24T02:00", now, utc));
		IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> StartTime.parse("tonight", now, utc));
		assertTrue(bad.getMessage().contains("HH:MM"), bad.getMessage());
	}

	@Test
	void thePlanDiffNamesWhatChangedSinceTheOperatorSawIt() {
		List<ProcessInfo> procs = List.of(proc(100, 1, "app", 64 * MIB), proc(101, 1, "gone", 64 * MIB));
		EvacuationPlan seen = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 12), Host.of("c", 4)), List.of(),
				EvacuationRules.defaults(), List.of(), 2));
		List<ProcessInfo> later = List.of(proc(100, 1, "app", 64 * MIB), proc(102, 1, "new", 64 * MIB));
		EvacuationPlan now = EvacuationPlanner.plan(input(later, List.of(Host.of("b", 1), Host.of("c", 4)), List.of(),
				EvacuationRules.defaults(), List.of(), 2));
		List<String> diff = PlanDiff.between(seen, now);
		assertTrue(diff.stream().anyMatch(d -> d.startsWith("PID 100") && d.contains("MIGRATE to b in the plan shown, now MIGRATE to c")),
				diff.toString());
		assertTrue(diff.stream().anyMatch(d -> d.startsWith("PID 101") && d.contains("gone")), diff.toString());
		assertTrue(diff.stream().anyMatch(d -> d.startsWith("PID 102") && d.contains("new")), diff.toString());
	}

	@Test
	void aReplanKeepsTheTargetTheOperatorSawUnlessAnotherIsClearlyBetter() {
		List<ProcessInfo> procs = List.of(proc(100, 1, "app", 64 * MIB));
		List<Host> hosts = List.of(Host.of("b", 8), new Host("c", 8 * GIB + 512 * MIB, 16 * GIB, 0, FLAGS, false)); // c a little better now
		EvacuationPlan toB = EvacuationPlanner.plan(input(procs, List.of(Host.of("b", 8), Host.of("c", 4)), List.of(),
				EvacuationRules.defaults(), List.of(), 2));
		assertEquals("b", toB.step(100).target());
		PlanInput shownB = new PlanInput("a", inventory(procs), facts("a", 8, FLAGS), Set.of(), preflights(procs),
				candidates(hosts, procs), CostModel.fit(List.of()), null, null, List.of(), 2, 0, toB);
		EvacuationPlan kept = EvacuationPlanner.plan(shownB);
		assertEquals("b", kept.step(100).target(), kept.step(100).reasons().toString());
		assertTrue(kept.step(100).reasons().stream().anyMatch(r -> r.startsWith("kept b from the plan shown")));
		assertTrue(kept.step(100).alternatives().get(0).why().contains("better, but by less than"),
				kept.step(100).alternatives().toString());
		List<Host> muchBetter = List.of(Host.of("b", 2), Host.of("c", 14));
		PlanInput changed = new PlanInput("a", inventory(procs), facts("a", 8, FLAGS), Set.of(), preflights(procs),
				candidates(muchBetter, procs), CostModel.fit(List.of()), null, null, List.of(), 2, 0, toB);
		assertEquals("c", EvacuationPlanner.plan(changed).step(100).target(), "clearly better: the re-plan moves it");
	}

	// --- fixtures

	static PlanInput input(List<ProcessInfo> procs, List<Host> hosts, List<MigrationReport> history, EvacuationRules rules,
			List<EvacuationOverride> overrides, int parallel) {
		return new PlanInput("a", inventory(procs), facts("a", 8, FLAGS), Set.of(), preflights(procs), candidates(hosts, procs),
				CostModel.fit(history), null, rules, overrides, parallel, 0);
	}

	static Map<Integer, Preflight> preflights(List<ProcessInfo> procs) {
		Map<Integer, Preflight> pf = new HashMap<>();
		for (ProcessInfo p : procs) {
			List<Integer> tree = new ArrayList<>(List.of(p.pid()));
			procs.stream().filter(c -> c.ppid() == p.pid()).forEach(c -> tree.add(c.pid()));
			pf.put(p.pid(), new Preflight("a", tree, p.residentMemory(), List.of(), List.of(), 0, 0));
		}
		return pf;
	}

	static List<PlanInput.Candidate> candidates(List<Host> hosts, List<ProcessInfo> procs) {
		List<PlanInput.Candidate> out = new ArrayList<>();
		for (Host h : hosts) {
			Map<Integer, Preflight> pf = new HashMap<>();
			for (ProcessInfo p : procs) {
				pf.put(p.pid(), new Preflight(h.name(), List.of(p.pid()), 0, h.refuses()
						? List.of(
								new Preflight.Verdict(Preflight.Verdict.ERROR, p.pid(), "pid", "PID " + p.pid() + " taken on " + h.name()))
						: List.of(), List.of(), 0, h.available()));
			}
			out.add(new PlanInput.Candidate(new EvacuationTarget(h.name(), "10.0.0." + out.size(), 2222, null, "SHA256:x"),
					new HostFacts(h.name(), "6.18", "cpu", h.flags(), 2, h.total(), h.available(), h.load() * 2, 4_000_000),
					null, pf, null));
		}
		return out;
	}

	static HostFacts facts(String name, long availableGib, String flags) {
		return new HostFacts(name, "6.18", "cpu", flags, 2, 16 * GIB, availableGib * GIB, 0, 4_000_000);
	}

	static Inventory inventory(List<ProcessInfo> procs) {
		return new Inventory("a", 0, 1, 0, procs);
	}

	static ProcessInfo proc(int pid, int ppid, String name, long resident) {
		return new ProcessInfo(pid, ppid, name, List.of(name), "/usr/bin/" + name, "root", 0, "S", 1, resident, resident, 0,
				"0::/", List.of(), null, null);
	}

	static MigrationReport record(String source, String target, long bytes, long downtime, long total) {
		MigrationReport r = new MigrationReport();
		r.id = "mig-" + source + "-" + bytes + "-" + total;
		r.source = source;
		r.target = target;
		r.mode = MigrationMode.STOP_AND_COPY;
		r.outcome = Outcome.DONE;
		r.memoryPagesBytes = bytes;
		r.downtimeMillis = downtime;
		r.startedAt = 1000;
		r.finishedAt = 1000 + total;
		return r;
	}

}

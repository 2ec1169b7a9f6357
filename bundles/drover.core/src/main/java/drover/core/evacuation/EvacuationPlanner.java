package drover.core.evacuation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationOverride;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationPlan.Alternative;
import drover.protocol.EvacuationPlan.Cost;
import drover.protocol.EvacuationPlan.HostView;
import drover.protocol.EvacuationPlan.Step;
import drover.protocol.EvacuationRules;
import drover.protocol.MigrationMode;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;

/**
 * Plans the evacuation of a host: a pure function of {@link PlanInput} (no I/O, no clock), so the CLI, the console's
 * wizard and the agent that runs it all get the same plan from the same facts.
 *
 * <p>Trees are placed largest first. For each, every candidate host is either excluded (it did not answer, its CRIU
 * fails, its CPU lacks a flag the source has, its pre-flight refuses the tree, too little memory is left once
 * what the plan already sends there and the reserve are counted, too few PIDs) or scored out of 100:
 * <ul>
 * <li>memory, 50 points: the share of its memory still free after this tree and what the plan sends before it;
 * <li>CPU, 20 points: 1 - load per CPU (capped at 1);
 * <li>time, 30 points: the fastest candidate's predicted time over this one's, where the prediction is the pair's
 * fitted model and the wait behind what the plan already sends there (in waves of its incoming limit).
 * </ul>
 * The best score wins (ties by name); the others are its alternatives, each saying where it fell short.
 */
public final class EvacuationPlanner {

	static final double MEMORY_POINTS = 50;
	static final double CPU_POINTS = 20;
	static final double TIME_POINTS = 30;
	/**
	 * How much better (in points) another host must be to replace the target of the plan the operator saw: free
	 * memory and load move a little between two plans, and a re-plan should not churn over such noise.
	 */
	public static final double KEEP_MARGIN = 3;
	/** Score differences below this are noise: such hosts tie, and the first by name wins. */
	public static final double NOISE_POINTS = 0.5;

	private EvacuationPlanner() {
	}

	public static EvacuationPlan plan(PlanInput in) {
		Map<Integer, ProcessInfo> byPid = new HashMap<>();
		in.inventory().processes().forEach(p -> byPid.put(p.pid(), p));
		List<ProcessInfo> roots = Trees.roots(in.inventory(), in.excluded(), in.selection());
		List<Tree> trees = new ArrayList<>();
		for (ProcessInfo root : roots) {
			Preflight pf = in.sourcePreflights().get(root.pid());
			List<Integer> pids = pf != null ? pf.pids() : Trees.descendants(in.inventory(), root.pid());
			long resident = pf != null ? pf.residentBytes() : pids.stream().map(byPid::get).filter(p -> p != null)
					.mapToLong(ProcessInfo::residentMemory).sum();
			trees.add(new Tree(root, pids, resident, pf));
		}
		// largest first; a re-plan keeps the order of the plan shown (sizes move a little, and the order decides
		// which host is already taken when a tree's turn comes)
		Map<Integer, Integer> shownOrder = new HashMap<>();
		if (in.shown() != null) {
			for (int i = 0; i < in.shown().steps().size(); i++) {
				shownOrder.put(in.shown().steps().get(i).pid(), i);
			}
		}
		trees.sort(Comparator.comparingInt((Tree t) -> shownOrder.getOrDefault(t.root.pid(), Integer.MAX_VALUE))
				.thenComparing(Comparator.comparingLong(Tree::resident).reversed()).thenComparingInt(t -> t.root.pid()));

		Map<String, Long> plannedBytes = new HashMap<>();
		Map<String, Integer> plannedCount = new HashMap<>();
		Map<Integer, EvacuationOverride> overrides = new HashMap<>();
		in.overrides().forEach(o -> overrides.put(o.pid(), o));
		List<Step> steps = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (EvacuationOverride o : in.overrides()) {
			if (trees.stream().noneMatch(t -> t.root.pid() == o.pid())) {
				notes.add("override for PID " + o.pid() + " ignored: no such tree on " + in.host() + " (it ended, or is not a root)");
			}
		}
		for (Tree t : trees) {
			steps.add(step(in, t, overrides.get(t.root.pid()), plannedBytes, plannedCount));
		}
		List<HostView> views = new ArrayList<>();
		for (PlanInput.Candidate c : in.candidates()) {
			views.add(c.facts() == null
					? new HostView(c.name(), 0, 0, 0, 0, 0, in.rules().incomingLimit(c.name()), 0, 0, c.error())
					: new HostView(c.name(), c.facts().memoryAvailable(), c.facts().memoryTotal(), loadPerCpu(c),
							c.facts().cpuCount(), c.facts().pidsFree(), in.rules().incomingLimit(c.name()),
							plannedBytes.getOrDefault(c.name(), 0L), plannedCount.getOrDefault(c.name(), 0),
							c.error() != null ? c.error() : c.criuProblem()));
		}
		if (in.candidates().isEmpty()) {
			notes.add("no other host to send processes to: add hosts to the registry ('drover hosts add')");
		}
		return new EvacuationPlan(in.host(), in.now(), steps, views, total(steps, in), in.parallel(), notes);
	}

	private record Tree(ProcessInfo root, List<Integer> pids, long resident, Preflight preflight) {
	}

	/** One candidate's judgement for one tree. */
	private record Judged(PlanInput.Candidate c, String excluded, double memShare, double load, long predictedMillis,
			long freeAfter, int ahead, int limit, Cost cost, double score) {
	}

	private static Step step(PlanInput in, Tree t, EvacuationOverride override, Map<String, Long> plannedBytes,
			Map<String, Integer> plannedCount) {
		EvacuationRules rules = in.rules();
		ProcessInfo root = t.root;
		String command = root.commandLine().isEmpty() ? root.name() : String.join(" ", root.commandLine());
		List<String> reasons = new ArrayList<>();
		String verdict = "OK";
		String immovable = null;
		if (t.preflight == null) {
			verdict = "ERROR";
			immovable = "pre-flight could not judge it (it ended, or it is not a process tree Drover may touch)";
		} else if (t.preflight.blocked()) {
			verdict = "ERROR";
			immovable = "refused at pre-flight: " + describe(t.preflight, Preflight.Verdict.ERROR);
		} else if (t.preflight.verdicts().stream().anyMatch(v -> Preflight.Verdict.WARNING.equals(v.severity()))) {
			verdict = "WARNING";
			if (!rules.acceptWarnings()) {
				immovable = "pre-flight warnings need consent (--accept-warnings): " + describe(t.preflight, Preflight.Verdict.WARNING);
			} else {
				reasons.add("warnings accepted: " + describe(t.preflight, Preflight.Verdict.WARNING));
			}
		}
		EvacuationAction moveAction = t.resident > rules.postCopyAboveBytes() ? EvacuationAction.MIGRATE_POSTCOPY
				: EvacuationAction.MIGRATE;
		EvacuationAction wanted = override != null && override.action() != null ? override.action() : moveAction;
		List<Judged> judged = new ArrayList<>();
		if (immovable == null || (override != null && override.action() != null && override.action().moves())) {
			judged = judge(in, t, wanted.moves() ? wanted : moveAction, plannedBytes, plannedCount);
		}
		List<Judged> usable = judged.stream().filter(j -> j.excluded == null).toList();
		Judged chosen = null;
		if (immovable == null && wanted.moves()) {
			String wantedTarget = override != null ? override.target() : null;
			if (wantedTarget != null) {
				chosen = judged.stream().filter(j -> j.c.name().equals(wantedTarget)).findFirst().orElse(null);
				if (chosen == null) {
					immovable = "the operator chose " + wantedTarget + ", which is not among the candidate hosts";
				} else if (chosen.excluded != null) {
					reasons.add("the operator chose " + wantedTarget + " although " + chosen.excluded);
				} else {
					reasons.add("the operator chose " + wantedTarget);
				}
			} else if (!usable.isEmpty()) {
				chosen = usable.get(0);
				EvacuationPlan.Step shownStep = in.shown() == null ? null : in.shown().step(root.pid());
				String seen = shownStep == null ? null : shownStep.target();
				Judged kept = usable.stream().filter(j -> j.c.name().equals(seen)).findFirst().orElse(null);
				if (kept != null && kept != chosen && kept.score >= chosen.score - KEEP_MARGIN) {
					reasons.add(String.format(Locale.ROOT, "kept %s from the plan shown: %s scores %.1f, less than %.0f points better",
							seen, chosen.c.name(), chosen.score, KEEP_MARGIN));
					chosen = kept;
				}
			} else {
				immovable = judged.isEmpty() ? "no other host to send it to"
						: "no host can take it: " + String.join("; ", judged.stream().map(j -> j.c.name() + " " + j.excluded).toList());
			}
		}
		EvacuationAction proposed = immovable != null ? rules.immovable() : moveAction;
		EvacuationAction action = override != null && override.action() != null ? override.action() : proposed;
		if (action.moves() && chosen == null) {
			action = rules.immovable(); // nowhere to go, whatever was asked
		}
		if (override != null && override.action() != null && override.action() != proposed) {
			reasons.add(0, "the operator chose " + override.action() + " (the planner proposed " + proposed + ")");
		}
		String target = null;
		Cost predicted = new Cost(0, 0, 0, 0, "nothing moves");
		List<Alternative> alternatives = new ArrayList<>();
		if (action.moves() && chosen != null) { // (a moving action always has a chosen target: see above)
			target = chosen.c.name();
			predicted = in.model().predict(in.host(), target, action, t.resident);
			plannedBytes.merge(target, t.resident, Long::sum);
			plannedCount.merge(target, 1, Integer::sum);
			if (action == EvacuationAction.MIGRATE_POSTCOPY && moveAction == EvacuationAction.MIGRATE_POSTCOPY) {
				reasons.add("post-copy: " + Sizes.human(t.resident) + " resident is above the rule's "
						+ Sizes.human(rules.postCopyAboveBytes()));
			}
			reasons.addAll(why(chosen, in));
			for (Judged j : judged) {
				if (j != chosen) {
					alternatives.add(j.excluded != null ? new Alternative(j.c.name(), 0, true, j.excluded)
							: new Alternative(j.c.name(), round(j.score), false, worse(j, chosen)));
				}
			}
		} else if (action == EvacuationAction.CHECKPOINT) {
			predicted = new Cost(0, t.resident, 0, in.model().predict(in.host(), in.host(), EvacuationAction.MIGRATE, 0).downtimeMillis(),
					"checkpoint to an image on " + in.host());
		}
		if (immovable != null) {
			for (Judged j : judged) {
				alternatives.add(new Alternative(j.c.name(), j.excluded != null ? 0 : round(j.score), j.excluded != null,
						j.excluded != null ? j.excluded : "usable, but the tree itself cannot move"));
			}
			reasons.add("cannot move: " + immovable + "; " + action + " proposed");
		}
		return new Step(root.pid(), t.pids, command, root.user(), t.resident, proposed, action,
				override != null && override.action() != null, target, reasons, alternatives, verdict, immovable, predicted);
	}

	/** Every candidate judged for one tree, best first (excluded ones last, by name). */
	private static List<Judged> judge(PlanInput in, Tree t, EvacuationAction action, Map<String, Long> plannedBytes,
			Map<String, Integer> plannedCount) {
		List<Judged> out = new ArrayList<>();
		Set<String> sourceFlags = in.facts() == null || in.facts().cpuFlags() == null ? Set.of()
				: new HashSet<>(List.of(in.facts().cpuFlags().split(" ")));
		for (PlanInput.Candidate c : in.candidates()) {
			String excluded = null;
			long planned = plannedBytes.getOrDefault(c.name(), 0L);
			int ahead = plannedCount.getOrDefault(c.name(), 0);
			int limit = in.rules().incomingLimit(c.name());
			long freeAfter = 0;
			double memShare = 0;
			if (c.facts() == null) {
				excluded = "did not answer (" + c.error() + ")";
			} else if (c.criuProblem() != null) {
				excluded = "cannot restore: its CRIU fails (" + c.criuProblem() + ")";
			} else {
				Set<String> flags = c.facts().cpuFlags() == null ? Set.of() : new HashSet<>(List.of(c.facts().cpuFlags().split(" ")));
				List<String> missing = sourceFlags.stream().filter(f -> !f.isBlank() && !flags.contains(f)).sorted().toList();
				Preflight pf = c.preflights().get(t.root.pid());
				freeAfter = c.facts().memoryAvailable() - planned - in.rules().memoryReserveBytes() - t.resident;
				memShare = c.facts().memoryTotal() <= 0 ? 0 : Math.max(0, (double) freeAfter / c.facts().memoryTotal());
				if (!missing.isEmpty()) {
					excluded = "its CPU lacks " + String.join(" ", missing.subList(0, Math.min(5, missing.size())))
							+ (missing.size() > 5 ? " and " + (missing.size() - 5) + " more flags" : "")
							+ " (a process using them would crash there)";
				} else if (pf != null && pf.blocked()) {
					excluded = "its pre-flight refuses the tree: " + describe(pf, Preflight.Verdict.ERROR);
				} else if (freeAfter < 0) {
					excluded = "too little free memory: " + Sizes.human(c.facts().memoryAvailable()) + " available, "
							+ Sizes.human(planned) + " already planned there, " + Sizes.human(in.rules().memoryReserveBytes())
							+ " kept free; the tree needs " + Sizes.human(t.resident);
				} else if (c.facts().pidsFree() > 0 && c.facts().pidsFree() < t.pids.size() + 16) {
					excluded = "too few free PIDs (" + c.facts().pidsFree() + ")";
				}
			}
			Cost cost = in.model().predict(in.host(), c.name(), action, t.resident);
			long waves = ahead / Math.max(1, limit);
			long predicted = cost.totalMillis() * (1 + waves);
			out.add(new Judged(c, excluded, memShare, c.facts() == null ? 0 : loadPerCpu(c), predicted, freeAfter, ahead, limit,
					cost, 0));
		}
		long fastest = out.stream().filter(j -> j.excluded == null).mapToLong(Judged::predictedMillis).min().orElse(1);
		List<Judged> scored = new ArrayList<>();
		for (Judged j : out) {
			double score = j.excluded != null ? 0 : MEMORY_POINTS * Math.min(1, j.memShare) + CPU_POINTS * (1 - Math.min(1, j.load))
					+ TIME_POINTS * (j.predictedMillis <= 0 ? 1 : Math.min(1, (double) Math.max(1, fastest) / j.predictedMillis));
			scored.add(new Judged(j.c, j.excluded, j.memShare, j.load, j.predictedMillis, j.freeAfter, j.ahead, j.limit, j.cost, score));
		}
		scored.sort(
				Comparator.comparing((Judged j) -> j.excluded != null).thenComparing(Comparator.comparingDouble(Judged::score).reversed())
						.thenComparing(j -> j.c.name()));
		// Scores closer than the noise of what they are made of (free memory read a moment apart, hosts sharing a
		// machine) are a tie, and ties go by name: two plans of the same cluster made seconds apart agree.
		if (scored.size() > 1 && scored.get(0).excluded == null) {
			double best = scored.get(0).score;
			Judged first = scored.stream().filter(j -> j.excluded == null && best - j.score < NOISE_POINTS)
					.min(Comparator.comparing((Judged j) -> j.c.name())).orElse(scored.get(0));
			scored.remove(first);
			scored.add(0, first);
		}
		return scored;
	}

	private static List<String> why(Judged j, PlanInput in) {
		List<String> r = new ArrayList<>();
		r.add(String.format(Locale.ROOT, "score %.1f of 100", j.score));
		r.add("free memory after it: " + Sizes.human(j.freeAfter) + " (" + pct(j.memShare) + " of " + Sizes.human(j.c.facts().memoryTotal())
				+ ")");
		r.add(String.format(Locale.ROOT, "load %.2f per CPU (%d CPUs)", j.load, j.c.facts().cpuCount()));
		r.add("done in about " + Sizes.millis(j.predictedMillis) + (j.ahead > 0 ? " with the wait behind " + j.ahead
				+ " planned before it for " + j.limit + " incoming slot(s)" : "")
				+ String.format(Locale.ROOT, ", %.0f MB/s (%s)", in.model().throughput(in.host(), j.c.name()) / 1e6,
						in.model().totalLine(in.host(), j.c.name(), MigrationMode.STOP_AND_COPY).basis()));
		return r;
	}

	/** Where an alternative fell short of the chosen host. */
	private static String worse(Judged j, Judged chosen) {
		if (j.score > chosen.score && j.score - chosen.score < NOISE_POINTS && j.c.name().compareTo(chosen.c.name()) > 0) {
			return String.format(Locale.ROOT, "score %.2f against %.2f: a tie (closer than %.1f points); ties go by name", j.score,
					chosen.score, NOISE_POINTS);
		}
		if (j.score > chosen.score) {
			return String.format(Locale.ROOT,
					"score %.1f against %.1f: better, but by less than %.0f points over the target of the plan shown",
					j.score, chosen.score, KEEP_MARGIN);
		}
		List<String> w = new ArrayList<>();
		if (j.memShare < chosen.memShare - 0.005) {
			w.add("less free memory after it (" + Sizes.human(j.freeAfter) + ", " + pct(j.memShare) + " against " + pct(chosen.memShare)
					+ ")");
		}
		if (j.load > chosen.load + 0.005) {
			w.add(String.format(Locale.ROOT, "busier CPU (%.2f against %.2f per CPU)", j.load, chosen.load));
		}
		if (j.predictedMillis > chosen.predictedMillis) {
			w.add("slower (" + Sizes.millis(j.predictedMillis) + " against " + Sizes.millis(chosen.predictedMillis)
					+ (j.ahead > 0 ? "; " + j.ahead + " already planned there for " + j.limit + " slot(s)" : "") + ")");
		}
		String score = String.format(Locale.ROOT, "score %.1f against %.1f", j.score, chosen.score);
		return w.isEmpty() ? score + ": as good; ties go by name" : score + ": " + String.join(", ", w);
	}

	/** Totals; the whole evacuation's time from a schedule of the moves over the parallelism and incoming limits. */
	private static Cost total(List<Step> steps, PlanInput in) {
		long down = 0;
		long image = 0;
		long wire = 0;
		long[] workers = new long[in.parallel()];
		Map<String, List<Long>> ends = new LinkedHashMap<>();
		long makespan = 0;
		int moves = 0;
		for (Step s : steps) {
			down += s.predicted().downtimeMillis();
			image += s.predicted().imageBytes();
			wire += s.predicted().wireMillis();
			if (s.action() == EvacuationAction.LEAVE) {
				continue;
			}
			moves++;
			int w = 0;
			for (int i = 1; i < workers.length; i++) {
				if (workers[i] < workers[w]) {
					w = i;
				}
			}
			long start = workers[w];
			String key = s.target() != null ? s.target() : in.host();
			List<Long> running = ends.computeIfAbsent(key, k -> new ArrayList<>());
			int limit = s.target() != null ? in.rules().incomingLimit(s.target()) : Integer.MAX_VALUE;
			while (true) {
				final long at = start;
				List<Long> busy = running.stream().filter(e -> e > at).sorted().toList();
				if (busy.size() < limit) {
					break;
				}
				start = busy.get(0);
			}
			long end = start + s.predicted().totalMillis();
			workers[w] = end;
			running.add(end);
			makespan = Math.max(makespan, end);
		}
		return new Cost(down, image, wire, makespan, moves + " step(s), " + in.parallel() + " at a time");
	}

	private static double loadPerCpu(PlanInput.Candidate c) {
		return c.facts().cpuCount() <= 0 ? c.facts().loadAverage() : c.facts().loadAverage() / c.facts().cpuCount();
	}

	private static String describe(Preflight pf, String severity) {
		return String.join("; ", pf.verdicts().stream().filter(v -> severity.equals(v.severity()))
				.map(v -> (v.pid() > 0 ? "PID " + v.pid() + " " : "") + v.resource() + ": " + v.reason()).toList());
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static String pct(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}
}

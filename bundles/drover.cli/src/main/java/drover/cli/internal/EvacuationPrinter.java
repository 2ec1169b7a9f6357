package drover.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;

import drover.core.evacuation.Sizes;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRecord;

/** Plans, progress lines and summaries of evacuations as {@code drover plan}, {@code evacuate} and {@code evacuations} print them. */
public final class EvacuationPrinter {

	private EvacuationPrinter() {
	}

	public static void plan(PrintWriter out, EvacuationPlan plan) {
		long asked = plan.hosts().size();
		long answered = plan.hosts().stream().filter(h -> h.memoryTotal() > 0).count();
		out.printf("Plan for evacuating %s: %d tree(s); %d of %d other host(s) answered; %d step(s) at a time%n", plan.host(),
				plan.steps().size(), answered, asked, plan.parallel());
		out.printf("  %-7s %-28s %9s  %-16s %-9s %9s %9s  %-7s%n", "PID", "COMMAND", "RSS", "ACTION", "TARGET", "DOWNTIME", "TOTAL",
				"VERDICT");
		for (EvacuationPlan.Step s : plan.steps()) {
			out.printf("  %-7d %-28s %9s  %-16s %-9s %9s %9s  %-7s%n", s.pid(), cut(s.command(), 28), Sizes.human(s.residentBytes()),
					s.action() + (s.overridden() ? "*" : ""), s.target() == null ? "-" : s.target(),
					s.action().moves() ? Sizes.millis(s.predicted().downtimeMillis()) : "-",
					s.action().moves() ? Sizes.millis(s.predicted().totalMillis()) : "-", s.verdict());
			for (String r : s.reasons()) {
				out.println("          why: " + r);
			}
			for (EvacuationPlan.Alternative a : s.alternatives()) {
				out.println("          " + (a.excluded() ? "not " + a.host() + ": " : "rather than " + a.host() + ": ") + a.why());
			}
		}
		EvacuationPlan.Cost t = plan.total();
		out.printf("Predicted: downtime %s summed, image %s, %s on the wire, about %s in all (%s).%n",
				Sizes.millis(t.downtimeMillis()), Sizes.human(t.imageBytes()), Sizes.millis(t.wireMillis()), Sizes.millis(t.totalMillis()),
				t.basis());
		for (EvacuationPlan.HostView h : plan.hosts()) {
			out.printf("  host %-9s %s%n", h.name(), h.memoryTotal() == 0 ? "did not answer: " + h.error()
					: String.format(java.util.Locale.ROOT,
							"%s free of %s, load %.2f per CPU, %d incoming at a time; takes %d tree(s), %s%s",
							Sizes.human(h.memoryAvailable()), Sizes.human(h.memoryTotal()), h.loadPerCpu(), h.incomingLimit(),
							h.plannedCount(), Sizes.human(h.plannedBytes()), h.error() != null ? " (" + h.error() + ")" : ""));
		}
		plan.notes().forEach(n -> out.println("  note: " + n));
		out.flush();
	}

	/** The line a step's change of outcome prints while an evacuation runs. */
	public static String progress(EvacuationRecord.Result r) {
		return String.format("  PID %-7d %-10s %s%s%s", r.pid, r.outcome, r.action, r.target != null ? " -> " + r.target : "",
				r.cause != null ? ": " + r.cause : r.migrationId != null ? " (" + r.migrationId + ")" : "");
	}

	public static void summary(PrintWriter out, EvacuationRecord r) {
		long failed = r.results.stream().filter(x -> x.outcome == EvacuationRecord.StepOutcome.FAILED).count();
		long left = r.results.stream().filter(x -> x.outcome == EvacuationRecord.StepOutcome.LEFT).count();
		out.printf("%nEvacuation %s of %s: %s - %d moved, %d failed, %d left%s%n", r.id, r.host, r.state, r.moved(), failed, left,
				r.startedAt > 0 && r.finishedAt > 0 ? " (" + Sizes.millis(r.finishedAt - r.startedAt) + " in all)" : "");
		if (!r.planDiff.isEmpty()) {
			out.println("  changed since the plan shown:");
			r.planDiff.forEach(d -> out.println("    " + d));
		}
		out.printf("  %-7s %-24s %-16s %-9s %-12s %19s %19s%n", "PID", "COMMAND", "ACTION", "TARGET", "OUTCOME",
				"DOWNTIME pred/act", "TOTAL pred/act");
		for (EvacuationRecord.Result x : r.results) {
			boolean moves = x.action != null && x.action.moves();
			out.printf("  %-7d %-24s %-16s %-9s %-12s %19s %19s%n", x.pid, cut(x.command, 24), x.action,
					x.target != null ? x.target : x.plannedTarget != null ? x.plannedTarget : "-", x.outcome,
					moves && x.predicted != null ? Sizes.millis(x.predicted.downtimeMillis()) + " / " + Sizes.millis(x.actualDowntimeMillis)
							: "-",
					moves && x.predicted != null ? Sizes.millis(x.predicted.totalMillis()) + " / " + Sizes.millis(x.actualTotalMillis)
							: "-");
			if (x.cause != null && x.outcome != EvacuationRecord.StepOutcome.MOVED) {
				out.println("          " + x.cause);
			}
		}
		if (r.cause != null) {
			out.println("  " + r.cause);
		}
		r.warnings.forEach(w -> out.println("  warning: " + w));
		if (r.nextId != null) {
			out.println("  next run: " + r.nextId);
		}
		out.flush();
	}

	/** One row of {@code drover evacuations}. */
	public static void row(PrintWriter out, EvacuationRecord r) {
		out.printf("%-32s %-9s %-10s %-25s %-7s %s%n", r.id, r.host, r.state, Instant.ofEpochMilli(r.startsAt),
				r.request != null && r.request.repeat() != null ? r.request.repeat().name().toLowerCase(java.util.Locale.ROOT) : "",
				r.state == EvacuationRecord.State.SCHEDULED ? "" : r.moved() + "/" + r.results.size() + " moved"
						+ (r.restoreOf != null ? " (restore of " + r.restoreOf + ")" : ""));
	}

	public static void header(PrintWriter out) {
		out.printf("%-32s %-9s %-10s %-25s %-7s %s%n", "ID", "HOST", "STATE", "STARTS", "REPEAT", "RESULT");
	}

	static String cut(String s, int n) {
		if (s == null) {
			return "";
		}
		return s.length() <= n ? s : s.substring(0, n - 1) + "…";
	}
}

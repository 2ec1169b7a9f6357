package drover.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import drover.cli.internal.EvacuationPrinter;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.evacuation.EvacuationRestore;
import drover.core.evacuation.StartTime;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drover evacuate HOST}: plans, prints the plan, and hands the evacuation to HOST's agent, which runs it now
 * or at {@code --at} (with no CLI needed); then follows it and prints the summary. {@code --restore} brings back
 * what the last evacuation of HOST moved ({@link EvacuationRestore}, in core: the wizard's "Return processes" too).
 */
@Command(name = "evacuate", mixinStandardHelpOptions = true,
		description = "Empty HOST: move every process tree that can move to the other hosts (ranked targets), now or at a"
				+ " time, once or repeated. HOST's agent owns the evacuation: it runs with no CLI or console alive.")
final class EvacuateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Mixin
	EvacuationOptions options;

	@Option(names = "--dry-run", description = "Print the plan and change nothing.")
	boolean dryRun;

	@Option(names = "--at", paramLabel = "TIME", description = "Start at TIME: ISO-8601 (2026-12-24T02:00, with or without an"
			+ " offset), HH:MM (today, or tomorrow if past), or +30s / +10m / +2h / +1d from now.")
	String at;

	@Option(names = "--repeat", paramLabel = "daily|weekly", description = "Run again every day or week (each run plans anew).")
	String repeat;

	@Option(names = "--restore", description = "Bring back what the last evacuation of HOST moved (each process from where it runs now).")
	boolean restore;

	@Option(names = "--detach", description = "Hand it to HOST's agent and return with its ID (follow with 'drover evacuations HOST').")
	boolean detach;

	@Option(names = "--json", description = "Print the plan (with --dry-run) or the final record as JSON; progress goes to stderr.")
	boolean json;

	@Override
	public Integer call() throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter log = json ? spec.commandLine().getErr() : out;
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			if (restore) {
				return restore(client, agent, entry, out, log);
			}
			EvacuationRequest.Repeat every = repeat == null ? EvacuationRequest.Repeat.NONE : switch (repeat.toLowerCase(Locale.ROOT)) {
			case "daily" -> EvacuationRequest.Repeat.DAILY;
			case "weekly" -> EvacuationRequest.Repeat.WEEKLY;
			default -> throw new IllegalArgumentException("--repeat " + repeat + ": daily or weekly.");
			};
			Instant start = at == null ? Instant.now() : StartTime.parse(at, Instant.now(), ZoneId.systemDefault());
			if (every != EvacuationRequest.Repeat.NONE && at == null) {
				throw new IllegalArgumentException("--repeat needs --at (the time of day it comes back at).");
			}
			EvacuationPlan plan = agent.plan(options.request(entry, client, 0, every, null));
			if (dryRun && json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(plan));
				return 0;
			}
			EvacuationPrinter.plan(log, plan);
			if (dryRun) {
				log.println("Dry run: nothing was changed.");
				return 0;
			}
			EvacuationRecord record = agent.evacuate(options.request(entry, client, at == null ? 0 : start.toEpochMilli(), every, plan));
			boolean later = record.startsAt > System.currentTimeMillis() + 1000;
			log.printf("%nEvacuation %s %s on %s's agent%s (it goes on if this command stops; 'drover evacuations %s' lists it).%n",
					record.id, later ? "is scheduled for " + Instant.ofEpochMilli(record.startsAt) : "runs", host,
					every != EvacuationRequest.Repeat.NONE ? ", repeated " + every.name().toLowerCase(Locale.ROOT) : "", host);
			log.flush();
			if (detach || later) {
				if (json) {
					out.println(CheckpointCommands.JSON.writeValueAsString(record));
				}
				return 0;
			}
			EvacuationRecord end = follow(agent, record.id, log);
			if (json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(end));
			} else {
				EvacuationPrinter.summary(out, end);
			}
			return end.state == EvacuationRecord.State.DONE ? 0 : 1;
		}
	}

	/** {@code --restore}: the last evacuation's moves brought back ({@link EvacuationRestore}), a line per tree, the table. */
	private int restore(AgentClient client, AgentConnection agent, drover.core.HostEntry entry, PrintWriter out, PrintWriter log)
			throws Exception {
		EvacuationRestore.Done done = new EvacuationRestore(client, new HostRegistry(DroverCli.home()), agent, entry, options.parallel)
				.run(last -> {
					log.printf("Restoring %s: bringing back %d process tree(s) that %s moved, %d at a time.%n", entry.name(), last.moved(),
							last.id, options.parallel);
					log.flush();
				}, r -> {
					log.println(EvacuationPrinter.progress(r));
					log.flush();
				});
		if (done.record() == null) {
			log.println(done.nothing());
			return 0;
		}
		if (json) {
			out.println(CheckpointCommands.JSON.writeValueAsString(done.record()));
		} else {
			EvacuationPrinter.summary(out, done.record());
		}
		return done.record().state == EvacuationRecord.State.DONE ? 0 : 1;
	}

	/** Polls the agent's record every second, printing each step as it changes, until the evacuation ends. */
	static EvacuationRecord follow(AgentConnection agent, String id, PrintWriter log) throws Exception {
		Map<Integer, String> seen = new HashMap<>();
		boolean diffShown = false;
		while (true) {
			EvacuationRecord r = agent.evacuations().stream().filter(x -> x.id.equals(id)).findFirst()
					.orElseThrow(() -> new IllegalStateException("the agent no longer lists evacuation " + id));
			if (!diffShown && r.plan != null) {
				diffShown = true;
				log.println(r.planDiff.isEmpty() ? "Planned again at the start: no change from the plan shown."
						: "Planned again at the start; changed since the plan shown:");
				r.planDiff.forEach(d -> log.println("  " + d));
			}
			for (EvacuationRecord.Result x : r.results) {
				String line = EvacuationPrinter.progress(x);
				if (!line.equals(seen.put(x.pid, line)) && x.outcome != EvacuationRecord.StepOutcome.PENDING) {
					log.println(line);
				}
			}
			log.flush();
			if (r.state.isFinal()) {
				return r;
			}
			Thread.sleep(1000);
		}
	}
}

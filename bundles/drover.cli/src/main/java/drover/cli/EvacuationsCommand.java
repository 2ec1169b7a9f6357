package drover.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import drover.cli.internal.EvacuationPrinter;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover evacuations [HOST]}: scheduled, running and past evacuations; {@code cancel ID}, {@code edit ID}. */
@Command(name = "evacuations", mixinStandardHelpOptions = true,
		subcommands = { EvacuationsCommand.Cancel.class, EvacuationsCommand.Edit.class },
		description = "List the evacuations the agents keep (scheduled, running, ended), of HOST or of every host.")
final class EvacuationsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "HOST")
	String host;

	@Option(names = "--json", description = "Print the records as JSON.")
	boolean json;

	@Option(names = { "-v", "--verbose" }, description = "Print each evacuation's summary table too.")
	boolean verbose;

	@Override
	public Integer call() throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		List<HostEntry> hosts = host != null ? List.of(registry.require(host)) : registry.list();
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<EvacuationRecord> all = new ArrayList<>();
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			for (HostEntry h : hosts) {
				try (AgentConnection agent = client.connect(h, HostKeyPolicy.STRICT)) {
					all.addAll(agent.evacuations());
				} catch (java.io.IOException e) {
					if (host != null) {
						throw e;
					}
					err.println("note: " + h.name() + " did not answer (" + e.getMessage() + "); its evacuations are not listed.");
				}
			}
		}
		if (json) {
			out.println(CheckpointCommands.JSON.writeValueAsString(all));
			return 0;
		}
		if (all.isEmpty()) {
			out.println("No evacuations" + (host != null ? " of " + host : "") + " yet.");
			return 0;
		}
		EvacuationPrinter.header(out);
		all.forEach(r -> EvacuationPrinter.row(out, r));
		if (verbose) {
			all.stream().filter(r -> r.state != EvacuationRecord.State.SCHEDULED).forEach(r -> EvacuationPrinter.summary(out, r));
		}
		return 0;
	}

	/** The host an evacuation's ID names ({@code evac-HOST-MILLIS}). */
	static String hostOf(String id) {
		if (!id.startsWith("evac-") || id.lastIndexOf('-') <= 5) {
			throw new IllegalArgumentException("'" + id + "' is not an evacuation ID (evac-HOST-NUMBER): 'drover evacuations' lists them.");
		}
		return id.substring(5, id.lastIndexOf('-'));
	}

	@Command(name = "cancel", mixinStandardHelpOptions = true,
			description = "Cancel a scheduled evacuation (it does not start; a repeated one stops repeating), or stop a running one"
					+ " between its steps (the migrations under way finish).")
	static final class Cancel implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID")
		String id;

		@Override
		public Integer call() throws Exception {
			String host = hostOf(id);
			var entry = new HostRegistry(DroverCli.home()).require(host);
			try (AgentClient client = new AgentClient(DroverCli.home());
					AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
				agent.cancelEvacuation(id);
				EvacuationRecord r = agent.evacuations().stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
				spec.commandLine().getOut().println("Cancelled " + id + (r == null ? "." : r.state == EvacuationRecord.State.CANCELLED
						? ": it does not start; nothing was touched." : ": no further step starts; the migrations under way finish."));
				return 0;
			}
		}
	}

	@Command(name = "edit", mixinStandardHelpOptions = true,
			description = "Change a scheduled evacuation before it starts: its time, repeat or parallelism (it keeps its ID;"
					+ " the targets get new tickets). A running one can only be cancelled.")
	static final class Edit implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID")
		String id;

		@Option(names = "--at", paramLabel = "TIME", description = "The new start: ISO-8601 date-time, HH:MM today, or +30s/+10m/+2h.")
		String at;

		@Option(names = "--repeat", paramLabel = "none|daily|weekly", description = "The new repeat.")
		String repeat;

		@Option(names = "--parallel", paramLabel = "N", description = "At most N steps at once.")
		Integer parallel;

		@Override
		public Integer call() throws Exception {
			if (at == null && repeat == null && parallel == null) {
				throw new IllegalArgumentException("Nothing to change: give --at, --repeat or --parallel.");
			}
			String host = hostOf(id);
			var entry = new HostRegistry(DroverCli.home()).require(host);
			try (AgentClient client = new AgentClient(DroverCli.home());
					AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
				EvacuationRecord r = agent.evacuations().stream().filter(x -> x.id.equals(id)).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("No evacuation " + id + " on " + host + ": 'drover evacuations "
								+ host + "' lists them."));
				EvacuationRequest was = r.request;
				long startAt = at == null ? was.startAt()
						: drover.core.evacuation.StartTime.parse(at, java.time.Instant.now(), java.time.ZoneId.systemDefault())
								.toEpochMilli();
				EvacuationRequest.Repeat every = was.repeat();
				if (repeat != null) {
					try {
						every = EvacuationRequest.Repeat.valueOf(repeat.toUpperCase(java.util.Locale.ROOT));
					} catch (IllegalArgumentException e) {
						throw new IllegalArgumentException("--repeat " + repeat + ": none, daily or weekly.");
					}
				}
				EvacuationRequest changed = new EvacuationRequest(was.host(), was.selection(), was.rules(), was.overrides(),
						was.targets().stream().map(t -> t.withTicket(null)).toList(), parallel == null ? was.parallel() : parallel, startAt,
						every, was.seenPlan(), false, was.hostSettings());
				EvacuationRecord now = agent.updateEvacuation(id, changed);
				spec.commandLine().getOut().println("Changed " + id + ": it starts at " + java.time.Instant.ofEpochMilli(now.startsAt)
						+ (now.request.repeat() == EvacuationRequest.Repeat.NONE ? ""
								: ", repeated " + now.request.repeat().name().toLowerCase(java.util.Locale.ROOT))
						+ ", " + now.request.parallel() + " at once.");
				return 0;
			}
		}
	}
}

package drover.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.MigrationReport;
import drover.protocol.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover migrations HOST}: the migrations HOST's agent runs now and the ones it took part in. */
@Command(name = "migrations", mixinStandardHelpOptions = true,
		description = "List the migrations HOST's agent runs now (QUEUED, RUNNING, HELD) and recent ones.")
final class MigrationsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Option(names = "--limit", defaultValue = "20", description = "How many finished ones to show (default ${DEFAULT-VALUE}).")
	int limit;

	@Override
	public Integer call() throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		PrintWriter out = spec.commandLine().getOut();
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			List<MigrationReport> all = agent.migrations().stream().filter(r -> r.kind == RecordKind.MIGRATION
					|| r.kind == RecordKind.FORK).toList();
			List<MigrationReport> running = all.stream().filter(r -> r.outcome != null && !r.outcome.isFinal()).toList();
			List<MigrationReport> ended = all.stream().filter(r -> r.outcome == null || r.outcome.isFinal()).toList();
			List<MigrationReport> shown = new java.util.ArrayList<>(running);
			shown.addAll(ended.subList(Math.max(0, ended.size() - limit), ended.size()));
			if (json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(shown));
				return 0;
			}
			if (shown.isEmpty()) {
				out.println("No migrations on " + host + " yet.");
				return 0;
			}
			out.printf("%-40s %-8s %-9s %-7s %-22s %s%n", "ID", "OUTCOME", "PHASE", "PID", "ROUTE", "STARTED");
			for (MigrationReport r : shown) {
				String phase = r.outcome != null && !r.outcome.isFinal() ? String.valueOf(r.phase)
						+ (r.queuePosition > 0 ? " #" + r.queuePosition : "") : r.failedPhase != null ? r.failedPhase.name() : "";
				out.printf("%-40s %-8s %-9s %-7d %-22s %s%n", r.id, r.outcome, phase, r.pid, r.source + " -> " + r.target,
						Instant.ofEpochMilli(r.startedAt));
			}
			return 0;
		}
	}
}

package drover.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover watch HOST ID}: follows a migration HOST's agent owns, from its start, until it ends. */
@Command(name = "watch", mixinStandardHelpOptions = true,
		description = "Follow a migration that HOST's agent runs (started here or elsewhere) until it ends.")
final class WatchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST", description = "The migration's source host (its agent owns it).")
	String host;

	@Parameters(index = "1", paramLabel = "ID")
	String id;

	@Option(names = "--json", description = "Print the record as JSON at the end (phases still go to stderr).")
	boolean json;

	@Override
	public Integer call() throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		PrintWriter out = spec.commandLine().getOut();
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			return follow(agent, id, out, json ? spec.commandLine().getErr() : out, json, spec.commandLine().getErr());
		}
	}

	/** Prints the migration's events as they come and its record at the end; the exit status says how it ended. */
	static int follow(AgentConnection agent, String id, PrintWriter out, PrintWriter log, boolean json, PrintWriter err)
			throws Exception {
		long start = System.currentTimeMillis();
		MigrationReport report = agent.watch(id, event -> {
			double at = (event.at() - start) / 1000.0;
			switch (event.type()) {
			case PHASE -> log.printf("[%6.2fs] %-9s %s%n", at, event.phase(), event.message());
			case TRANSFER -> log.printf("           %d/%d MB, %.1f MB/s, ETA %.1fs%n", event.bytes() >> 20, event.total() >> 20,
					event.bytesPerSecond() / (1 << 20), event.etaMillis() / 1000.0);
			case QUEUE -> log.printf("[%6.2fs] %-9s %s%n", at, "QUEUED", event.queuePosition() > 0 ? "position "
					+ event.queuePosition() + ": " + event.message() : event.message());
			case END -> {
				// the record follows
			}
			}
			log.flush();
		});
		if (json) {
			out.println(CheckpointCommands.JSON.writeValueAsString(report));
		} else {
			MigrateCommand.printReport(out, report);
		}
		if (report.outcome != Outcome.DONE) {
			err.println("drover: " + (report.kind == drover.protocol.RecordKind.FORK ? "fork " : "migration ") + report.outcome
					+ (report.failedPhase != null ? " at " + report.failedPhase : "")
					+ ": " + report.cause);
			if (report.rollback != null) {
				err.println("  " + report.rollback);
			}
			return report.outcome == Outcome.HELD ? 3 : 1;
		}
		return 0;
	}
}

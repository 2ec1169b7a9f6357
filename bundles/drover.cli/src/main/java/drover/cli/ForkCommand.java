package drover.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.migration.MigrationRunner;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drover fork HOST PID TARGET}: a copy of a running tree goes on on TARGET from the same point, the original
 * runs on on HOST (frozen only while CRIU dumps it). HOST's agent owns the fork, as it owns a migration.
 */
@Command(name = "fork", mixinStandardHelpOptions = true,
		description = "Copy a running process (and its children) to TARGET, where the copy goes on from the same point;"
				+ " the original keeps running on HOST.")
final class ForkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Parameters(index = "1", paramLabel = "PID")
	int pid;

	@Parameters(index = "2", paramLabel = "TARGET")
	String targetHost;

	@Option(names = "--json", description = "Print the record as JSON at the end (phases still go to stderr).")
	boolean json;

	@Option(names = "--accept-warnings", description = "Go on when pre-flight gives warnings (what the copy cannot share"
			+ " with the original: connections closed in the copy, files both write); errors always stop it.")
	boolean acceptWarnings;

	@Option(names = "--detach", description = "Hand the fork to HOST's agent and return at once with its ID.")
	boolean detach;

	@Override
	public Integer call() throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		var from = registry.require(host);
		var to = registry.require(targetHost);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter log = json ? spec.commandLine().getErr() : out;
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection source = client.connect(from, HostKeyPolicy.STRICT)) {
			String fingerprint = MigrationRunner.pinnedFingerprint(client.pins(), to);
			if (fingerprint == null) {
				throw new AgentException(ErrorInfo.HOST_KEY_UNKNOWN, "No host key is pinned for " + to.name() + ": " + host
						+ "'s agent would not know which key to accept from it.",
						"Connect to it once and trust its key"
								+ " ('drover hosts trust " + to.name() + "'). Nothing was touched.");
			}
			String id = source.migrate(new MigrationRequest(pid, to.name(), to.address(), to.port(), to.user(), fingerprint,
					MigrationMode.FORK, acceptWarnings));
			log.printf("Fork %s runs on %s's agent (it goes on if this command stops; 'drover watch %s %s' follows it).%n",
					id, host, host, id);
			log.flush();
			if (detach) {
				if (json) {
					out.println(CheckpointCommands.JSON.writeValueAsString(java.util.Map.of("id", id, "owner", host)));
				}
				return 0;
			}
			return WatchCommand.follow(source, id, out, log, json, spec.commandLine().getErr());
		}
	}
}

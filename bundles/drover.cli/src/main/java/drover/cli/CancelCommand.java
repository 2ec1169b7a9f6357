package drover.cli;

import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover cancel HOST ID}: stops a migration before its freeze. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
		description = "Cancel a migration HOST's agent runs, if it has not frozen its process yet (after the freeze it"
				+ " finishes or rolls back by itself).")
final class CancelCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Parameters(index = "1", paramLabel = "ID")
	String id;

	@Override
	public Integer call() throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			agent.cancel(id);
			spec.commandLine().getOut().println("Cancelled " + id + ": nothing was frozen, the process keeps running on " + host + ".");
			return 0;
		}
	}
}

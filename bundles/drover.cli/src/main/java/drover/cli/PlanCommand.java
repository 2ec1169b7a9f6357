package drover.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import drover.cli.internal.EvacuationPrinter;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover plan HOST}: what an evacuation of HOST would do, with its reasons and predicted cost; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = "Show what evacuating HOST would do: per process tree an action, a target with its reasons and the"
				+ " alternatives, and the predicted downtime, image size and time. Nothing is changed.")
final class PlanCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Mixin
	EvacuationOptions options;

	@Option(names = "--json", description = "Print the plan as JSON.")
	boolean json;

	@Override
	public Integer call() throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		PrintWriter out = spec.commandLine().getOut();
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			EvacuationPlan plan = agent.plan(options.request(entry, client, 0, EvacuationRequest.Repeat.NONE, null));
			if (json) {
				out.println(CheckpointCommands.JSON.writeValueAsString(plan));
			} else {
				EvacuationPrinter.plan(out, plan);
			}
			return 0;
		}
	}
}

package drover.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.SerializationFeature;

import drover.cli.internal.TreePrinter;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.Inventory;
import drover.protocol.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover ps HOST}: the host's process tree with every process's open resources. */
@Command(name = "ps", mixinStandardHelpOptions = true, description = "Show a host's process tree with open resources.")
final class PsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST", description = "A known host (see 'drover hosts').")
	String host;

	@Option(names = "--json", description = "Print the agent's inventory as JSON.")
	boolean json;

	@Option(names = "--no-resources", description = "Only the tree, without open resources.")
	boolean noResources;

	@Override
	public Integer call() throws Exception {
		HostEntry entry = new HostRegistry(DroverCli.home()).require(host);
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			if (json) {
				// the agent's JSON as it came, re-indented for people is not wanted by scripts: print compact
				spec.commandLine().getOut().println(Json.newMapper().disable(SerializationFeature.INDENT_OUTPUT)
						.writeValueAsString(agent.request("inventory")));
				return 0;
			}
			Inventory inventory = agent.inventory();
			new TreePrinter(spec.commandLine().getOut(), !noResources).print(inventory);
			return 0;
		}
	}
}

package drover.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;

import drover.cli.internal.TreePrinter;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover ps HOST}: the host's process tree with every process's open resources. */
@Command(name = "ps", mixinStandardHelpOptions = true, description = "Show a host's process tree with open resources.")
final class PsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	DroverCli root;

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
				// the agent's envelope passes through unparsed: a 2,000-process inventory is megabytes of JSON
				OutputStream out = root.stdout();
				int status = agent.requestRaw("inventory", new NonClosingOutput(out));
				out.flush();
				return status == 0 ? 0 : 1;
			}
			Inventory inventory = agent.inventory();
			new TreePrinter(spec.commandLine().getOut(), !noResources).print(inventory);
			return 0;
		}
	}

	/** System.out must stay open for whatever the CLI prints after the request. */
	private static final class NonClosingOutput extends java.io.FilterOutputStream {
		NonClosingOutput(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws java.io.IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws java.io.IOException {
			out.flush();
		}
	}
}

package drover.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import drover.core.AddressPool;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.LaunchResult;
import drover.protocol.OwnAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drover launch HOST [--address A[/P]] [--name NAME] -- COMMAND...}: starts COMMAND on HOST with a network
 * address of its own, so that it can be migrated with its open TCP connections. Without --address, the first
 * address of the cluster's pool ({@code drover launch-pool}) that no host reports in use.
 */
@Command(name = "launch", mixinStandardHelpOptions = true, description = "Start COMMAND on HOST with a network address of"
		+ " its own (movable with its TCP connections); prints its PID and address.")
final class LaunchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST", description = "A known host (see 'drover hosts').")
	String host;

	@Parameters(index = "1..*", paramLabel = "COMMAND", arity = "1..*", description = "The command and its arguments (after --).")
	List<String> command;

	@Option(names = "--address", paramLabel = "A[/P]", description = "The address to give it (default: from the cluster's pool).")
	String address;

	@Option(names = "--name", paramLabel = "NAME", description = "A name for the tree, shown with its address.")
	String name;

	@Override
	public Integer call() throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		HostEntry entry = registry.require(host);
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			String chosen = address != null ? address : fromPool(client, registry);
			try (AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
				LaunchResult result = agent.launch(chosen, name, command);
				spec.commandLine().getOut().println(result.pid() + " " + result.address().cidr());
				spec.commandLine().getErr().println(result.describe());
			}
		}
		return 0;
	}

	/** The pool's first address that no reachable host reports in use (a host that does not answer is named). */
	private String fromPool(AgentClient client, HostRegistry registry) throws Exception {
		AddressPool pool = AddressPool.load(DroverCli.home()).orElseThrow(() -> new IllegalStateException("No --address and"
				+ " no address pool for this cluster. Set one: drover launch-pool 10.213.7.100-10.213.7.199/24 (or pass --address)."));
		Set<String> used = new HashSet<>();
		for (HostEntry h : registry.list()) {
			try (AgentConnection agent = client.connect(h, HostKeyPolicy.STRICT)) {
				for (OwnAddress a : agent.inventory().ownAddresses()) {
					used.add(a.address());
				}
			} catch (Exception e) {
				spec.commandLine().getErr().println("drover: " + h.name() + " did not answer (" + e.getMessage() + "); its addresses"
						+ " are not known: the agent on " + host + " still refuses one it holds itself");
			}
		}
		return pool.pick(used).orElseThrow(() -> new IllegalStateException("Every address of the pool " + pool + " is in use."
				+ " Widen it (drover launch-pool) or pass --address."));
	}

	/** {@code drover launch-pool [FIRST-LAST/PREFIX]}: shows or sets the cluster's pool. */
	@Command(name = "launch-pool", mixinStandardHelpOptions = true, description = "Show or set the cluster's pool of addresses"
			+ " for 'drover launch' (FIRST-LAST/PREFIX).")
	static final class Pool implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", arity = "0..1", paramLabel = "FIRST-LAST/PREFIX")
		String range;

		@Override
		public Integer call() throws Exception {
			if (range != null) {
				AddressPool.parse(range).save(DroverCli.home());
			}
			spec.commandLine().getOut().println(AddressPool.load(DroverCli.home()).map(AddressPool::toString).orElse("(no pool)"));
			return 0;
		}
	}
}

package drover.cli;

import java.nio.file.Path;
import java.util.List;

import drover.cli.internal.DemoCluster;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.SpawnResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover demo up|down|run}: a local cluster of demo hosts with real agents. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Start, stop and use a local demo cluster.")
final class DemoCommand {

	@Spec
	CommandSpec spec;

	private DemoCluster cluster() {
		String jar = System.getProperty("drover.agent.jar", System.getenv("DROVER_AGENT_JAR"));
		String script = System.getProperty("drover.host.script");
		return new DemoCluster(DroverCli.home(), jar == null ? null : Path.of(jar),
				script == null ? null : Path.of(script), spec.commandLine().getOut());
	}

	@Command(name = "up", mixinStandardHelpOptions = true, description = "Start N demo hosts (default 2), each with an agent.")
	int up(@Parameters(paramLabel = "N", defaultValue = "2") int count) throws Exception {
		cluster().up(count);
		return 0;
	}

	@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the demo hosts and remove what 'up' made.")
	int down() throws Exception {
		cluster().down();
		return 0;
	}

	@Command(name = "restart-agent", mixinStandardHelpOptions = true,
			description = "Start a demo host's agent again (killed first if it runs), with the same state, address and port.")
	int restartAgent(@Parameters(index = "0", paramLabel = "HOST") String host) throws Exception {
		cluster().restartAgent(host);
		return 0;
	}

	@Command(name = "reboot", mixinStandardHelpOptions = true,
			description = "Reboot a simulated host: every process on it ends, then it starts again with the same state"
					+ " directory (its images), address and agent.")
	int reboot(@Parameters(index = "0", paramLabel = "HOST") String host) throws Exception {
		cluster().reboot(host);
		return 0;
	}

	@Command(name = "run", mixinStandardHelpOptions = true,
			description = "Start COMMAND detached on a demo host; prints its PID as that host sees it (for a command that"
					+ " daemonizes, the PID of the daemon it left running, and a note on stderr).")
	int run(@Parameters(index = "0", paramLabel = "HOST") String host,
			@Parameters(index = "1..*", paramLabel = "COMMAND", arity = "1..*") List<String> command) throws Exception {
		var entry = new HostRegistry(DroverCli.home()).require(host);
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(entry, HostKeyPolicy.STRICT)) {
			SpawnResult result = agent.spawn(command);
			spec.commandLine().getOut().println(result.pid());
			if (result.daemonized()) { // stdout stays the PID alone, for scripts
				spec.commandLine().getErr().println(result.describe());
			}
		}
		return 0;
	}

}

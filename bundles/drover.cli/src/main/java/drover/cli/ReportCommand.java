package drover.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.migration.MigrationRecords;
import drover.protocol.MigrationReport;
import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.DroverFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover report HOST... -o FILE}: the migrations the hosts took part in, as a report file for the console. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write the migration cost records kept by the hosts' agents to a report file (XMI), for the console's report viewer.")
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "HOST", arity = "1..*")
	List<String> hosts;

	@Option(names = { "-o", "--output" }, required = true, description = "Report file to write (.xmi).")
	Path output;

	@Override
	public Integer call() throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		Map<String, MigrationReport> records = new LinkedHashMap<>(); // a migration is kept by both its hosts: once
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			for (String host : hosts) {
				try (AgentConnection agent = client.connect(registry.require(host), HostKeyPolicy.STRICT)) {
					for (MigrationReport r : agent.migrations()) {
						records.putIfAbsent(r.id, r);
					}
				}
			}
		}
		Cluster cluster = DroverFactory.eINSTANCE.createCluster();
		cluster.setName("report of " + String.join(", ", hosts));
		records.values().forEach(r -> MigrationRecords.addTo(cluster, r));
		ReportFiles.save(cluster, output);
		spec.commandLine().getOut().println("Wrote " + records.size() + " migration records to " + output + ".");
		return 0;
	}
}

package drover.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.SerializationFeature;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.protocol.Hello;
import drover.protocol.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover hosts}: the known hosts and whether their agents answer; add, remove, trust. */
@Command(name = "hosts", mixinStandardHelpOptions = true, description = "List known hosts and whether they answer.")
final class HostsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() throws Exception {
		List<HostEntry> hosts = new HostRegistry(DroverCli.home()).list();
		List<Map<String, Object>> rows = new ArrayList<>();
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			List<CompletableFuture<Map<String, Object>>> probes = hosts.stream()
					.map(h -> CompletableFuture.supplyAsync(() -> probe(client, h))).toList();
			for (var probe : probes) {
				rows.add(probe.join());
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			out.println(Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
			return 0;
		}
		if (rows.isEmpty()) {
			out.println("No hosts yet. Add one with 'drover hosts add NAME ADDRESS' or start 'drover demo up'.");
			return 0;
		}
		out.printf("%-12s %-22s %-8s %-8s %s%n", "NAME", "ADDRESS", "STATUS", "AGENT", "CRIU");
		for (Map<String, Object> row : rows) {
			boolean up = Boolean.TRUE.equals(row.get("answers"));
			out.printf("%-12s %-22s %-8s %-8s %s%n", row.get("name"), row.get("address") + ":" + row.get("port"),
					up ? "up" : "DOWN", up ? row.get("agentVersion") : "-",
					up ? row.get("criuVersion") + " " + (Boolean.TRUE.equals(row.get("criuCheckOk")) ? "(check ok)"
							: "(check FAILED: " + row.get("criuCheckMessage") + ")") : row.get("error"));
		}
		return 0;
	}

	private static Map<String, Object> probe(AgentClient client, HostEntry host) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", host.name());
		row.put("address", host.address());
		row.put("port", host.port());
		row.put("user", host.user());
		row.put("keyFile", host.keyPath(client.home()).toString());
		try (AgentConnection agent = client.connect(host, HostKeyPolicy.STRICT)) {
			Hello hello = agent.hello();
			row.put("answers", true);
			row.put("agentVersion", hello.agentVersion());
			row.put("protocolVersion", hello.protocolVersion());
			row.put("kernel", hello.host().kernel());
			row.put("criuVersion", hello.criu().version());
			row.put("criuCheckOk", hello.criu().checkOk());
			row.put("criuCheckMessage", hello.criu().checkMessage());
		} catch (AgentException e) {
			row.put("answers", false);
			row.put("error", e.explain());
		} catch (Exception e) {
			row.put("answers", false);
			row.put("error", e.getMessage());
		}
		return row;
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Add or change a host.")
	int add(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "ADDRESS") String address,
			@Option(names = "--port", defaultValue = "2222") int port,
			@Option(names = "--user", defaultValue = "${sys:user.name}") String user,
			@Option(names = "--key", description = "Private key file (default ~/.drover/keys/id_ecdsa).") String key)
			throws Exception {
		new HostRegistry(DroverCli.home()).put(new HostEntry(name, address, port, user, key));
		spec.commandLine().getOut().println("Added " + name + " (" + address + ":" + port + "). Trust its key with"
				+ " 'drover hosts trust " + name + "' once you have checked the fingerprint.");
		return 0;
	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget a host.")
	int remove(@Parameters(paramLabel = "NAME") String name) throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		HostEntry host = registry.require(name);
		registry.remove(name);
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			client.pins().forget(host.endpoint());
		}
		spec.commandLine().getOut().println("Removed " + name + ".");
		return 0;
	}

	@Command(name = "trust", mixinStandardHelpOptions = true,
			description = "Pin the key the host presents now (after checking its fingerprint).")
	int trust(@Parameters(paramLabel = "NAME") String name,
			@Option(names = "--replace", description = "Replace a pinned key that changed.") boolean replace)
			throws Exception {
		HostEntry host = new HostRegistry(DroverCli.home()).require(name);
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection agent = client.connect(host, replace ? HostKeyPolicy.REPLACE : HostKeyPolicy.PIN_FIRST)) {
			agent.hello();
			spec.commandLine().getOut().println("Trusted the host key of " + name + " (" + host.endpoint() + ").");
		}
		return 0;
	}
}

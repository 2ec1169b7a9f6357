package drover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.apache.sshd.common.config.keys.KeyUtils;

import com.fasterxml.jackson.databind.SerializationFeature;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.hosts.HostSettings;
import drover.core.slurm.SlurmSettings;
import drover.protocol.Hello;
import drover.protocol.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover hosts}: the known hosts and whether their agents answer; add, set, remove, trust. */
@Command(name = "hosts", mixinStandardHelpOptions = true, description = "List known hosts and whether they answer.",
		subcommands = HostsImportCommand.class)
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
		int nameWidth = Math.max(12, rows.stream().mapToInt(r -> r.get("name").toString().length()).max().orElse(0) + 1);
		int addressWidth = Math.max(22, rows.stream().mapToInt(r -> (r.get("address") + ":" + r.get("port")).length()).max().orElse(0) + 1);
		int groupsWidth = Math.max(7, rows.stream().mapToInt(r -> groups(r).length()).max().orElse(0) + 1);
		String format = "%-" + nameWidth + "s %-" + addressWidth + "s %-8s %-8s %-" + groupsWidth + "s %s%n";
		out.printf(format, "NAME", "ADDRESS", "STATUS", "AGENT", "GROUPS", "CRIU");
		for (Map<String, Object> row : rows) {
			boolean up = Boolean.TRUE.equals(row.get("answers"));
			out.printf(format, row.get("name"), row.get("address") + ":" + row.get("port"),
					up ? "up" : "DOWN", up ? row.get("agentVersion") : "-", groups(row),
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
		row.put("groups", host.groups());
		row.put("settings", host.settings());
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

	private static String groups(Map<String, Object> row) {
		List<?> groups = (List<?>) row.get("groups");
		return groups == null || groups.isEmpty() ? "-" : String.join(",", groups.stream().map(Object::toString).toList());
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Add or change a host.")
	int add(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "ADDRESS") String address,
			@Option(names = "--port", defaultValue = "2222") int port,
			@Option(names = "--user", defaultValue = "${sys:user.name}") String user,
			@Option(names = "--key", description = "Private key file (default ~/.drover/keys/id_ecdsa).") String key,
			@Option(names = "--group", split = ",", paramLabel = "GROUP", description = "Groups the host is in.") List<String> groups)
			throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		// changing how to reach a host keeps what else is known about it (its settings)
		Map<String, String> settings = registry.find(name).map(HostEntry::settings).orElse(Map.of());
		registry.put(new HostEntry(name, address, port, user, key, groups, settings));
		spec.commandLine().getOut().println("Added " + name + " (" + address + ":" + port + "). 'drover hosts trust " + name
				+ "' shows its host key's fingerprint and pins it once you confirm.");
		return 0;
	}

	@Command(name = "set", mixinStandardHelpOptions = true, description = {
			"Show or change a host's settings: KEY=VALUE sets, KEY= removes.",
			"  slurm.node=NODE      the host's Slurm NodeName: an evacuation drains it first, its restore resumes it",
			"  slurm.conf=PATH      the slurm.conf scontrol reads on the node (default: Slurm's own)",
			"  slurm.scontrol=PATH  the scontrol program on the node (default: scontrol on PATH)" })
	int set(@Parameters(index = "0", paramLabel = "NAME") String name,
			@Parameters(index = "1..*", paramLabel = "KEY=VALUE", arity = "0..*") List<String> assignments) throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		HostEntry host = registry.require(name);
		PrintWriter out = spec.commandLine().getOut();
		if (assignments != null && !assignments.isEmpty()) {
			Map<String, String> settings;
			try {
				settings = HostSettings.apply(host.settings(), assignments);
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage() + " Nothing was changed for " + name + ".");
			}
			host = host.withSettings(settings);
			registry.put(host);
		}
		if (host.settings().isEmpty()) {
			out.println(name + " has no settings. Known keys: " + String.join(", ", HostSettings.describe().keySet())
					+ " ('drover hosts set --help' says what each means).");
			return 0;
		}
		out.println("Settings of " + name + ":");
		host.settings().forEach((k, v) -> out.println("  " + k + "=" + v));
		SlurmSettings.of(host).ifPresent(slurm -> out.println("An evacuation of " + name + " drains Slurm node " + slurm.node()
				+ " first (scontrol on " + name + ", by its agent), and its restore resumes it."));
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
			description = "Show the key the host presents now and pin it once you confirm (--yes: without asking).")
	int trust(@Parameters(paramLabel = "NAME") String name,
			@Option(names = "--replace", description = "Replace a pinned key that changed.") boolean replace,
			@Option(names = "--yes",
					description = "Pin without asking (scripts): only when you checked the fingerprint otherwise.") boolean yes)
			throws Exception {
		HostEntry host = new HostRegistry(DroverCli.home()).require(name);
		PrintWriter out = spec.commandLine().getOut();
		try (AgentClient client = new AgentClient(DroverCli.home())) {
			HostKeyPrompt.Seen seen = new HostKeyPrompt.Seen();
			try (AgentConnection agent = client.connect(host, seen)) {
				agent.hello(); // the pinned key matched: nothing to ask
				out.println("The host key of " + name + " (" + host.endpoint() + ") is already trusted: "
						+ KeyUtils.getFingerPrint(client.pins().pinned(host.endpoint())) + ".");
				return 0;
			} catch (AgentException e) {
				if (seen.presented == null || (seen.pinned != null && !replace)) {
					throw e; // unreachable, refused our key, or a changed key without --replace: its message says what to do
				}
			}
			out.println(HostKeyPrompt.describe(host, seen));
			if (!yes) {
				Optional<Boolean> answer = ((DroverCli) spec.root().userObject()).confirm("Trust this key for " + name + "?");
				if (answer.isEmpty()) {
					throw new IOException("Nobody at a terminal to confirm the host key of " + name + " (" + seen.fingerprint
							+ "): nothing was pinned. Check the fingerprint, then run 'drover hosts trust " + name
							+ (replace ? " --replace" : "") + " --yes'.");
				}
				if (!answer.get()) {
					out.println("Not trusted: nothing was pinned for " + name + ".");
					return 1;
				}
			}
			client.pins().pin(host.endpoint(), seen.presented);
			// connect again against the pin just written: a key that changed since the question is refused
			try (AgentConnection agent = client.connect(host, HostKeyPolicy.STRICT)) {
				agent.hello();
			}
			out.println("Trusted the host key of " + name + " (" + host.endpoint() + "): " + seen.fingerprint + ".");
		}
		return 0;
	}
}

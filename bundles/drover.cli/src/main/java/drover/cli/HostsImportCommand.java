package drover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostKeyStore;
import drover.core.HostRegistry;
import drover.core.hosts.AnsibleInventoryImport;
import drover.core.hosts.HostImport;
import drover.core.hosts.ImportOptions;
import drover.core.hosts.SshConfigImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drover hosts import}: hosts from an ssh config or an Ansible inventory into the registry, replacing
 * hosts of the same name. Host keys are not pinned here: each host still needs {@code drover hosts trust}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Add the hosts of an ssh config or an Ansible inventory (INI or YAML).",
				"Those files give the OpenSSH port; the agent's is 2222 unless --agent-port, --port-from-file"
						+ " or an Ansible variable drover_agent_port says otherwise." })
final class HostsImportCommand implements Callable<Integer> {

	static final class Source {
		@Option(names = "--ssh-config", paramLabel = "FILE", description = "An OpenSSH client config, e.g. ~/.ssh/config.")
		Path sshConfig;

		@Option(names = "--ansible", paramLabel = "FILE", description = "An Ansible inventory file (INI or YAML).")
		Path ansible;
	}

	@Spec
	CommandSpec spec;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Source source;

	@Option(names = "--key", paramLabel = "KEY", description = "Private key for the hosts the file names none for"
			+ " (default: Drover's own, ~/.drover/keys/id_ecdsa).")
	Path key;

	@Option(names = "--agent-port", paramLabel = "PORT", defaultValue = "2222",
			description = "Port of the Drover agent on the imported hosts (default ${DEFAULT-VALUE}).")
	int agentPort;

	@Option(names = "--port-from-file", description = "Take the file's Port / ansible_port as the agent's port"
			+ " (for files that describe the agents themselves).")
	boolean portFromFile;

	@Option(names = "--group", paramLabel = "GROUP", split = ",", description = "Only hosts in one of these groups.")
	List<String> onlyGroups;

	@Option(names = "--dry-run", description = "Show what would be imported; change nothing.")
	boolean dryRun;

	@Override
	public Integer call() throws Exception {
		ImportOptions options = new ImportOptions(agentPort, portFromFile, System.getProperty("user.name"),
				key == null ? null : key.toAbsolutePath().normalize().toString(), Path.of(System.getProperty("user.home")),
				Path.of("").toAbsolutePath());
		Path file = source.sshConfig != null ? source.sshConfig : source.ansible;
		HostImport found = source.sshConfig != null ? SshConfigImport.read(file, options) : AnsibleInventoryImport.read(file, options);
		List<HostEntry> hosts = onlyGroups == null ? found.hosts()
				: found.hosts().stream().filter(h -> h.groups().stream().anyMatch(onlyGroups::contains)).toList();
		PrintWriter out = spec.commandLine().getOut();
		for (String note : found.notes()) {
			out.println("note: " + note);
		}
		if (hosts.isEmpty()) {
			throw new IOException(
					"No hosts to import in " + file + (onlyGroups == null ? "" : " in group(s) " + String.join(", ", onlyGroups))
							+ (source.ansible != null ? ": is it an Ansible inventory (INI or YAML)?"
									: ": it has no Host line naming a single host."));
		}
		DroverHome home = DroverCli.home();
		HostRegistry registry = new HostRegistry(home);
		Set<String> known = registry.list().stream().map(HostEntry::name).collect(Collectors.toSet());
		HostKeyStore pins = new HostKeyStore(home);
		List<List<String>> table = new java.util.ArrayList<>();
		table.add(List.of("NAME", "ADDRESS:PORT", "USER", "KEY", "GROUPS", "STATE"));
		for (HostEntry host : hosts) {
			table.add(List.of(host.name(), host.address() + ":" + host.port(), String.valueOf(host.user()),
					host.keyPath(home).toString(), host.groups().isEmpty() ? "-" : String.join(",", host.groups()),
					(known.contains(host.name()) ? "updated" : "new") + ", host key "
							+ (pins.pinned(host.endpoint()) != null ? "pinned" : "not trusted yet")));
		}
		out.println((dryRun ? "Would import " : "Importing ") + hosts.size() + " host" + (hosts.size() == 1 ? "" : "s") + " from " + file
				+ ":");
		int[] widths = new int[table.get(0).size()];
		for (List<String> row : table) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		for (List<String> row : table) {
			StringBuilder line = new StringBuilder(" ");
			for (int i = 0; i < row.size(); i++) {
				line.append(' ').append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s ", row.get(i)));
			}
			out.println(line);
		}
		if (dryRun) {
			out.println("Nothing changed (--dry-run).");
			return 0;
		}
		registry.putAll(hosts);
		out.println("Saved in " + home.hostsFile() + ". Next: 'drover hosts trust NAME' for each host not trusted yet (it shows"
				+ " the fingerprint and asks), then 'drover hosts' shows which agents answer.");
		return 0;
	}
}

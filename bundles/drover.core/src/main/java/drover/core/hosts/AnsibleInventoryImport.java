package drover.core.hosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Hosts from an Ansible inventory file, INI or YAML (told apart by the file name's extension, else by its
 * first line). Read per host: {@code ansible_host}, {@code ansible_port}, {@code ansible_user},
 * {@code ansible_ssh_private_key_file} (and their older {@code ansible_ssh_*} spellings), Drover's own
 * {@code drover_agent_port}, and the groups it is in (directly, or through {@code children}), which become
 * the host's groups ({@code all} and {@code ungrouped} are left out: every host is in them). Variables come from
 * the inventory and from {@code group_vars/} and {@code host_vars/} beside it. Host ranges such as
 * {@code web[01:20]} are expanded. Dynamic inventories (scripts, plugins) and templated values are not run.
 */
public final class AnsibleInventoryImport {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private AnsibleInventoryImport() {
	}

	/** Reads an inventory file and the group_vars/ and host_vars/ directories beside it. */
	public static HostImport read(Path file, ImportOptions options) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("No Ansible inventory at " + file + ": give the path of an INI or YAML inventory file"
					+ " (a directory or a dynamic inventory script cannot be imported).");
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (Files.isExecutable(file) && text.startsWith("#!")) {
			throw new IOException(file + " is a dynamic inventory script: Drover does not run it. Save its output with"
					+ " 'ansible-inventory -i " + file + " --list --yaml > hosts.yml' and import that.");
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json")
				|| (!name.endsWith(".ini") && looksLikeYaml(text));
		AnsibleInventory inventory = yaml ? yaml(text) : ini(text);
		Path dir = file.toAbsolutePath().getParent();
		return inventory.resolve(options, g -> varsFiles(dir.resolve("group_vars"), g, inventory),
				h -> varsFiles(dir.resolve("host_vars"), h, inventory));
	}

	/** Parses INI inventory text (no group_vars/host_vars). */
	public static HostImport parseIni(String text, ImportOptions options) throws IOException {
		return ini(text).resolve(options, g -> Map.of(), h -> Map.of());
	}

	/** Parses YAML inventory text (no group_vars/host_vars). */
	public static HostImport parseYaml(String text, ImportOptions options) throws IOException {
		return yaml(text).resolve(options, g -> Map.of(), h -> Map.of());
	}

	/** YAML starts with a document marker or a mapping key on its own line ({@code all:}); INI with hosts or [groups]. */
	static boolean looksLikeYaml(String text) {
		for (String raw : text.split("\r?\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			return line.equals("---") || line.startsWith("{") || (line.endsWith(":") && !line.contains("=") && !line.contains(" "));
		}
		return false;
	}

	private static AnsibleInventory ini(String text) throws IOException {
		AnsibleInventory inventory = new AnsibleInventory();
		String section = AnsibleInventory.UNGROUPED;
		String kind = "hosts";
		int number = 0;
		for (String raw : text.split("\r?\n", -1)) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[")) {
				if (!line.endsWith("]")) {
					throw new IOException("Inventory line " + number + ": '" + line + "' opens a section but does not close it with ].");
				}
				String header = line.substring(1, line.length() - 1).strip();
				int colon = header.indexOf(':');
				section = colon < 0 ? header : header.substring(0, colon);
				kind = colon < 0 ? "hosts" : header.substring(colon + 1);
				inventory.group(section);
				if (!kind.equals("hosts") && !kind.equals("vars") && !kind.equals("children")) {
					inventory.notes.add("Inventory line " + number + ": section [" + header + "] is neither :vars nor :children: ignored.");
					kind = "ignored";
				}
				continue;
			}
			switch (kind) {
			case "vars" -> {
				int eq = line.indexOf('=');
				if (eq < 0) {
					inventory.notes
							.add("Inventory line " + number + ": '" + line + "' in [" + section + ":vars] is not NAME=VALUE: ignored.");
				} else {
					inventory.group(section).vars.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
				}
			}
			case "children" -> {
				String child = words(line).get(0);
				inventory.group(child);
				inventory.group(section).children.add(child);
			}
			case "hosts" -> {
				List<String> words = words(line);
				String host = words.get(0);
				Map<String, String> vars = new LinkedHashMap<>();
				// host:port is INI shorthand for ansible_port
				int colon = host.lastIndexOf(':');
				if (colon > 0 && host.indexOf(':') == colon && host.substring(colon + 1).matches("[0-9]+")) {
					vars.put("ansible_port", host.substring(colon + 1));
					host = host.substring(0, colon);
				}
				for (String word : words.subList(1, words.size())) {
					int eq = word.indexOf('=');
					if (eq <= 0) {
						inventory.notes
								.add("Inventory line " + number + ": '" + word + "' after host " + host + " is not NAME=VALUE: ignored.");
					} else {
						vars.put(word.substring(0, eq), word.substring(eq + 1));
					}
				}
				inventory.addHost(section, host, vars);
			}
			default -> {
				// an ignored section
			}
			}
		}
		return inventory;
	}

	private static AnsibleInventory yaml(String text) throws IOException {
		JsonNode root;
		try {
			root = YAML.readTree(text);
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IOException("The inventory is not valid YAML: " + e.getOriginalMessage()
					+ (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "") + ".", e);
		}
		AnsibleInventory inventory = new AnsibleInventory();
		if (root == null || root.isMissingNode() || root.isNull()) {
			return inventory;
		}
		if (!root.isObject()) {
			throw new IOException("A YAML inventory is a mapping of groups (all:, webservers:, ...), not a " + root.getNodeType() + ".");
		}
		for (var group : root.properties()) {
			yamlGroup(inventory, group.getKey(), group.getValue());
		}
		return inventory;
	}

	private static void yamlGroup(AnsibleInventory inventory, String name, JsonNode node) {
		AnsibleInventory.Group group = inventory.group(name);
		if (node == null || node.isNull()) {
			return;
		}
		if (!node.isObject()) {
			inventory.notes.add("Group " + name + " is not a mapping (hosts:, vars:, children:): ignored.");
			return;
		}
		for (var host : node.path("hosts").properties()) {
			inventory.addHost(name, host.getKey(), scalars(inventory, "host " + host.getKey(), host.getValue()));
		}
		group.vars.putAll(scalars(inventory, "group " + name, node.path("vars")));
		for (var child : node.path("children").properties()) {
			group.children.add(child.getKey());
			yamlGroup(inventory, child.getKey(), child.getValue());
		}
	}

	/** The scalar variables of a mapping; lists and mappings are no connection setting, so they stay out. */
	private static Map<String, String> scalars(AnsibleInventory inventory, String owner, JsonNode node) {
		Map<String, String> vars = new LinkedHashMap<>();
		if (node != null && node.isObject()) {
			for (var entry : node.properties()) {
				if (entry.getValue().isValueNode()) {
					vars.put(entry.getKey(), entry.getValue().asText());
				}
			}
		} else if (node != null && !node.isMissingNode() && !node.isNull()) {
			inventory.notes.add("The variables of " + owner + " are not a mapping: ignored.");
		}
		return vars;
	}

	/** group_vars/NAME or host_vars/NAME: a YAML file (no extension, .yml, .yaml, .json) or a directory of them. */
	private static Map<String, String> varsFiles(Path dir, String name, AnsibleInventory inventory) {
		Map<String, String> vars = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>();
		for (String ext : List.of("", ".yml", ".yaml", ".json")) {
			Path file = dir.resolve(name + ext);
			if (Files.isRegularFile(file)) {
				files.add(file);
			}
		}
		Path sub = dir.resolve(name);
		if (Files.isDirectory(sub)) {
			try (DirectoryStream<Path> inside = Files.newDirectoryStream(sub, "*.{yml,yaml,json}")) {
				List<Path> sorted = new ArrayList<>();
				inside.forEach(sorted::add);
				sorted.sort(null);
				files.addAll(sorted);
			} catch (IOException e) {
				inventory.notes.add("Cannot read " + sub + ": " + e.getMessage() + ".");
			}
		}
		for (Path file : files) {
			try {
				vars.putAll(scalars(inventory, file.toString(), YAML.readTree(file.toFile())));
			} catch (IOException e) {
				inventory.notes.add(
						"Cannot read " + file + " (" + e.getMessage().lines().findFirst().orElse("") + "): its variables are left out.");
			}
		}
		return vars;
	}

	/** Splits an INI line into words: blanks separate, quotes group, {@code #} at a word's start ends the line. */
	static List<String> words(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		char quote = 0;
		boolean any = false;
		for (char c : line.toCharArray()) {
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
				any = true;
			} else if (Character.isWhitespace(c)) {
				if (any) {
					words.add(word.toString());
					word.setLength(0);
					any = false;
				}
			} else if (c == '#' && !any) {
				break;
			} else {
				word.append(c);
				any = true;
			}
		}
		if (any) {
			words.add(word.toString());
		}
		return words;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}
}

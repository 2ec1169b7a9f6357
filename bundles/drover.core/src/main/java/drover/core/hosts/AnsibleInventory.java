package drover.core.hosts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import drover.core.HostEntry;

/**
 * An Ansible inventory as its two file formats (INI, YAML) both describe it: groups with hosts, variables and
 * child groups, every group a child of {@code all}. Turns it into host entries with Ansible's variable
 * precedence: {@code all}, then groups from the least to the most specific (parents before children, by name
 * among equals), then the host's own variables; {@code group_vars}/{@code host_vars} files override the
 * inventory's variables at the same level.
 */
final class AnsibleInventory {

	static final String ALL = "all";
	static final String UNGROUPED = "ungrouped";

	static final class Group {
		final String name;
		/** Host name to the variables this group's listing gives it. */
		final Map<String, Map<String, String>> hosts = new LinkedHashMap<>();
		final Map<String, String> vars = new LinkedHashMap<>();
		final Set<String> children = new LinkedHashSet<>();

		Group(String name) {
			this.name = name;
		}
	}

	private static final Pattern RANGE = Pattern.compile("\\[([a-zA-Z0-9]+):([a-zA-Z0-9]+)(?::([0-9]+))?\\]");

	final Map<String, Group> groups = new LinkedHashMap<>();
	private final Set<String> hostOrder = new LinkedHashSet<>();
	final List<String> notes = new ArrayList<>();

	Group group(String name) {
		return groups.computeIfAbsent(name, Group::new);
	}

	/** Adds a host (a name or a range pattern such as {@code web[01:03]}) to a group with its variables. */
	void addHost(String group, String pattern, Map<String, String> vars) {
		for (String host : expand(pattern)) {
			hostOrder.add(host);
			group(group).hosts.computeIfAbsent(host, h -> new LinkedHashMap<>()).putAll(vars);
		}
	}

	/**
	 * The hosts with their settings. {@code groupVars} and {@code hostVars} give the variables of
	 * group_vars/NAME and host_vars/NAME files (empty maps when there are none).
	 */
	HostImport resolve(ImportOptions options, java.util.function.Function<String, Map<String, String>> groupVars,
			java.util.function.Function<String, Map<String, String>> hostVars) {
		Map<String, Integer> depth = depths();
		List<String> order = new ArrayList<>(groups.keySet());
		order.remove(ALL);
		order.sort(Comparator.comparing((String g) -> depth.getOrDefault(g, 1)).thenComparing(Comparator.naturalOrder()));
		List<HostEntry> hosts = new ArrayList<>();
		for (String host : hostOrder) {
			Set<String> memberOf = groupsOf(host);
			Map<String, String> vars = new LinkedHashMap<>();
			if (groups.containsKey(ALL)) {
				vars.putAll(groups.get(ALL).vars);
			}
			vars.putAll(groupVars.apply(ALL));
			List<String> kept = new ArrayList<>();
			for (String group : order) {
				if (memberOf.contains(group)) {
					vars.putAll(groups.get(group).vars);
					vars.putAll(groupVars.apply(group));
					if (!group.equals(UNGROUPED)) {
						kept.add(group);
					}
				}
			}
			// the host's own variables, wherever it is listed, override every group's
			if (groups.containsKey(ALL) && groups.get(ALL).hosts.containsKey(host)) {
				vars.putAll(groups.get(ALL).hosts.get(host));
			}
			for (String group : order) {
				Map<String, String> own = groups.get(group).hosts.get(host);
				if (own != null) {
					vars.putAll(own);
				}
			}
			vars.putAll(hostVars.apply(host));
			HostEntry entry = toHost(host, vars, kept, options);
			if (entry != null) {
				hosts.add(entry);
			}
		}
		return new HostImport(hosts, notes);
	}

	private HostEntry toHost(String host, Map<String, String> vars, List<String> groupNames, ImportOptions options) {
		String address = value(host, vars, "ansible_host", "ansible_ssh_host");
		String user = value(host, vars, "ansible_user", "ansible_ssh_user", "ansible_ssh_user_name");
		String key = value(host, vars, "ansible_ssh_private_key_file", "ansible_private_key_file");
		String sshPort = value(host, vars, "ansible_port", "ansible_ssh_port");
		String agentPort = value(host, vars, "drover_agent_port");
		int port = options.agentPort();
		String portText = agentPort != null ? agentPort : options.portFromFile() ? sshPort : null;
		if (portText != null) {
			try {
				port = Integer.parseInt(portText.strip());
			} catch (NumberFormatException e) {
				notes.add("Host " + host + ": port '" + portText + "' is not a number: skipped.");
				return null;
			}
		}
		try {
			return new HostEntry(host, address != null ? address : host, port, user != null ? user : options.defaultUser(),
					options.keyPath(key), groupNames);
		} catch (IllegalArgumentException e) {
			notes.add("Host " + host + " skipped: " + e.getMessage() + ".");
			return null;
		}
	}

	/** The first of {@code names} that is set; a Jinja template cannot be evaluated here, so it counts as unset. */
	private String value(String host, Map<String, String> vars, String... names) {
		for (String name : names) {
			String value = vars.get(name);
			if (value == null || value.isBlank()) {
				continue;
			}
			if (value.contains("{{") || value.contains("{%")) {
				notes.add("Host " + host + ": " + name + " is a template (" + value + "): not evaluated, left out.");
				continue;
			}
			return value.strip();
		}
		return null;
	}

	/** Every group a host is in: those that list it and, through children, their ancestors (not {@code all}). */
	private Set<String> groupsOf(String host) {
		Map<String, Set<String>> parents = parents();
		Set<String> result = new HashSet<>();
		List<String> todo = new ArrayList<>();
		groups.forEach((name, group) -> {
			if (group.hosts.containsKey(host)) {
				todo.add(name);
			}
		});
		while (!todo.isEmpty()) {
			String g = todo.remove(todo.size() - 1);
			if (!g.equals(ALL) && result.add(g)) {
				todo.addAll(parents.getOrDefault(g, Set.of()));
			}
		}
		return result;
	}

	private Map<String, Set<String>> parents() {
		Map<String, Set<String>> parents = new HashMap<>();
		groups.forEach((name, group) -> group.children.forEach(c -> parents.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(name)));
		return parents;
	}

	/** How far each group is from {@code all} (its longest path of parents): parents count before children. */
	private Map<String, Integer> depths() {
		Map<String, Set<String>> parents = parents();
		Map<String, Integer> depth = new HashMap<>();
		for (String g : groups.keySet()) {
			depth(g, parents, depth, new HashSet<>());
		}
		return depth;
	}

	private int depth(String group, Map<String, Set<String>> parents, Map<String, Integer> known, Set<String> path) {
		if (group.equals(ALL)) {
			return 0;
		}
		Integer d = known.get(group);
		if (d != null) {
			return d;
		}
		if (!path.add(group)) {
			notes.add("Group " + group + " is its own ancestor (a cycle of children): its depth is guessed.");
			return 1;
		}
		int max = 0;
		for (String parent : parents.getOrDefault(group, Set.of())) {
			max = Math.max(max, depth(parent, parents, known, path));
		}
		path.remove(group);
		known.put(group, max + 1);
		return max + 1;
	}

	/** Expands Ansible host ranges: {@code web[01:03]} is web01, web02, web03; {@code db-[a:c]} db-a to db-c. */
	static List<String> expand(String pattern) {
		Matcher m = RANGE.matcher(pattern);
		if (!m.find()) {
			return List.of(pattern);
		}
		String head = pattern.substring(0, m.start());
		List<String> tails = expand(pattern.substring(m.end()));
		String from = m.group(1);
		String to = m.group(2);
		int step = m.group(3) == null ? 1 : Math.max(1, Integer.parseInt(m.group(3)));
		List<String> values = new ArrayList<>();
		if (from.chars().allMatch(Character::isDigit) && to.chars().allMatch(Character::isDigit)) {
			int width = from.startsWith("0") ? from.length() : 0;
			for (int i = Integer.parseInt(from); i <= Integer.parseInt(to); i += step) {
				values.add(width > 0 ? String.format("%0" + width + "d", i) : Integer.toString(i));
			}
		} else if (from.length() == 1 && to.length() == 1) {
			for (char c = from.charAt(0); c <= to.charAt(0); c += (char) step) {
				values.add(String.valueOf(c));
			}
		} else {
			return List.of(pattern); // not a range Ansible knows: keep the name as written (HostEntry will judge it)
		}
		List<String> hosts = new ArrayList<>();
		for (String v : values) {
			for (String tail : tails) {
				hosts.add(head + v + tail);
			}
		}
		return hosts;
	}
}

package drover.core.hosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import drover.core.HostEntry;

/**
 * Hosts from an OpenSSH client configuration ({@code ~/.ssh/config}). Every name on a {@code Host} line that
 * is not a pattern becomes a host; its settings are found the way ssh finds them: every block whose patterns
 * match the name, in file order, the first value of each keyword winning, so {@code Host *} (and
 * {@code Host web*}) defaults apply to the hosts they match. Read: {@code HostName} (with {@code %h}),
 * {@code Port}, {@code User}, {@code IdentityFile} (the first one; {@code ~} and {@code %d %u %h %r %n}
 * expanded) and {@code Include}. {@code Match} blocks cannot be evaluated without a connection: they are
 * skipped with a note, as are patterns and names Drover cannot use.
 */
public final class SshConfigImport {

	private static final int MAX_INCLUDE_DEPTH = 16;
	private static final Pattern KEYWORD = Pattern.compile("^(\\S+?)(?:\\s*=\\s*|\\s+)(.*)$");

	/** One Host (or Match) block: its patterns and its settings, keyword (lower case) to values in file order. */
	private record Block(List<String> patterns, boolean match, Map<String, List<String>> settings) {

		boolean applies(String name) {
			if (match) {
				return false;
			}
			boolean positive = false;
			for (String pattern : patterns) {
				boolean negated = pattern.startsWith("!");
				if (glob(negated ? pattern.substring(1) : pattern).matcher(name).matches()) {
					if (negated) {
						return false;
					}
					positive = true;
				}
			}
			return positive;
		}
	}

	private final ImportOptions options;
	private final List<Block> blocks = new ArrayList<>();
	private final Set<String> names = new LinkedHashSet<>();
	private final List<String> notes = new ArrayList<>();
	private Block current;

	private SshConfigImport(ImportOptions options) {
		this.options = options;
		// settings before the first Host line apply to every host, as in ssh
		this.current = new Block(List.of("*"), false, new LinkedHashMap<>());
		blocks.add(current);
	}

	/** Reads an ssh config file; {@code Include} paths are relative to its directory. */
	public static HostImport read(Path file, ImportOptions options) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("No ssh config at " + file + ": give the path of a file such as ~/.ssh/config.");
		}
		SshConfigImport config = new SshConfigImport(options);
		config.parse(file, 0);
		return config.resolve();
	}

	/** Parses ssh config text; {@code Include} paths are relative to {@code dir}. */
	public static HostImport parse(String text, Path dir, ImportOptions options) throws IOException {
		SshConfigImport config = new SshConfigImport(options);
		config.parseLines(text, dir, "ssh config", 0);
		return config.resolve();
	}

	private void parse(Path file, int depth) throws IOException {
		parseLines(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().getParent(), file.toString(), depth);
	}

	private void parseLines(String text, Path dir, String source, int depth) throws IOException {
		int number = 0;
		for (String raw : text.split("\r?\n", -1)) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			var m = KEYWORD.matcher(line);
			if (!m.matches()) {
				notes.add(source + " line " + number + ": '" + line + "' has no value: ignored.");
				continue;
			}
			String keyword = m.group(1).toLowerCase(Locale.ROOT);
			List<String> args = words(m.group(2));
			switch (keyword) {
			case "host" -> {
				current = new Block(args, false, new LinkedHashMap<>());
				blocks.add(current);
				for (String pattern : args) {
					if (isPattern(pattern)) {
						notes.add("Host " + pattern + " is a pattern, not a host: skipped (its settings apply to the hosts it matches).");
					} else {
						names.add(pattern);
					}
				}
			}
			case "match" -> {
				current = new Block(List.of(), true, new LinkedHashMap<>());
				blocks.add(current);
				notes.add(source + " line " + number + ": 'Match " + String.join(" ", args)
						+ "' needs a connection to evaluate: its settings are not applied.");
			}
			case "include" -> include(args, dir, source, number, depth);
			default -> current.settings().computeIfAbsent(keyword, k -> new ArrayList<>()).add(String.join(" ", args));
			}
		}
	}

	private void include(List<String> args, Path dir, String source, int number, int depth) throws IOException {
		if (depth >= MAX_INCLUDE_DEPTH) {
			notes.add(source + " line " + number + ": Include nested deeper than " + MAX_INCLUDE_DEPTH + ": not followed.");
			return;
		}
		for (String arg : args) {
			// like ssh: ~ is the home directory, a relative path is relative to the directory of the config
			Path pattern = arg.startsWith("~") ? Path.of(options.keyPath(arg)) : dir.resolve(arg);
			Path parent = pattern.getParent();
			String glob = pattern.getFileName().toString();
			if (parent == null || !Files.isDirectory(parent)) {
				continue; // ssh ignores an Include that matches nothing
			}
			List<Path> files = new ArrayList<>();
			try (DirectoryStream<Path> matches = Files.newDirectoryStream(parent, glob)) {
				matches.forEach(files::add);
			}
			files.sort(null); // ssh reads the matches of a glob in lexical order
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					parse(file, depth + 1);
				}
			}
		}
	}

	private HostImport resolve() {
		List<HostEntry> hosts = new ArrayList<>();
		for (String name : names) {
			Map<String, String> settings = new LinkedHashMap<>();
			for (Block block : blocks) {
				if (block.applies(name.toLowerCase(Locale.ROOT))) {
					block.settings().forEach((keyword, values) -> settings.putIfAbsent(keyword, values.get(0)));
				}
			}
			HostEntry host = toHost(name, settings);
			if (host != null) {
				hosts.add(host);
			}
		}
		return new HostImport(hosts, notes);
	}

	private HostEntry toHost(String name, Map<String, String> settings) {
		String address = settings.getOrDefault("hostname", "%h").replace("%h", name).replace("%%", "%");
		String user = settings.getOrDefault("user", options.defaultUser());
		int port = options.agentPort();
		if (options.portFromFile() && settings.containsKey("port")) {
			try {
				port = Integer.parseInt(settings.get("port"));
			} catch (NumberFormatException e) {
				notes.add("Host " + name + ": Port '" + settings.get("port") + "' is not a number: skipped.");
				return null;
			}
		}
		String key = settings.get("identityfile");
		if (key != null) {
			key = options.keyPath(key.replace("%d", options.userHome().toString())
					.replace("%u", String.valueOf(options.defaultUser())).replace("%h", address).replace("%r", String.valueOf(user))
					.replace("%n", name).replace("%%", "%"));
		} else {
			key = options.defaultKey();
		}
		if (settings.containsKey("proxyjump") || settings.containsKey("proxycommand")) {
			notes.add("Host " + name + ": ssh reaches it through a jump host (ProxyJump/ProxyCommand); Drover connects to "
					+ address + " directly.");
		}
		try {
			return new HostEntry(name, address, port, user, key);
		} catch (IllegalArgumentException e) {
			notes.add("Host " + name + " skipped: " + e.getMessage() + ".");
			return null;
		}
	}

	static boolean isPattern(String name) {
		return name.contains("*") || name.contains("?") || name.startsWith("!");
	}

	/** An ssh pattern ({@code *} any run, {@code ?} one character) as a case-insensitive regular expression. */
	static Pattern glob(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			switch (c) {
			case '*' -> regex.append(".*");
			case '?' -> regex.append('.');
			default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}

	/** Splits arguments on blanks, keeping double-quoted runs (paths with spaces) together. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				any = true;
			} else if (Character.isWhitespace(c) && !quoted) {
				if (any) {
					words.add(word.toString());
					word.setLength(0);
					any = false;
				}
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
}

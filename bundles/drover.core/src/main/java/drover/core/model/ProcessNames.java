package drover.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A process's short name, the way an operator names it: its program and its main argument ({@code python3
 * sample-kv-store.py}, {@code java drover-agent.jar}, {@code redis-server *:6379}), so that a row is recognised
 * before its whole command line is read. The full command line stays where it was (tooltips, Properties).
 * Heuristic by design: the main argument is the first word that is not an option, except for interpreters,
 * where it is the script (or, for java, the jar or main class) after their own options.
 */
public final class ProcessNames {

	/** Interpreters whose main argument is the script or program they run, past their own options. */
	private static final Set<String> INTERPRETERS = Set.of("sh", "bash", "dash", "zsh", "python", "python2", "python3",
			"perl", "ruby", "node", "java", "php", "lua", "tclsh");
	/** Java options that take the next word as their value. */
	private static final Set<String> JAVA_VALUE_OPTIONS = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
			"--add-modules", "--add-opens", "--add-exports", "-m", "--module");
	private static final int MAX_ARGUMENT = 40;

	private ProcessNames() {
	}

	/**
	 * @param commandLine the command line as the model holds it (words joined by spaces), may be empty
	 * @param name        the kernel's name of the process (comm), for kernel threads and processes without one
	 */
	public static String shortName(String commandLine, String name) {
		List<String> words = words(commandLine);
		if (words.isEmpty()) {
			return "[" + (name == null ? "" : name) + "]"; // a kernel thread, as ps shows it
		}
		String program = baseName(words.get(0));
		String base = program.replaceFirst("^(python|perl|ruby|php|lua)[0-9.]*$", "$1");
		String argument = INTERPRETERS.contains(program) || INTERPRETERS.contains(base) ? scriptOf(program, words) : firstNonOption(words);
		if (argument == null) {
			return program;
		}
		if (argument.startsWith("/") && !argument.endsWith("/")) {
			argument = baseName(argument);
		}
		if (argument.length() > MAX_ARGUMENT) {
			argument = argument.substring(0, MAX_ARGUMENT - 1) + "\u2026";
		}
		return program + " " + argument;
	}

	private static String scriptOf(String program, List<String> words) {
		for (int i = 1; i < words.size(); i++) {
			String w = words.get(i);
			if (program.equals("java")) {
				if (w.equals("-jar") && i + 1 < words.size()) {
					return words.get(i + 1);
				}
				if (JAVA_VALUE_OPTIONS.contains(w)) {
					i++;
					continue;
				}
			}
			if ((w.equals("-c") || w.equals("-e") || w.equals("-m")) && !program.equals("java") && i + 1 < words.size()) {
				// sh -c 'script', perl -e, python3 -m module: the code or module is what it runs
				return w.equals("-m") ? words.get(i + 1) : w + " " + words.get(i + 1);
			}
			if (!w.startsWith("-")) {
				return w;
			}
		}
		return null;
	}

	/**
	 * The first word that is not an option nor, by the look of it, an option's value: a word right after an
	 * option counts only when it is a path ({@code tail -f /var/log/syslog}), not a value ({@code memcached -u
	 * root}); after {@code --} the next word is the argument whatever it looks like.
	 */
	private static String firstNonOption(List<String> words) {
		boolean afterOption = false;
		for (int i = 1; i < words.size(); i++) {
			String w = words.get(i);
			if (w.equals("--")) {
				return i + 1 < words.size() ? words.get(i + 1) : null;
			}
			if (w.startsWith("-")) {
				afterOption = !w.contains("=");
				continue;
			}
			if (!afterOption || w.contains("/")) {
				return w;
			}
			afterOption = false;
		}
		return null;
	}

	private static String baseName(String path) {
		int slash = path.lastIndexOf('/');
		return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
	}

	private static List<String> words(String commandLine) {
		List<String> words = new ArrayList<>();
		if (commandLine != null) {
			for (String w : commandLine.trim().split("\\s+")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		return words;
	}
}

package drover.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The operator's own OpenSSH client ({@code ssh}, {@code scp} on PATH), so that reaching a node works exactly
 * as the operator's shell does: ~/.ssh/config (or {@code -F FILE}), its Host aliases, ProxyJump, the ssh-agent,
 * known_hosts and its prompts. Drover's own SSH client is only for agents.
 */
public final class OpenSsh {

	private final String destination;
	private final List<String> options;

	/**
	 * @param destination  what the operator would type after {@code ssh}: a Host alias or [user@]host
	 * @param config       an ssh config file instead of ~/.ssh/config, or null
	 * @param extraOptions {@code -o} options ("Port=2200", "StrictHostKeyChecking=accept-new"), passed as given
	 */
	public OpenSsh(String destination, Path config, List<String> extraOptions) {
		if (destination.startsWith("-")) {
			throw new IllegalArgumentException("'" + destination + "' is not an ssh destination");
		}
		this.destination = destination;
		List<String> o = new ArrayList<>();
		if (config != null) {
			o.addAll(List.of("-F", config.toString()));
		}
		for (String option : extraOptions) {
			o.addAll(List.of("-o", option));
		}
		this.options = List.copyOf(o);
	}

	/** What {@code ssh -G} says it would use for the destination: hostname, user, port, identityfile... */
	public Map<String, String> resolved() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("ssh", "-G"));
		command.addAll(options);
		command.add(destination);
		Map<String, String> values = new HashMap<>();
		for (String line : run(command, 30, null).lines().toList()) {
			int space = line.indexOf(' ');
			if (space > 0) {
				values.putIfAbsent(line.substring(0, space), line.substring(space + 1));
			}
		}
		return values;
	}

	/** Runs {@code command} on the node (one string, as the remote shell reads it); each output line to {@code lines}. */
	public String exec(String command, int seconds, Consumer<String> lines) throws IOException, InterruptedException {
		List<String> argv = new ArrayList<>(List.of("ssh"));
		argv.addAll(options);
		argv.addAll(List.of("-o", "ConnectTimeout=20", "--", destination, command));
		return run(argv, seconds, lines);
	}

	/** Copies local files into a directory on the node. */
	public void copy(List<Path> files, String remoteDir) throws IOException, InterruptedException {
		List<String> argv = new ArrayList<>(List.of("scp", "-q", "-p"));
		argv.addAll(options);
		argv.addAll(List.of("-o", "ConnectTimeout=20", "--"));
		files.forEach(f -> argv.add(f.toString()));
		// scp's destination: a bare IPv6 address needs brackets there
		String host = destination.contains(":") && !destination.startsWith("[") ? "[" + destination + "]" : destination;
		argv.add(host + ":" + remoteDir + "/");
		run(argv, 600, null);
	}

	private String run(List<String> argv, int seconds, Consumer<String> lines) throws IOException, InterruptedException {
		Process p;
		try {
			// stdin from /dev/null: ssh asks for passwords and host keys on the terminal itself (/dev/tty), not on stdin
			p = new ProcessBuilder(argv).redirectErrorStream(true)
					.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		} catch (IOException e) {
			throw new IOException("Could not run " + argv.get(0) + " (the OpenSSH client): " + e.getMessage()
					+ ". Install it (Debian: apt-get install openssh-client).", e);
		}
		StringBuilder all = new StringBuilder();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				all.append(line).append('\n');
				if (lines != null) {
					lines.accept(line);
				}
			}
		}
		if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IOException(
					String.join(" ", argv.subList(0, Math.min(argv.size(), 3))) + "... did not end within " + seconds + " s.");
		}
		if (p.exitValue() != 0) {
			String tail = all.toString().strip();
			throw new IOException(argv.get(0) + " to " + destination + " failed (exit " + p.exitValue() + ")"
					+ (tail.isEmpty() ? "" : ": " + tail.substring(Math.max(0, tail.length() - 600))));
		}
		return all.toString();
	}

	/** {@code s} quoted for a POSIX shell. */
	public static String quote(String s) {
		return "'" + s.replace("'", "'\\''") + "'";
	}
}

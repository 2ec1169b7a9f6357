package drover.agent.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import drover.protocol.CriuStatus;

/**
 * Finds the CRIU this node should use and asks it {@code criu check}. The verdict goes into the handshake so
 * that an operator sees a node that cannot checkpoint before trying to move anything to or from it.
 */
public final class CriuProbe {

	/** The private-prefix CRIU that Drover's set-up installs where the distribution's one fails. */
	public static final Path INSTALLED = Path.of("/opt/drover/criu/bin/criu");

	private CriuProbe() {
	}

	public static Path locate(Path configured) {
		if (configured != null) {
			return configured;
		}
		String env = System.getenv("DROVER_CRIU");
		if (env != null && !env.isBlank()) {
			return Path.of(env);
		}
		if (Files.isExecutable(INSTALLED)) {
			return INSTALLED;
		}
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, "criu");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		for (String dir : List.of("/usr/sbin", "/sbin", "/usr/local/sbin")) {
			Path candidate = Path.of(dir, "criu");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	public static CriuStatus probe(Path configured) {
		Path criu = locate(configured);
		if (criu == null || !Files.isExecutable(criu)) {
			return new CriuStatus(criu == null ? null : criu.toString(), null, false,
					"CRIU not found" + (criu == null ? "" : " at " + criu)
							+ ": run scripts/install-deps.sh on this node, or start the agent with --criu PATH.");
		}
		Result version = run(criu, "--version");
		String v = version.output.lines().filter(l -> l.startsWith("Version:")).map(l -> l.substring(8).trim())
				.findFirst().orElse(null);
		Result check = run(criu, "check");
		boolean ok = check.exit == 0 && check.output.contains("Looks good");
		String message = ok ? "Looks good." : lastLines(check.output, 6);
		if (!ok && v != null && v.compareTo("4.2") < 0) {
			message += " (CRIU " + v + " is too old for this kernel: run scripts/install-deps.sh, which installs 4.2+.)";
		}
		return new CriuStatus(criu.toString(), v, ok, message);
	}

	private record Result(int exit, String output) {
	}

	private static Result run(Path criu, String arg) {
		try {
			Process p = new ProcessBuilder(criu.toString(), arg).redirectErrorStream(true).start();
			p.getOutputStream().close();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return new Result(-1, "criu " + arg + " did not finish in 60 s");
			}
			return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new Result(-1, "cannot run " + criu + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		}
	}

	private static String lastLines(String text, int n) {
		List<String> lines = text.lines().filter(l -> !l.contains("RLIMIT_NOFILE")).toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())).trim();
	}
}

package drover.core.slurm;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scontrol} on the node, with what it says turned into errors that name the cause and the fix: the program
 * missing, Slurm not configured there, munge not answering, the controller out of reach, the node unknown to it, or
 * the caller not allowed to change nodes. One instance per node.
 */
final class Scontrol {

	/** scontrol retries an unreachable controller for about MessageTimeout (10 s by default) per attempt. */
	static final Duration LIMIT = Duration.ofSeconds(Integer.getInteger("drover.slurm.scontrolSeconds", 45));

	private final String host;
	private final SlurmSettings settings;
	private final CommandRunner runner;
	private boolean confChecked;

	Scontrol(String host, SlurmSettings settings, CommandRunner runner) {
		this.host = host;
		this.settings = settings;
		this.runner = runner;
	}

	/** The node as the controller knows it now. */
	NodeState show() {
		CommandRunner.Result result = run("show", "node", settings.node(), "-o");
		String line = result.out().lines().filter(l -> l.startsWith("NodeName=")).findFirst()
				.orElseThrow(() -> failure("show node", result));
		return NodeState.parse(line);
	}

	/** {@code scontrol update NodeName=NODE ARGS...}; the controller's answer is checked, not its effect. */
	void update(String... args) {
		List<String> argv = new ArrayList<>(List.of("update", "NodeName=" + settings.node()));
		argv.addAll(List.of(args));
		run(argv.toArray(String[]::new));
	}

	private CommandRunner.Result run(String... args) {
		checkConf();
		List<String> argv = new ArrayList<>(List.of(settings.program()));
		argv.addAll(List.of(args));
		Map<String, String> env = settings.conf() == null ? Map.of() : Map.of("SLURM_CONF", settings.conf());
		CommandRunner.Result result;
		try {
			result = runner.run(argv, env, LIMIT);
		} catch (IOException e) {
			throw notRunnable(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ClusterSchedulerException("Interrupted while waiting for scontrol on " + host + "; Slurm node "
					+ settings.node() + " may or may not have changed: 'scontrol show node " + settings.node() + "' says.", e);
		}
		if (result.exit() == 126 || result.exit() == 127) {
			// what a command runner in between (nsenter, env, a shell) answers for a program it could not start
			throw notRunnable((result.err().strip() + " " + result.out().strip()).strip(), null);
		}
		if (result.exit() != 0) {
			throw failure(args[0] + " node", result);
		}
		return result;
	}

	/**
	 * A slurm.conf named in the settings must be there: without it scontrol 22.05 falls back to looking the
	 * controller up in DNS (configless Slurm), which on a node without a reachable resolver hangs for minutes.
	 * Asked once, where scontrol runs.
	 */
	private void checkConf() {
		if (settings.conf() == null || confChecked) {
			return;
		}
		CommandRunner.Result result;
		try {
			result = runner.run(List.of("test", "-r", settings.conf()), Map.of(), Duration.ofSeconds(10));
		} catch (IOException e) {
			return; // no test(1) there: let scontrol find out
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ClusterSchedulerException("Interrupted while checking " + settings.conf() + " on " + host + "; Slurm node "
					+ settings.node() + " is unchanged.", e);
		}
		if (result.exit() == 1) {
			throw new ClusterSchedulerException("Slurm is not configured on " + host + " (" + settings.conf()
					+ " could not be read there). Install the cluster's slurm.conf at that path, or set the right one with 'drover hosts set "
					+ host + " " + SlurmSettings.CONF + "=/etc/slurm/slurm.conf' (" + SlurmSettings.CONF
					+ "= for Slurm's default). Slurm node "
					+ settings.node() + " is unchanged.");
		}
		confChecked = true;
	}

	private ClusterSchedulerException notRunnable(String detail, Throwable cause) {
		return new ClusterSchedulerException("Could not run '" + settings.program() + "' on " + host + " (" + detail
				+ "). Install Slurm's client tools there (Debian: slurm-client), or name the program with 'drover hosts set "
				+ host + " " + SlurmSettings.SCONTROL + "=/path/to/scontrol'. Slurm node " + settings.node() + " is unchanged.", cause);
	}

	/** What scontrol's complaint means, and what to do about it. */
	private ClusterSchedulerException failure(String what, CommandRunner.Result result) {
		String said = (result.err().strip() + " " + result.out().strip()).strip();
		String lower = said.toLowerCase(Locale.ROOT);
		String node = settings.node();
		String confHint = settings.conf() == null ? "Slurm's default slurm.conf" : settings.conf();
		String cause;
		boolean quote = true;
		if (result.exit() == -1 && lower.startsWith("timed out")) {
			// scontrol retries a controller it cannot reach for SlurmctldTimeout (120 s by default) before it says so
			cause = "scontrol did not answer within " + LIMIT.toSeconds() + " s: the Slurm controller (SlurmctldHost in " + confHint
					+ ") is out of reach from " + host + ", or slow (or, with no slurm.conf there, scontrol's DNS lookup of the"
					+ " controller hangs). Check that slurmctld runs ('scontrol ping' on " + host
					+ ") and that its port is open from there.";
		} else if (lower.contains("not found") && lower.contains(node.toLowerCase(Locale.ROOT))) {
			cause = "the Slurm controller knows no node '" + node
					+ "'. 'sinfo -N' lists its nodes; set the right name with 'drover hosts set "
					+ host + " " + SlurmSettings.NODE + "=NODENAME' (the NodeName in slurm.conf, which may differ from the host name).";
		} else if (lower.contains("unable to read") || lower.contains("could not establish a configuration source")
				|| lower.contains("no such file") && lower.contains("slurm.conf")
				|| lower.contains("fatal: unable to process configuration")) {
			cause = "Slurm is not configured on " + host + " (" + confHint + " could not be read). Install the cluster's slurm.conf"
					+ " there, or point Drover at it with 'drover hosts set " + host + " " + SlurmSettings.CONF
					+ "=/etc/slurm/slurm.conf'.";
		} else if (lower.contains("munge") || lower.contains("authentication") || lower.contains("auth_g_")) {
			cause = "munge did not vouch for the request: munged must run on " + host
					+ " with the cluster's munge key (the one the controller has); check 'munge -n | unmunge' there.";
		} else if (lower.contains("unable to contact slurm controller") || lower.contains("connection refused")
				|| lower.contains("connect failure") || lower.contains("communication connection failure")) {
			cause = "the Slurm controller (SlurmctldHost in " + confHint + ") is out of reach from " + host
					+ ". Check that slurmctld runs ('scontrol ping' on " + host + ") and that its port is open from there.";
		} else if (lower.contains("permission denied") || lower.contains("access/permission")) {
			cause = "the controller refused the change: draining a node takes root or the SlurmUser on " + host
					+ ": run the agent there as root (as Drover's agents normally run) or as the SlurmUser.";
		} else {
			cause = "scontrol said: " + (said.isEmpty() ? "nothing (exit " + result.exit() + ")" : said);
			quote = false;
		}
		return new ClusterSchedulerException("Slurm " + what + " for " + host + " (node " + node + ") failed: " + cause
				+ (quote && !said.isEmpty() ? " (scontrol: " + said.lines().findFirst().orElse("") + ")" : ""));
	}
}

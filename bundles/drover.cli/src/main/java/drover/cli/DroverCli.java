package drover.cli;

import java.io.PrintWriter;

import drover.core.AgentException;
import drover.core.DroverHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code drover}: subcommands for hosts, process trees and the local demo cluster. */
@Command(name = "drover", mixinStandardHelpOptions = true, version = "drover 0.1.0",
		description = "Move running processes between Linux hosts (CRIU) - command line.",
		subcommands = { HostsCommand.class, PsCommand.class, DemoCommand.class })
public final class DroverCli implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	static DroverHome home() {
		return DroverHome.fromEnvironment();
	}

	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new DroverCli());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof AgentException agent) {
				cmd.getErr().println("drover: " + agent.getMessage());
				if (agent.hint() != null) {
					cmd.getErr().println("  " + agent.hint());
				}
			} else {
				cmd.getErr().println("drover: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
			}
			return 1;
		});
		return cli.execute(args);
	}

	public static void main(String[] args) {
		// SSHD logs at INFO and WARN what the CLI already reports as a clear error; -Ddrover.log=debug shows it.
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("drover.log", "error"));
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		System.exit(execute(args, out, err));
	}
}

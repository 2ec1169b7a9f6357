package drover.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import drover.core.AgentException;
import drover.core.DroverHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code drover}: subcommands for hosts, process trees and the local demo cluster. */
@Command(name = "drover", mixinStandardHelpOptions = true, version = "drover 0.1.0",
		description = "Move running processes between Linux hosts (CRIU) - command line.",
		subcommands = { HostsCommand.class, PsCommand.class, MigrateCommand.class, MigrationsCommand.class,
				WatchCommand.class, CancelCommand.class, CheckpointCommands.Checkpoint.class,
				CheckpointCommands.Restore.class, CheckpointCommands.Resume.class, CheckpointCommands.Images.class, CheckpointCommands.History.class,
				ReportCommand.class,
				DemoCommand.class })
public final class DroverCli implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** Standard output as bytes, for JSON that passes through unparsed; the PrintWriter wraps the same stream. */
	private OutputStream stdout = System.out;

	OutputStream stdout() {
		spec.commandLine().getOut().flush();
		return stdout;
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	static DroverHome home() {
		return DroverHome.fromEnvironment();
	}

	public static int execute(String[] args, OutputStream stdout, PrintWriter err) {
		DroverCli root = new DroverCli();
		root.stdout = stdout;
		CommandLine cli = new CommandLine(root);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
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
		int exit = cli.execute(args);
		out.flush();
		return exit;
	}

	public static void main(String[] args) {
		// SSHD logs at INFO and WARN what the CLI already reports as a clear error; -Ddrover.log=debug shows it.
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("drover.log", "error"));
		PrintWriter err = new PrintWriter(System.err, true);
		int exit = execute(args, System.out, err);
		System.out.flush();
		System.exit(exit);
	}
}

package drover.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
		subcommands = { HostsCommand.class, PsCommand.class, MigrateCommand.class, ForkCommand.class, MigrationsCommand.class,
				PlanCommand.class, EvacuateCommand.class, EvacuationsCommand.class, EvacuationRulesCommand.class,
				WatchCommand.class, CancelCommand.class, CheckpointCommands.Checkpoint.class,
				CheckpointCommands.Restore.class, CheckpointCommands.Resume.class, CheckpointCommands.Images.class,
				CheckpointCommands.History.class,
				ReportCommand.class, ScheduleCommands.Schedule.class, ScheduleCommands.Schedules.class, AgentCommand.class,
				DemoCommand.class, LaunchCommand.class, LaunchCommand.Pool.class })
public final class DroverCli implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** Standard output as bytes, for JSON that passes through unparsed; the PrintWriter wraps the same stream. */
	private OutputStream stdout = System.out;

	/** Where answers to questions come from; null when nobody can answer (a script, cron, CI). */
	private BufferedReader answers;

	OutputStream stdout() {
		spec.commandLine().getOut().flush();
		return stdout;
	}

	/**
	 * Asks a yes/no question and reads the answer (only "y" or "yes" mean yes; end of input means no). Empty when
	 * nobody can answer: no terminal on standard input, so the caller must refuse and say which option decides.
	 */
	java.util.Optional<Boolean> confirm(String question) throws IOException {
		if (answers == null) {
			return java.util.Optional.empty();
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(question + " [y/N] ");
		out.flush();
		String answer = answers.readLine();
		if (answer == null) {
			out.println();
		}
		String word = answer == null ? "" : answer.strip().toLowerCase(java.util.Locale.ROOT);
		return java.util.Optional.of(word.equals("y") || word.equals("yes"));
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	static DroverHome home() {
		return DroverHome.fromEnvironment();
	}

	/** Runs the CLI with nobody to answer questions (as in scripts): commands that would ask refuse instead. */
	public static int execute(String[] args, OutputStream stdout, PrintWriter err) {
		return execute(args, null, stdout, err);
	}

	/**
	 * Runs the CLI; {@code stdin} answers its questions (as an operator at a terminal would), null when nobody
	 * can answer.
	 */
	public static int execute(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err) {
		DroverCli root = new DroverCli();
		root.stdout = stdout;
		root.answers = stdin == null ? null : new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
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
		int exit = execute(args, stdinIsATerminal() ? System.in : null, System.out, err);
		System.out.flush();
		System.exit(exit);
	}

	/**
	 * Whether an operator sits at standard input. Before Java 22 a Console exists only for a terminal; from 22 on
	 * one exists for redirected streams too, and Console.isTerminal() (not in the Java 21 API we compile
	 * against) tells.
	 */
	static boolean stdinIsATerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: a console means a terminal
		}
	}
}

package drover.agent.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import drover.cli.DroverCli;

/** Runs the CLI in-process and returns what it wrote on stderr (for commands expected to fail). */
final class DemoHostsCli {

	private DemoHostsCli() {
	}

	static String err(String... args) {
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, new ByteArrayOutputStream(), new PrintWriter(err, true));
		if (exit == 0) {
			throw new AssertionError("drover " + String.join(" ", args) + " succeeded but should have failed");
		}
		return err.toString();
	}

	/** Runs the CLI in-process, ignoring the outcome (clean-up). */
	static void quiet(String... args) {
		DroverCli.execute(args, new ByteArrayOutputStream(), new PrintWriter(new StringWriter(), true));
	}
}

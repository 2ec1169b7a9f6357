package drover.core.migration;

import java.io.IOException;
import java.util.List;

import drover.protocol.MigrationReport;
import drover.protocol.Phase;

/**
 * How a migration's steps are run and written down: each timed into the record's phases as it is announced to
 * the listener, and the steps whose failure must not stop the migration (clean-up, records) turned into warnings
 * of the record instead.
 */
final class StepLog {

	interface Step<T> {
		T run() throws IOException;
	}

	interface Action {
		void run() throws IOException;
	}

	private final MigrationReport report;
	private final MigrationListener listener;

	StepLog(MigrationReport report, MigrationListener listener) {
		this.report = report;
		this.listener = listener;
	}

	<T> T timed(Phase phase, String message, Step<T> step) throws IOException {
		listener.phase(phase, message);
		long started = System.currentTimeMillis();
		try {
			return step.run();
		} finally {
			report.phases.add(new MigrationReport.PhaseTiming(phase, started, System.currentTimeMillis() - started));
		}
	}

	/** Runs {@code step}; a failure becomes a warning of the record and {@code otherwise} the result. */
	<T> T quietly(Step<T> step, T otherwise, String what) {
		try {
			return step.run();
		} catch (IOException | RuntimeException e) {
			report.warnings.add("Could not " + what + ": " + e.getMessage());
			return otherwise;
		}
	}

	/** Runs {@code action}; true when it worked, else its failure is a warning of the record. */
	boolean quietly(Action action, String what) {
		return quietly(() -> {
			action.run();
			return true;
		}, false, what);
	}

	static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

package drover.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The console's log: the platform log of its workspace ({@code .metadata/.log} under the Drover home's
 * workspace), shown by Window &gt; Error Log. Jobs show an agent's or the network's failure to the operator
 * where it happened (a host's state, a dialog); an internal error (a RuntimeException: a bug in the console)
 * also goes here, with its stack trace, so that there is something to report.
 */
public final class ConsoleLog {

	private ConsoleLog() {
	}

	/** Logs {@code message} as an error with {@code cause}'s stack trace. */
	public static void error(String message, Throwable cause) {
		ILog.of(ConsoleLog.class).log(Status.error(message, cause));
	}

	/**
	 * Logs {@code e} as an internal error of {@code what} when it is one (a RuntimeException other than an UncheckedIOException); does
	 * nothing for others.
	 */
	public static void ifInternal(String what, Throwable e) {
		if (e instanceof RuntimeException && !(e instanceof java.io.UncheckedIOException)) {
			error(what + " failed with an internal error: " + e, e);
		}
	}

	/** Logs {@code status} as it is (a Job's result that should be kept). */
	public static void log(IStatus status) {
		ILog.of(ConsoleLog.class).log(status);
	}
}

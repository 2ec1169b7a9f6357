package drover.ui.internal.history;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.ui.internal.processes.AutoRefresh;
import drover.ui.internal.session.ConsoleSession;

/**
 * Keeps the history live while its view is open: fetches the connected agents' records again every
 * {@value #RUNNING_MILLIS} ms while any agent reports a migration that has not ended (so its phase, queue place
 * or HELD state shows as it changes, and its final record replaces it), and every {@value #IDLE_MILLIS} ms
 * otherwise, which is how a migration started elsewhere (another console, the CLI) comes to be seen at all:
 * agents do not push. The timer runs on the UI thread and only schedules an {@link AgentRecordsJob}; the end of
 * each fetch re-arms it, so there is one timer however many fetches run. UI thread.
 */
final class HistoryPolling implements Runnable {

	/** While a migration is in progress somewhere. */
	static final int RUNNING_MILLIS = 2_000;
	/** Otherwise: as often as the process views refresh. */
	static final int IDLE_MILLIS = AutoRefresh.PERIOD_MILLIS;

	private final ConsoleSession session;
	private final Display display;
	private int inFlight;
	private boolean disposed;

	HistoryPolling(ConsoleSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	/** Fetches now (on opening, on request, when a host connects); the polling goes on from its end. */
	Job fetch() {
		Job job = new AgentRecordsJob(session, display, this::fetched);
		inFlight++;
		job.schedule();
		return job;
	}

	private void fetched(boolean running) {
		inFlight--;
		if (!disposed && !display.isDisposed()) {
			display.timerExec(running ? RUNNING_MILLIS : IDLE_MILLIS, this); // re-arming replaces the pending timer
		}
	}

	@Override
	public void run() {
		if (!disposed && inFlight == 0) { // else the fetch under way re-arms the timer when it ends
			fetch();
		}
	}

	void dispose() {
		disposed = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, this);
		}
	}
}

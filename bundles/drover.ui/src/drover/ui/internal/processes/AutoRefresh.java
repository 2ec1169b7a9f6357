package drover.ui.internal.processes;

import org.eclipse.swt.widgets.Display;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.internal.session.ConsoleSession;

/**
 * Refreshes one host every few seconds while its process view is open and the host is connected.
 * The timer runs on the UI thread and only schedules a job (a no-op while one is still running).
 */
public final class AutoRefresh implements Runnable {

	public static final int PERIOD_MILLIS = 5_000;

	private final Display display;
	private final ConsoleSession session;
	private final String hostName;
	private boolean stopped;

	public AutoRefresh(Display display, ConsoleSession session, String hostName) {
		this.display = display;
		this.session = session;
		this.hostName = hostName;
	}

	public void start() {
		display.timerExec(PERIOD_MILLIS, this);
	}

	@Override
	public void run() {
		if (stopped || display.isDisposed()) {
			return;
		}
		Host host = session.host(hostName);
		if (host != null && host.getStatus() == ConnectionStatus.CONNECTED) {
			session.refresh(host);
		}
		display.timerExec(PERIOD_MILLIS, this);
	}

	public void stop() {
		stopped = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, this);
		}
	}
}

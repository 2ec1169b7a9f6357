package drover.ui.internal.images;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.protocol.ErrorInfo;
import drover.protocol.Protocol;
import drover.ui.internal.session.ConsoleSession;

/**
 * Asks a host's agent for its library ({@code images}) and its checkpoint schedules ({@code schedules}), off the UI
 * thread; the {@link Library}, or why there is none, goes to the UI thread. A system job: it runs every few seconds
 * while an Images view is open and would only clutter the Progress view.
 */
final class LibraryFetch extends Job {

	private final ConsoleSession session;
	private final HostEntry host;
	private final Display display;
	private final Consumer<Library> onLibrary;
	private final Consumer<String> onFailure;

	LibraryFetch(ConsoleSession session, HostEntry host, Display display, Consumer<Library> onLibrary,
			Consumer<String> onFailure) {
		super("Images on " + host.name());
		this.session = session;
		this.host = host;
		this.display = display;
		this.onLibrary = onLibrary;
		this.onFailure = onFailure;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			AgentConnection agent = session.connection(host);
			var images = agent.images();
			List<CheckpointSchedule> schedules;
			try {
				schedules = CheckpointSchedule.parse(agent.request(Protocol.SCHEDULES));
			} catch (AgentException e) {
				if (!ErrorInfo.UNKNOWN_REQUEST.equals(e.code())) {
					throw e;
				}
				schedules = List.of(); // an agent older than schedules: its images still show
			}
			Library library = new Library(host.name(), images, schedules, System.currentTimeMillis());
			ui(() -> onLibrary.accept(library));
		} catch (IOException | RuntimeException e) {
			String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
			ui(() -> onFailure.accept(why));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ImageJob.FAMILY;
	}

	private void ui(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					runnable.run();
				}
			});
		}
	}
}

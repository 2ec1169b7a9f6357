package drover.ui.internal.commands;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.ui.internal.session.ConsoleSession;

/**
 * One request to a host's agent in a job; the answer, or why there is none, goes to the UI thread.
 *
 * @param <T> what the agent answers
 */
final class AgentCall<T> extends Job {

	/** The request, run on the job's thread. */
	interface Request<T> {
		T send(AgentConnection agent) throws IOException;
	}

	private final ConsoleSession session;
	private final HostEntry host;
	private final Request<T> request;
	private final Display display;
	private final Consumer<T> onAnswer;
	private final Consumer<String> onFailure;

	AgentCall(String name, ConsoleSession session, HostEntry host, Request<T> request, Display display,
			Consumer<T> onAnswer, Consumer<String> onFailure) {
		super(name);
		this.session = session;
		this.host = host;
		this.request = request;
		this.display = display;
		this.onAnswer = onAnswer;
		this.onFailure = onFailure;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			T answer = request.send(session.connection(host));
			ui(() -> onAnswer.accept(answer));
		} catch (IOException | RuntimeException e) {
			String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
			ui(() -> onFailure.accept(why));
		}
		return Status.OK_STATUS;
	}

	private void ui(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}
}

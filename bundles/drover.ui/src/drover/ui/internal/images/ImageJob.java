package drover.ui.internal.images;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import drover.core.AgentException;
import drover.protocol.ProgressEvent;

/**
 * One operation on images in a job, shown in the Progress view with what it does now (the step, the bytes copied
 * with throughput); its answer, or why there is none, goes to the UI thread. The job itself always ends OK: the
 * failure is the operator's to read in the dialog the caller opens, not a workbench error log entry.
 *
 * @param <T> what the operation answers
 */
final class ImageJob<T> extends Job {

	/** Family of every image job (tests join it). */
	public static final Object FAMILY = ImageJob.class;

	/** The work, on the job's thread; {@code step} names what it does now. */
	interface Work<T> {
		T run(Steps steps) throws IOException;
	}

	/** What the work reports as it goes. */
	static final class Steps {
		private final IProgressMonitor monitor;

		Steps(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		void step(String what) {
			monitor.subTask(what);
		}

		/** Transfer events of a copy, as "copying: 12.0 of 40.0 MiB, 85 MiB/s". */
		Consumer<ProgressEvent> copying(String what) {
			return e -> {
				if (e.type() == ProgressEvent.Type.TRANSFER) {
					monitor.subTask(String.format(Locale.ROOT, "%s: %.1f of %.1f MiB, %.0f MiB/s", what, e.bytes() / 1048576.0,
							e.total() / 1048576.0, e.bytesPerSecond() / 1048576.0));
				} else if (e.message() != null) {
					monitor.subTask(what + ": " + e.message());
				}
			};
		}
	}

	private final Work<T> work;
	private final Display display;
	private final Consumer<T> onAnswer;
	private final Consumer<String> onFailure;

	ImageJob(String name, Work<T> work, Display display, Consumer<T> onAnswer, Consumer<String> onFailure) {
		super(name);
		this.work = work;
		this.display = display;
		this.onAnswer = onAnswer;
		this.onFailure = onFailure;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			T answer = work.run(new Steps(monitor));
			ui(() -> onAnswer.accept(answer));
		} catch (IOException | RuntimeException e) {
			String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
			ui(() -> onFailure.accept(why));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
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

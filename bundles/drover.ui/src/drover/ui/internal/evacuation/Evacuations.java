package drover.ui.internal.evacuation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import drover.core.AgentException;
import drover.core.HostEntry;
import drover.model.Host;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRequest;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.report.EvacuationReportEditor;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * The console's side of evacuations: hands one to its host's agent ({@code evacuate}), watches running ones in
 * the Progress view ({@link EvacuationJob}, one per evacuation), cancels, and keeps each final record
 * ({@link EvacuationReports}); when a watched evacuation ends its summary report opens. Listeners hear of every
 * change on the UI thread (the Evacuations view refreshes).
 */
public final class Evacuations {

	private final ConsoleSession session;
	private final Display display;
	private final EvacuationReports reports;
	private final Map<String, EvacuationJob> watching = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public Evacuations(ConsoleSession session, Display display, Path reportDir) {
		this.session = session;
		this.display = display;
		this.reports = new EvacuationReports(reportDir);
	}

	public EvacuationReports reports() {
		return reports;
	}

	public void addListener(Runnable l) {
		listeners.add(l);
	}

	public void removeListener(Runnable l) {
		listeners.remove(l);
	}

	/** Is the console watching this evacuation now? */
	public boolean watched(String id) {
		return watching.containsKey(id);
	}

	/**
	 * UI thread: sends the evacuation to its host's agent in a job; {@code answer} gets its record as the agent keeps
	 * it (a running one is watched at once), {@code failure} why it was not taken.
	 */
	public Job submit(EvacuationRequest request, Consumer<EvacuationRecord> answer, Consumer<String> failure) {
		Host host = session.host(request.host());
		if (host == null) {
			failure.accept("There is no host " + request.host() + " in the console.");
			return null;
		}
		HostEntry entry = HostEntries.of(host);
		Job job = Job.create("Handing the evacuation of " + entry.name() + " to its agent", (IProgressMonitor m) -> {
			try {
				EvacuationRecord r = session.connection(entry).evacuate(request);
				ui(() -> {
					if (r.state == EvacuationRecord.State.RUNNING || r.startsAt <= System.currentTimeMillis() + EvacuationJob.POLL_MILLIS) {
						watch(entry, r.id);
					}
					answer.accept(r);
					changed();
				});
			} catch (IOException | RuntimeException e) {
				String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
				ui(() -> failure.accept("The evacuation of " + entry.name() + " was not started: " + why));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	/** UI thread: watches the evacuation in the Progress view unless the console already does. */
	public EvacuationJob watch(HostEntry host, String id) {
		EvacuationJob existing = watching.get(id);
		if (existing != null) {
			return existing;
		}
		EvacuationJob job = new EvacuationJob(session, host, id, r -> ended(r));
		watching.put(id, job);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				watching.remove(id);
				ui(Evacuations.this::changed);
			}
		});
		job.schedule();
		return job;
	}

	/** Job thread: a watched evacuation ended; keep its record and open its report. */
	private void ended(EvacuationRecord r) {
		keep(r);
		ui(() -> {
			openReport(r);
			changed();
		});
	}

	/** Keeps a final record (the view calls it for ones it sees ended); true if it was new. */
	public boolean keep(EvacuationRecord r) {
		if (r == null || r.state == null || !r.state.isFinal()) {
			return false;
		}
		EvacuationRecord known = reports.get(r.id);
		if (known != null && known.state == r.state && known.finishedAt == r.finishedAt) {
			return false; // kept already: an ended record does not change
		}
		try {
			reports.keep(r);
		} catch (IOException e) {
			DroverUiPlugin.getDefault().getLog().log(new Status(IStatus.WARNING, DroverUiPlugin.PLUGIN_ID,
					"Cannot keep the report of evacuation " + r.id + " in " + reports.dir() + ": " + e.getMessage()));
		}
		return known == null;
	}

	/**
	 * UI thread: brings back what an ended evacuation moved ({@link ReturnJob}, in the Progress view); its record is
	 * kept and its report opens at the end. {@code outcome} gets null, or why nothing began.
	 */
	public Job returnProcesses(EvacuationRecord r, Consumer<String> outcome) {
		Host home = session.host(r.host);
		if (home == null) {
			outcome.accept(r.host + " is not a host of the console: add it in the Hosts view.");
			return null;
		}
		if (r.moved() == 0) {
			outcome.accept("Evacuation " + r.id + " moved nothing: nothing to return.");
			return null;
		}
		Map<String, HostEntry> hosts = new java.util.HashMap<>();
		for (Host h : session.cluster().getHosts()) {
			hosts.put(h.getName(), HostEntries.of(h));
		}
		ReturnJob job = new ReturnJob(session, HostEntries.of(home), r, hosts, this::ended);
		job.schedule();
		outcome.accept(null);
		return job;
	}

	/** UI thread: opens the evacuation's summary report. */
	public EvacuationReportEditor openReport(EvacuationRecord r) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		try {
			return EvacuationReportEditor.open(page, r);
		} catch (PartInitException e) {
			DroverUiPlugin.getDefault().getLog().log(e.getStatus());
			return null;
		}
	}

	/** UI thread: asks the host's agent to cancel (a scheduled one does not start; a running one starts no further step). */
	public Job cancel(HostEntry host, String id, Consumer<String> outcome) {
		Job job = Job.create("Cancelling evacuation " + id, (IProgressMonitor m) -> {
			try {
				session.connection(host).cancelEvacuation(id);
				ui(() -> outcome.accept(null));
			} catch (IOException | RuntimeException e) {
				String why = e instanceof AgentException a ? a.explain() : String.valueOf(e.getMessage());
				ui(() -> outcome.accept("Cannot cancel " + id + ": " + why));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	void changed() {
		listeners.forEach(Runnable::run);
	}

	private void ui(Runnable r) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!display.isDisposed()) {
					r.run();
				}
			});
		}
	}
}

package drover.ui.internal.processes;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;

import drover.model.Host;
import drover.model.Process;

/**
 * Filters a process tree as the operator types, without holding the UI thread: typing is debounced (the
 * filter starts {@value #DELAY_MILLIS} ms after the last key), the UI thread only copies what the filter
 * reads of each process ({@link ProcessFilter#snapshot}), a job matches them, and the result is put in place
 * in one step, unless newer typing or a newer model change has superseded it. Then the way to every match is
 * opened: all of it for a few matches (each with its resources), only their ancestors for many, so that a
 * filter matching thousands of processes costs the virtual tree what its visible rows cost.
 */
public final class ProcessFiltering {

	/** How long typing must pause before the tree is filtered. */
	public static final int DELAY_MILLIS = 150;
	/** Up to this many matches are shown expanded, with their resources. */
	static final int FEW_MATCHES = 20;

	private final TreeViewer viewer;
	private final ProcessFilter filter;
	private final ProcessContentProvider content;
	private final Host host;
	private final Supplier<String> typed;
	private final Runnable later = this::start;
	private int generation;
	private String shown = "";

	public ProcessFiltering(TreeViewer viewer, ProcessFilter filter, Host host, Supplier<String> typed) {
		this.viewer = viewer;
		this.filter = filter;
		this.content = (ProcessContentProvider) viewer.getContentProvider();
		this.host = host;
		this.typed = typed;
	}

	/** A key was typed: filter once typing pauses (the same runnable is rescheduled, not queued again). */
	public void typed() {
		viewer.getControl().getDisplay().timerExec(DELAY_MILLIS, later);
	}

	/** The typed text whose result the tree shows now. */
	public String shown() {
		return shown;
	}

	/** Filters now, in a job; also after a model change while a filter is active. */
	public void start() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String text = typed.get();
		String normalized = ProcessFilter.normalize(text);
		int run = ++generation;
		if (normalized.isEmpty() || host == null) {
			show(text, ProcessFilter.compute("", List.of()));
			return;
		}
		List<ProcessFilter.Candidate> candidates = ProcessFilter.snapshot(host);
		Display display = viewer.getControl().getDisplay();
		Job job = Job.create("Filtering the processes of " + host.getName(), monitor -> {
			ProcessFilter.Selection selection = ProcessFilter.compute(normalized, candidates);
			display.asyncExec(() -> {
				if (run == generation && !viewer.getControl().isDisposed()) {
					show(text, selection);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	/** Filters now on the calling (UI) thread, superseding any job under way; for tests. */
	public void now() {
		viewer.getControl().getDisplay().timerExec(-1, later);
		generation++;
		String text = typed.get();
		String normalized = ProcessFilter.normalize(text);
		show(text, ProcessFilter.compute(normalized, normalized.isEmpty() || host == null ? List.of() : ProcessFilter.snapshot(host)));
	}

	private void show(String text, ProcessFilter.Selection selection) {
		boolean newText = !text.equals(shown);
		filter.apply(selection);
		content.invalidate();
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh(false);
			if (newText && filter.isActive()) {
				openMatches(selection);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		shown = text;
	}

	private void openMatches(ProcessFilter.Selection selection) {
		if (selection.matched().size() <= FEW_MATCHES) {
			viewer.expandAll(); // a small tree: every match with its resources
			return;
		}
		Set<Process> visible = selection.visible();
		// the ancestors of matches, parents first; the matches themselves stay closed
		List<Process> ancestors = visible.stream().map(Process::getParent).filter(visible::contains).distinct()
				.sorted(Comparator.comparingInt(ProcessFiltering::depth)).toList();
		ancestors.forEach(p -> viewer.expandToLevel(p, 1));
	}

	private static int depth(Process p) {
		int depth = 0;
		for (Process q = p.getParent(); q != null && depth < 10_000; q = q.getParent()) {
			depth++;
		}
		return depth;
	}
}

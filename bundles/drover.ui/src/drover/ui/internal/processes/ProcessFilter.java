package drover.ui.internal.processes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;

/**
 * Shows the processes whose name, command line, user or PID contain the filter text, with their
 * ancestors (so they stay reachable in the tree) and their resources. The visible set is computed
 * once per text change or model change, not per tree item: from a {@link #snapshot} the UI thread takes of
 * the host (the model belongs to it), {@link #compute} runs anywhere (a job, for thousands of processes),
 * and {@link #apply} puts the result in place in one step. The process tree's content provider asks
 * {@link #select} for each child it lists.
 */
public final class ProcessFilter extends ViewerFilter {

	/** What the filter reads of one process, copied on the UI thread. */
	public record Candidate(Process process, Process parent, int pid, String name, String commandLine, String user) {
	}

	/** A computed filter: the text, the processes it matches and those shown (matches and their ancestors). */
	public record Selection(String text, Set<Process> matched, Set<Process> visible) {
		static final Selection NONE = new Selection("", Set.of(), Set.of());
	}

	private Selection current = Selection.NONE;

	public boolean isActive() {
		return !current.text().isEmpty();
	}

	/** The normalized text now applied ("" for none). */
	public String text() {
		return current.text();
	}

	/** How the filter reads what is typed: trimmed, any case. */
	public static String normalize(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	/** Filters now, on the calling (UI) thread: for small hosts and tests. */
	public void setText(String filter, Host host) {
		String text = normalize(filter);
		apply(compute(text, text.isEmpty() || host == null ? List.of() : snapshot(host)));
	}

	/** Recomputes the visible set after the host's processes changed, on the calling (UI) thread. */
	public void recompute(Host host) {
		setText(current.text(), host);
	}

	public void apply(Selection selection) {
		current = selection;
	}

	/** UI thread: what the filter needs of each process, so that {@link #compute} can run elsewhere. */
	public static List<Candidate> snapshot(Host host) {
		List<Candidate> candidates = new ArrayList<>(host.getProcesses().size());
		for (Process p : host.getProcesses()) {
			candidates.add(new Candidate(p, p.getParent(), p.getPid(), p.getName(), p.getCommandLine(), p.getUser()));
		}
		return candidates;
	}

	/** Any thread: the matches of {@code text} (normalized) among the candidates, and their ancestors. */
	public static Selection compute(String text, List<Candidate> candidates) {
		if (text.isEmpty()) {
			return Selection.NONE;
		}
		Map<Process, Process> parents = new HashMap<>(candidates.size() * 2);
		candidates.forEach(c -> parents.put(c.process(), c.parent()));
		Set<Process> matched = new HashSet<>();
		Set<Process> visible = new HashSet<>();
		for (Candidate c : candidates) {
			if (matches(c, text)) {
				matched.add(c.process());
				for (Process q = c.process(); q != null && visible.add(q); q = parents.get(q)) {
					// walk up until an ancestor is already visible
				}
			}
		}
		return new Selection(text, matched, visible);
	}

	static boolean matches(Candidate c, String text) {
		return contains(c.name(), text) || contains(c.commandLine(), text) || contains(c.user(), text)
				|| String.valueOf(c.pid()).startsWith(text);
	}

	private static boolean contains(String s, String text) {
		return s != null && s.toLowerCase(Locale.ROOT).contains(text);
	}

	/** Is this process shown: a match or the ancestor of one? */
	public boolean shows(Process p) {
		return !isActive() || current.visible().contains(p);
	}

	/** Are this process's resources listed under it: always without a filter, else for a match. */
	public boolean showsResourcesOf(Process p) {
		return !isActive() || current.matched().contains(p);
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (element instanceof Process p) {
			return shows(p);
		}
		return element instanceof OpenResource r && r.eContainer() instanceof Process p && showsResourcesOf(p);
	}

	/** The processes the filter matches now (empty without a filter). */
	public Set<Process> matched() {
		return current.matched();
	}

	/** The processes shown now while a filter is active: the matches and their ancestors. */
	public Set<Process> visible() {
		return current.visible();
	}
}

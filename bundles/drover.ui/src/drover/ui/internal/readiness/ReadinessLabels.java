package drover.ui.internal.readiness;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;
import drover.protocol.Preflight.Verdict;

/**
 * What the pre-flight markers look like in the process tree: the "Pre-flight" column's text, the
 * colour of rows and resources with errors (red) or warnings (orange), and the reasons for tooltips.
 * System colours only: nothing to dispose.
 */
public final class ReadinessLabels {

	private final ReadinessStore store;
	private final Color error;
	private final Color warning;
	private final Color fine;

	public ReadinessLabels(ReadinessStore store, Display display) {
		this.store = store;
		this.error = display.getSystemColor(SWT.COLOR_RED);
		this.warning = display.getSystemColor(SWT.COLOR_DARK_YELLOW);
		this.fine = display.getSystemColor(SWT.COLOR_DARK_GREEN);
	}

	/** The "Pre-flight" column: a process's readiness, a resource's worst verdict. */
	public String text(Object element) {
		if (element instanceof Process p) {
			return readiness(p).label;
		}
		Verdict worst = element instanceof OpenResource r ? worst(r) : null;
		return worst == null ? "" : worst.severity();
	}

	/** The "Pre-flight" column's colour. */
	public Color columnForeground(Object element) {
		if (element instanceof Process p) {
			return switch (readiness(p)) {
			case NOT_MIGRATABLE -> error;
			case WARNINGS -> warning;
			case MIGRATABLE -> fine;
			case UNKNOWN -> null;
			};
		}
		return foreground(element);
	}

	/** Colour of a resource row that a verdict names, or null. */
	public Color foreground(Object element) {
		Verdict worst = element instanceof OpenResource r ? worst(r) : null;
		if (worst == null) {
			return null;
		}
		return Verdict.ERROR.equals(worst.severity()) ? error : Verdict.WARNING.equals(worst.severity()) ? warning : null;
	}

	/** The reasons of the verdicts about this row (one a line), or null. */
	public String reasons(Object element) {
		List<Verdict> verdicts = element instanceof OpenResource r ? about(r)
				: element instanceof Process p ? own(p) : List.of();
		if (verdicts.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Verdict v : verdicts) {
			text.append(text.isEmpty() ? "" : "\n").append(v.severity()).append(": ").append(v.reason());
			if (element instanceof Process && v.resource() != null && !v.resource().isEmpty()) {
				text.append(" (").append(v.resource()).append(')');
			}
		}
		return text.toString();
	}

	private Readiness readiness(Process p) {
		Host host = p.eContainer() instanceof Host h ? h : null;
		return host == null ? Readiness.UNKNOWN : store.readiness(host.getName(), p.getPid());
	}

	/** The verdicts about the process itself, from its own check or an ancestor's. */
	private List<Verdict> own(Process p) {
		Host host = p.eContainer() instanceof Host h ? h : null;
		ReadinessStore.Mark mark = host == null ? null : store.get(host.getName(), p.getPid());
		return mark == null ? List.of() : mark.verdicts().stream().filter(v -> v.pid() == p.getPid()).toList();
	}

	private List<Verdict> about(OpenResource r) {
		if (!(r.eContainer() instanceof Process p)) {
			return List.of();
		}
		String fd = "fd " + r.getFd();
		return own(p).stream().filter(v -> v.resource() != null
				&& (v.resource().equals(fd) || v.resource().startsWith(fd + " "))).toList();
	}

	private Verdict worst(OpenResource r) {
		Verdict worst = null;
		for (Verdict v : about(r)) {
			if (worst == null || rank(v) > rank(worst)) {
				worst = v;
			}
		}
		return worst;
	}

	private static int rank(Verdict v) {
		return Verdict.ERROR.equals(v.severity()) ? 2 : Verdict.WARNING.equals(v.severity()) ? 1 : 0;
	}
}

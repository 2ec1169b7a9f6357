package drover.ui.internal.views;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.ui.IWorkbenchPage;

import drover.ui.DroverUi;
import drover.ui.internal.session.ConsoleSession;

/**
 * At console start, a process view for each host as it connects, side by side ({@link ProcessViews} puts a
 * second one beside the first): the console opens on processes to drag, not on a list of hosts. Once per host
 * and start, only for the hosts connected at start, at most {@link #MAX} of them; a view already open (restored
 * from the last session) is left as it is.
 */
public final class StartViews implements Consumer<String> {

	/** More process views than this at start would only be tabs nobody reads; the Hosts view opens the others. */
	public static final int MAX = 4;

	private final ConsoleSession session;
	private final IWorkbenchPage page;
	private final Set<String> waiting;
	private int opened;

	private StartViews(ConsoleSession session, IWorkbenchPage page, Set<String> hosts) {
		this.session = session;
		this.page = page;
		this.waiting = hosts;
	}

	/** Waits for the first inventory of each of {@code hosts} (UI thread); call before connecting them. */
	public static void install(ConsoleSession session, IWorkbenchPage page, Iterable<String> hosts) {
		Set<String> names = new LinkedHashSet<>();
		hosts.forEach(names::add);
		if (!names.isEmpty()) {
			session.addRefreshListener(new StartViews(session, page, names));
		}
	}

	@Override
	public void accept(String host) {
		if (!waiting.remove(host)) {
			return;
		}
		if (page.getWorkbenchWindow().getShell() != null && !page.getWorkbenchWindow().getShell().isDisposed()
				&& page.findViewReference(DroverUi.PROCESS_VIEW_ID, host) == null && opened < MAX) {
			ProcessViews.open(page, host);
			opened++;
		}
		if (waiting.isEmpty() || opened >= MAX) {
			session.removeRefreshListener(this); // the session's list is copy-on-write: safe while it calls us
		}
	}
}

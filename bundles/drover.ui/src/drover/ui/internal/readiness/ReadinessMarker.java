package drover.ui.internal.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.model.Process;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * Keeps one process view's pre-flight markers current: after each refresh of its host, checks the
 * processes that are new since the last check (PID and start time), at most {@link #CAP} of them by
 * PID and one scan at a time, then updates those rows. Processes beyond the cap stay unknown.
 */
public final class ReadinessMarker implements Consumer<String> {

	/** At most this many processes per host are checked: one SSH request each. */
	public static final int CAP = 200;

	private final ConsoleSession session;
	private final TreeViewer viewer;
	private final String hostName;
	private ReadinessScan running;

	public ReadinessMarker(ConsoleSession session, TreeViewer viewer, String hostName) {
		this.session = session;
		this.viewer = viewer;
		this.hostName = hostName;
	}

	public void install() {
		session.addRefreshListener(this);
		accept(hostName); // the host may be connected already
	}

	public void dispose() {
		session.removeRefreshListener(this);
		if (running != null) {
			running.cancel();
		}
	}

	/** UI thread, after a host's inventory was merged. */
	@Override
	public void accept(String refreshed) {
		Host host = session.host(hostName);
		if (!hostName.equals(refreshed) || host == null || host.getStatus() != ConnectionStatus.CONNECTED
				|| running != null || viewer.getControl().isDisposed()) {
			return;
		}
		ReadinessStore store = session.readiness();
		Set<Integer> alive = new HashSet<>();
		host.getProcesses().forEach(p -> alive.add(p.getPid()));
		store.retain(hostName, alive);
		List<Process> checked = host.getProcesses().stream().sorted(Comparator.comparingInt(Process::getPid)).limit(CAP).toList();
		List<ReadinessScan.Target> targets = new ArrayList<>();
		for (Process p : checked) {
			if (!store.has(hostName, p.getPid(), p.getStartTime())) {
				targets.add(new ReadinessScan.Target(p.getPid(), p.getStartTime()));
			}
		}
		if (targets.isEmpty()) {
			return;
		}
		ReadinessScan scan = new ReadinessScan(session, HostEntries.of(host), targets);
		Display display = viewer.getControl().getDisplay();
		scan.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> scanned(scan, targets));
			}
		});
		running = scan;
		scan.schedule();
	}

	private void scanned(ReadinessScan scan, List<ReadinessScan.Target> targets) {
		if (running == scan) {
			running = null;
		}
		Host host = session.host(hostName);
		if (host == null || viewer.getControl().isDisposed()) {
			return;
		}
		Set<Integer> pids = new HashSet<>();
		targets.forEach(t -> pids.add(t.pid()));
		List<Object> rows = new ArrayList<>();
		for (Process p : host.getProcesses()) {
			if (pids.contains(p.getPid())) {
				rows.add(p);
				rows.addAll(p.getResources());
			}
		}
		viewer.update(rows.toArray(), null);
	}
}

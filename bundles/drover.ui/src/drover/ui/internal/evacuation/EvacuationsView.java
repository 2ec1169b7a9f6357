package drover.ui.internal.evacuation;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import drover.core.HostEntry;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.EvacuationRecord;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * The evacuations the connected hosts' agents keep (scheduled, running, ended), with those the console kept the
 * reports of: host, state, when, how far. Asked every 3 s while the view is open ({@code evacuations}); a running
 * one the console does not watch yet gets a watch in the Progress view. Cancel (a scheduled or running one), Open
 * Report (an ended one), Return Processes (bring back what an ended one moved).
 */
public class EvacuationsView extends ViewPart {

	public static final String ID = "drover.ui.views.evacuations";
	static final long POLL_MILLIS = 3_000;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Evacuations evacuations;
	private ConsoleSession session;
	private final Map<String, EvacuationRecord> rows = new LinkedHashMap<>();
	private final Runnable changed = this::poll;
	private Job poller;
	private volatile boolean open = true;
	private IAction cancel;
	private IAction report;
	private IAction restore;

	@Override
	public void createPartControl(Composite parent) {
		session = DroverUiPlugin.getDefault().session();
		evacuations = DroverUiPlugin.getDefault().evacuations();
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Evacuation", 210, r -> r.id + (r.restoreOf != null ? " (return)" : ""));
		column("Host", 90, r -> r.host);
		column("State", 100, r -> String.valueOf(r.state) + (evacuations.watched(r.id) ? " (watched)" : ""));
		column("Starts", 150, r -> r.startsAt > 0 ? WHEN.format(Instant.ofEpochMilli(r.startsAt)) : "");
		column("Repeat", 70, r -> r.request == null ? "" : r.request.repeat().name().toLowerCase(java.util.Locale.ROOT));
		column("Progress", 260, r -> r.state == EvacuationRecord.State.SCHEDULED ? "" : EvacuationJob.describe(r));
		column("Note", 300, r -> r.cause != null ? r.cause : String.join("; ", r.warnings));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		makeActions();
		fill(getViewSite().getActionBars().getToolBarManager());
		MenuManager menu = new MenuManager();
		fill(menu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addSelectionChangedListener(e -> updateEnablement());
		viewer.addDoubleClickListener(e -> openReport());
		getSite().setSelectionProvider(viewer);
		evacuations.addListener(changed);
		evacuations.reports().all().forEach(r -> rows.put(r.id, r));
		show();
		poller = Job.create("Asking the agents for their evacuations", this::pollNow);
		poller.setSystem(true);
		poller.schedule();
	}

	private void column(String title, int width, java.util.function.Function<EvacuationRecord, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EvacuationRecord) element);
			}
		});
	}

	private void makeActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		IAction refresh = action("&Refresh", "Ask the agents now", images, ISharedImages.IMG_ELCL_SYNCED, this::poll);
		cancel = action("&Cancel Evacuation", "Cancel the selected scheduled evacuation (a running one starts no further migration)",
				images, ISharedImages.IMG_ELCL_STOP, this::cancelSelected);
		report = action("Open &Report", "The selected evacuation's summary report", images, ISharedImages.IMG_OBJ_FILE, this::openReport);
		restore = action("Re&turn Processes", "Bring back to its host what the selected evacuation moved", images,
				ISharedImages.IMG_TOOL_UNDO, this::returnProcesses);
		this.refreshAction = refresh;
		updateEnablement();
	}

	private IAction refreshAction;

	private void fill(IContributionManager m) {
		m.add(refreshAction);
		m.add(new Separator());
		m.add(cancel);
		m.add(report);
		m.add(restore);
	}

	/** Schedules an immediate poll. */
	public void poll() {
		if (poller != null) {
			poller.schedule();
		}
	}

	private IStatus pollNow(IProgressMonitor monitor) {
		Display display = viewer.getControl().getDisplay();
		List<HostEntry> hosts = new ArrayList<>();
		display.syncExec(() -> {
			for (Host h : session.cluster().getHosts()) {
				if (h.getStatus() == ConnectionStatus.CONNECTED) {
					hosts.add(HostEntries.of(h));
				}
			}
		});
		Map<String, EvacuationRecord> seen = new LinkedHashMap<>();
		Map<String, HostEntry> where = new LinkedHashMap<>();
		for (HostEntry h : hosts) {
			try {
				for (EvacuationRecord r : session.connection(h).evacuations()) {
					seen.put(r.id, r);
					where.put(r.id, h);
				}
			} catch (IOException | RuntimeException e) {
				// an agent that cannot say (an older one, a broken link): its evacuations stay as last seen
			}
		}
		for (EvacuationRecord r : seen.values()) {
			evacuations.keep(r);
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (viewer.getControl().isDisposed()) {
					return;
				}
				rows.putAll(seen);
				for (EvacuationRecord r : seen.values()) {
					if (r.state == EvacuationRecord.State.RUNNING) {
						evacuations.watch(where.get(r.id), r.id); // a scheduled one that began: its progress shows
					}
				}
				show();
			});
		}
		if (open) {
			poller.schedule(POLL_MILLIS);
		}
		return Status.OK_STATUS;
	}

	private void show() {
		List<EvacuationRecord> list = new ArrayList<>(rows.values());
		list.sort(java.util.Comparator.comparingLong((EvacuationRecord r) -> r.createdAt).reversed());
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(list);
		if (selected instanceof EvacuationRecord s) {
			list.stream().filter(r -> r.id.equals(s.id)).findFirst()
					.ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
		}
		updateEnablement();
	}

	private EvacuationRecord selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof EvacuationRecord r ? r : null;
	}

	private void updateEnablement() {
		if (cancel == null) {
			return;
		}
		EvacuationRecord r = selected();
		cancel.setEnabled(r != null && r.state != null && !r.state.isFinal());
		report.setEnabled(r != null && r.state != null && r.state.isFinal());
		restore.setEnabled(r != null && r.state != null && r.state.isFinal() && r.moved() > 0 && r.restoreOf == null);
	}

	private void cancelSelected() {
		EvacuationRecord r = selected();
		Host host = r == null ? null : session.host(r.host);
		if (host == null) {
			return;
		}
		evacuations.cancel(HostEntries.of(host), r.id, problem -> {
			if (problem != null) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
			}
			poll();
		});
	}

	private void openReport() {
		EvacuationRecord r = selected();
		if (r != null && r.state != null && r.state.isFinal()) {
			evacuations.openReport(r);
		}
	}

	private void returnProcesses() {
		EvacuationRecord r = selected();
		if (r != null) {
			evacuations.returnProcesses(r, problem -> {
				if (problem != null) {
					getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
				}
				poll();
			});
		}
	}

	/** The rows shown, for tests. */
	public List<EvacuationRecord> records() {
		return new ArrayList<>(rows.values());
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** The actions, for tests: cancel, open report, return processes. */
	public IAction cancelAction() {
		return cancel;
	}

	public IAction reportAction() {
		return report;
	}

	public IAction restoreAction() {
		return restore;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		open = false;
		if (poller != null) {
			poller.cancel();
		}
		if (evacuations != null) {
			evacuations.removeListener(changed);
		}
		super.dispose();
	}

	private static IAction action(String text, String tooltip, ISharedImages images, String image, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		action.setImageDescriptor(images.getImageDescriptor(image));
		return action;
	}
}

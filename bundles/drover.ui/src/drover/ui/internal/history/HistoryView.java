package drover.ui.internal.history;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import drover.model.Cluster;
import drover.model.DroverPackage;
import drover.model.Migration;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.charts.ChartsPanel;
import drover.ui.internal.session.ConsoleSession;

/**
 * Every migration, checkpoint and restore the console knows, newest first, with the cost charts of the
 * selected record (or the newest) below. On opening, whenever a host connects, on request, and every few
 * seconds while the view is open ({@link HistoryPolling}), the connected agents' own records and the
 * migrations they run now are fetched and merged by id: a migration in progress shows its phase, queue place
 * or HELD state, and its final record replaces it when it ends. Double-click opens a record's cost report.
 */
public class HistoryView extends ViewPart {

	private TableViewer viewer;
	private ChartsPanel charts;
	private HistoryActions actions;
	private Cluster cluster;
	private HostConnectWatcher connects;
	private HistoryPolling polling;
	private boolean refreshPending;
	private final AdapterImpl watcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			// one merge changes many records at once (a record in progress is replaced by a newer one): refresh once
			if (msg.getFeature() == DroverPackage.Literals.CLUSTER__MIGRATIONS && !refreshPending) {
				refreshPending = true;
				viewer.getControl().getDisplay().asyncExec(HistoryView.this::refresh);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		cluster = session.cluster();
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		viewer = MigrationTable.create(sash);
		charts = new ChartsPanel(sash, ChartKind.ONE);
		sash.setWeights(45, 55);
		viewer.setInput(cluster.getMigrations());
		viewer.addSelectionChangedListener(e -> chartSelection());
		polling = new HistoryPolling(session, parent.getDisplay());
		actions = new HistoryActions(session, viewer, getSite(), polling);
		actions.fill(getViewSite().getActionBars().getToolBarManager());
		MenuManager menu = new MenuManager();
		actions.fill(menu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> actions.openReport());
		getSite().setSelectionProvider(viewer);
		cluster.eAdapters().add(watcher);
		chartSelection();
		actions.fetch();
		// hosts connected later (at start-up the console connects them in jobs) have records too
		connects = new HostConnectWatcher(cluster, actions::fetch);
	}

	/** Refreshes the table, keeping the selection by id: a replaced record stays selected as its newer self. */
	@SuppressWarnings("unchecked")
	private void refresh() {
		refreshPending = false;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Set<String> selected = new HashSet<>();
		((List<Migration>) viewer.getStructuredSelection().toList()).forEach(m -> selected.add(m.getId()));
		viewer.refresh();
		if (!selected.isEmpty()) {
			List<Migration> again = cluster.getMigrations().stream().filter(m -> selected.contains(m.getId())).toList();
			if (!again.equals(viewer.getStructuredSelection().toList())) {
				viewer.setSelection(new StructuredSelection(again));
			}
		}
		chartSelection();
	}

	@SuppressWarnings("unchecked")
	private void chartSelection() {
		List<Migration> selected = viewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			selected = cluster.getMigrations().stream().max(java.util.Comparator.comparingLong(Migration::getStartedAt))
					.map(List::of).orElse(List.of());
		}
		charts.show(selected);
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public ChartsPanel getCharts() {
		return charts;
	}

	public HistoryActions getActions() {
		return actions;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (cluster != null) {
			cluster.eAdapters().remove(watcher);
		}
		if (connects != null) {
			connects.dispose();
		}
		if (polling != null) {
			polling.dispose();
		}
		super.dispose();
	}
}

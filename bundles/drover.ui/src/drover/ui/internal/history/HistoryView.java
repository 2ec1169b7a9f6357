package drover.ui.internal.history;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.MenuManager;
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
 * selected record (or the newest) below. On opening, whenever a host connects, and on request, the
 * connected agents' own records are fetched and merged by id. Double-click opens a record's cost report.
 */
public class HistoryView extends ViewPart {

	private TableViewer viewer;
	private ChartsPanel charts;
	private HistoryActions actions;
	private Cluster cluster;
	private HostConnectWatcher connects;
	private final AdapterImpl watcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (msg.getFeature() == DroverPackage.Literals.CLUSTER__MIGRATIONS && !viewer.getControl().isDisposed()) {
				viewer.refresh();
				chartSelection();
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
		actions = new HistoryActions(session, viewer, getSite());
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
		super.dispose();
	}
}

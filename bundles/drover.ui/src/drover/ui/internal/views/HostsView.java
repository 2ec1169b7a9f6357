package drover.ui.internal.views;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

import drover.model.Host;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.hosts.HostActions;
import drover.ui.internal.hosts.HostColumns;
import drover.ui.internal.hosts.HostKeyDialog;
import drover.ui.internal.hosts.HostsWatcher;
import drover.ui.internal.migration.MigrationDragAndDrop;
import drover.ui.internal.migration.MigrationStarter;
import drover.ui.internal.session.ConsoleSession;

/**
 * The cluster's hosts with their connection state, agent and CRIU versions; add, edit, remove,
 * connect, disconnect and open a host's processes (double-click); a host's row takes processes
 * dropped on it. Offers its selection to the Properties view.
 */
public class HostsView extends ViewPart {

	private TableViewer viewer;
	private HostsWatcher watcher;
	private HostActions actions;

	@Override
	public void createPartControl(Composite parent) {
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		session.setHostKeyQuestion(new HostKeyDialog(parent.getDisplay()));
		viewer = new TableViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		HostColumns.create(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(session.cluster().getHosts());
		watcher = new HostsWatcher(session.cluster(), viewer, this::reportFailure);
		actions = new HostActions(session, viewer, getViewSite());
		actions.fill(getViewSite().getActionBars().getToolBarManager());
		MenuManager menu = new MenuManager();
		actions.fill(menu);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS)); // plugin.xml's contributions (Evacuate Host...)
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(e -> actions.openProcesses());
		// processes dragged from a process view and dropped on a host's row move to that host
		MigrationDragAndDrop.dropOnHosts(viewer, new MigrationStarter(session, parent.getDisplay()));
		getSite().setSelectionProvider(viewer);
		if (session.registryProblem() != null) {
			status().setErrorMessage(session.registryProblem());
		}
	}

	private void reportFailure(Host host) {
		// non-blocking: periodic refreshes fail too, and nobody should have to click dialogs away
		status().setErrorMessage(host.getName() + ": " + host.getStatusMessage());
	}

	private IStatusLineManager status() {
		return getViewSite().getActionBars().getStatusLineManager();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.dispose();
		}
		super.dispose();
	}

	/** The table, for tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** The actions, for tests. */
	public HostActions getActions() {
		return actions;
	}
}

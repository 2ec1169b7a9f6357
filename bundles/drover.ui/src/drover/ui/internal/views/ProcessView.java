package drover.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

import drover.model.Host;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.migration.MigrationDragAndDrop;
import drover.ui.internal.migration.MigrationMenu;
import drover.ui.internal.migration.MigrationStarter;
import drover.ui.internal.processes.AutoRefresh;
import drover.ui.internal.processes.ModelChangeBatcher;
import drover.ui.internal.processes.ProcessFilter;
import drover.ui.internal.processes.ProcessFiltering;
import drover.ui.internal.processes.ProcessTree;
import drover.ui.internal.readiness.ReadinessLabels;
import drover.ui.internal.readiness.ReadinessMarker;
import drover.ui.internal.session.ConsoleSession;

/**
 * A host's process tree with its open resources. Several instances can be open side by side; the
 * secondary id names the host. The tree follows the model through {@link ModelChangeBatcher}, and
 * the host is refreshed every few seconds while the view is open. Its processes can be dragged to
 * another host, or sent there from the context menu.
 */
public class ProcessView extends ViewPart {

	/** The key binding context of the process commands, active while a process view is. */
	public static final String PROCESSES_CONTEXT_ID = "drover.ui.contexts.processes";

	private TreeViewer viewer;
	private Text filterText;
	private Host host;
	private ModelChangeBatcher batcher;
	private AutoRefresh autoRefresh;
	private MigrationMenu migrationMenu;
	private ReadinessMarker readinessMarker;
	private MigrationStarter starter;
	private final ProcessFilter filter = new ProcessFilter();
	private ProcessFiltering filtering;
	private Consumer<String> flushAfterMerge;

	@Override
	public void createPartControl(Composite parent) {
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		String name = getViewSite().getSecondaryId();
		host = name == null ? null : session.host(name);
		if (name != null) {
			setPartName("Processes: " + name);
		}
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: name, command, user or PID");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = ProcessTree.create(parent, filter, new ReadinessLabels(session.readiness(), parent.getDisplay()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		filtering = new ProcessFiltering(viewer, filter, host, filterText::getText);
		// wait until typing pauses: each change re-filters the whole host (in a job)
		filterText.addListener(SWT.Modify, e -> filtering.typed());
		if (host == null) {
			setContentDescription(name == null ? "No host selected: open processes from the Hosts view."
					: "There is no host named " + name + ".");
		} else {
			viewer.setInput(host);
			batcher = new ModelChangeBatcher(host, viewer, filter);
			batcher.setRefilter(filtering::start);
			// the tree follows a refresh in the same UI runnable as its merge: one step, consistent at once
			String hostName = host.getName();
			flushAfterMerge = merged -> {
				if (hostName.equals(merged)) {
					batcher.flush();
				}
			};
			session.addRefreshListener(flushAfterMerge);
			autoRefresh = new AutoRefresh(parent.getDisplay(), session, host.getName());
			autoRefresh.start();
			contributeActions(session);
			// moving processes to another host: drag them out, drop others in, or use the context menu
			starter = new MigrationStarter(session, parent.getDisplay());
			MigrationDragAndDrop.dragFrom(viewer, host.getName());
			MigrationDragAndDrop.dropOnProcesses(viewer, host.getName(), starter);
			migrationMenu = new MigrationMenu(session, viewer, host.getName(), starter);
			getSite().registerContextMenu(migrationMenu.install(), viewer);
			readinessMarker = new ReadinessMarker(session, viewer, host.getName());
			readinessMarker.install();
			// the process commands' key bindings (checkpoint, restore, pre-flight, migrate) apply here
			getSite().getService(IContextService.class).activateContext(PROCESSES_CONTEXT_ID);
		}
		getSite().setSelectionProvider(viewer);
	}

	private void contributeActions(ConsoleSession session) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				session.refresh(host);
			}
		};
		refresh.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		refresh.setToolTipText("Fetch the inventory now (it also refreshes every " + AutoRefresh.PERIOD_MILLIS / 1000 + " s)");
		Action collapse = new Action("Collapse All") {
			@Override
			public void run() {
				viewer.collapseAll();
			}
		};
		collapse.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
		toolBar.add(refresh);
		toolBar.add(collapse);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (autoRefresh != null) {
			autoRefresh.stop();
		}
		if (flushAfterMerge != null) {
			DroverUiPlugin.getDefault().session().removeRefreshListener(flushAfterMerge);
		}
		if (batcher != null) {
			batcher.dispose();
		}
		if (readinessMarker != null) {
			readinessMarker.dispose();
		}
		super.dispose();
	}

	/** The tree, for tests. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** The host shown, or null; for tests. */
	public Host getHost() {
		return host;
	}

	/** The migration starter of the context menu and the process commands, or null without a host. */
	public MigrationStarter getStarter() {
		return starter;
	}

	/** The context menu's migration entries, or null without a host; for tests. */
	public MigrationMenu getMigrationMenu() {
		return migrationMenu;
	}

	/** The filter field, for tests and the console benchmark that type into it. */
	public Text getFilterText() {
		return filterText;
	}

	/** The filter text whose result the tree shows now (typing ahead of it is still being filtered). */
	public String shownFilter() {
		return filtering.shown();
	}

	/** Sets the filter text now (as typing would, without the delay); for tests. */
	public void setFilter(String text) {
		filterText.setText(text);
		filtering.now();
	}
}

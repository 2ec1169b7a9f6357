package drover.ui.internal.hosts;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;

import drover.model.Host;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;
import drover.ui.internal.views.ProcessViews;

/** The Hosts view's actions; each works on the hosts selected in the table. */
public final class HostActions {

	private final ConsoleSession session;
	private final StructuredViewer viewer;
	private final IViewSite site;
	private final List<IAction> selectionActions;
	private final IAction add;
	private final IAction importRegistry;

	public HostActions(ConsoleSession session, StructuredViewer viewer, IViewSite site) {
		this.session = session;
		this.viewer = viewer;
		this.site = site;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		add = action("&Add Host...", "Add a host", images, ISharedImages.IMG_OBJ_ADD, this::addHost);
		importRegistry = action("&Import from Registry", "Add the hosts of the shared registry (CLI, demo)", images,
				ISharedImages.IMG_OBJ_ELEMENT, this::importRegistry);
		selectionActions = List.of(
				action("&Connect", "Connect to the selected hosts' agents", images, ISharedImages.IMG_TOOL_FORWARD,
						() -> selected().forEach(session::connect)),
				action("&Disconnect", "Close the connections to the selected hosts", images, ISharedImages.IMG_ELCL_STOP,
						() -> selected().forEach(session::disconnect)),
				action("&Refresh", "Fetch the selected hosts' inventories now", images, ISharedImages.IMG_ELCL_SYNCED,
						() -> selected().forEach(session::refresh)),
				action("&Open Processes", "Show the selected hosts' process trees", images, ISharedImages.IMG_OBJ_FOLDER,
						this::openProcesses),
				action("&Edit Host...", "Change the selected host's settings", images, ISharedImages.IMG_ETOOL_CLEAR,
						this::editHost),
				action("Re&move Host", "Remove the selected hosts from the console", images, ISharedImages.IMG_TOOL_DELETE,
						this::removeHosts));
		viewer.addSelectionChangedListener(e -> updateEnablement());
		updateEnablement();
	}

	public void fill(IContributionManager manager) {
		manager.add(add);
		manager.add(importRegistry);
		manager.add(new Separator());
		selectionActions.forEach(manager::add);
	}

	/** Double-click: open the host's process view. */
	public void openProcesses() {
		for (Host host : selected()) {
			if (host.getStatus() == drover.model.ConnectionStatus.DISCONNECTED) {
				session.connect(host); // opening the processes of a host only makes sense connected
			}
			ProcessViews.open(site.getPage(), host.getName());
		}
	}

	private void addHost() {
		HostDialog dialog = new HostDialog(shell(), null);
		if (dialog.open() == Window.OK) {
			if (session.host(dialog.result().name()) != null) {
				MessageDialog.openError(shell(), "Add host", "There is already a host named " + dialog.result().name() + ".");
				return;
			}
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(session.putHost(dialog.result())), true);
		}
	}

	private void editHost() {
		List<Host> hosts = selected();
		if (hosts.size() != 1) {
			return;
		}
		HostDialog dialog = new HostDialog(shell(), HostEntries.of(hosts.get(0)));
		if (dialog.open() == Window.OK) {
			session.putHost(dialog.result());
		}
	}

	private void removeHosts() {
		List<Host> hosts = selected();
		String names = String.join(", ", hosts.stream().map(Host::getName).toList());
		if (!hosts.isEmpty() && MessageDialog.openConfirm(shell(), "Remove hosts",
				"Remove " + names + " from the console? (The shared registry of the CLI is not changed.)")) {
			for (Host host : hosts) {
				ProcessViews.close(site.getPage(), host.getName());
				session.removeHost(host);
			}
		}
	}

	private void importRegistry() {
		try {
			int added = session.importRegistry(true);
			site.getActionBars().getStatusLineManager().setMessage(
					added == 0 ? "No new hosts in " + session.home().hostsFile() : "Imported " + added + " host(s)");
		} catch (IOException e) {
			MessageDialog.openError(shell(), "Import hosts", "Cannot read " + session.home().hostsFile() + ": " + e.getMessage());
		}
	}

	private List<Host> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream()
				.filter(Host.class::isInstance).map(Host.class::cast).toList();
	}

	private void updateEnablement() {
		int count = selected().size();
		for (IAction action : selectionActions) {
			action.setEnabled(action.getText().startsWith("&Edit") ? count == 1 : count > 0);
		}
	}

	private Shell shell() {
		return site.getShell();
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

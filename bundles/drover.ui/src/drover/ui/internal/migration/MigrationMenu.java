package drover.ui.internal.migration;

import java.util.function.BiConsumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredViewer;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.internal.session.ConsoleSession;

/**
 * The process tree's context menu: "Migrate to", "Copy to" (a fork: the original runs on here) and "Show
 * Pre-flight for", each listing the other connected hosts, for the selected processes. The keyboard way
 * to what drag and drop (and Ctrl-drag) does.
 */
public final class MigrationMenu {

	public static final String MIGRATE_TO = "&Migrate to";
	/** Post-copy: a short freeze, then the process runs on the target while its memory follows. */
	public static final String MIGRATE_POST_COPY_TO = "Migrate Post-cop&y to";
	public static final String PREFLIGHT_FOR = "Show &Pre-flight for";
	/** A fork: a copy goes on on the target from the same point, the original keeps running here. */
	public static final String COPY_TO = "&Copy to";

	private final ConsoleSession session;
	private final StructuredViewer viewer;
	private final String host;
	private final MigrationStarter starter;

	public MigrationMenu(ConsoleSession session, StructuredViewer viewer, String host, MigrationStarter starter) {
		this.session = session;
		this.viewer = viewer;
		this.host = host;
		this.starter = starter;
	}

	/** Installs the context menu, rebuilt each time it opens (hosts come and go). */
	public MenuManager install() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		return menu;
	}

	public void fill(IMenuManager menu) {
		MigrationRequest request = MigrationDragAndDrop.selection(viewer, host);
		menu.add(targets(MIGRATE_TO, request, starter::migrate));
		menu.add(targets(COPY_TO, request, starter::fork));
		menu.add(targets(MIGRATE_POST_COPY_TO, request, starter::migratePostCopy));
		menu.add(targets(PREFLIGHT_FOR, request, starter::showPreflight));
		menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS)); // Evacuate Host...
	}

	private MenuManager targets(String title, MigrationRequest request, BiConsumer<MigrationRequest, String> run) {
		MenuManager sub = new MenuManager(title);
		for (Host other : session.cluster().getHosts()) {
			if (!other.getName().equals(host) && other.getStatus() == ConnectionStatus.CONNECTED) {
				Action action = new Action(other.getName()) {
					@Override
					public void run() {
						run.accept(request, other.getName());
					}
				};
				action.setEnabled(request != null);
				sub.add(action);
			}
		}
		if (sub.isEmpty()) {
			Action none = new Action("(no other connected host)") {
			};
			none.setEnabled(false);
			sub.add(none);
		}
		return sub;
	}
}

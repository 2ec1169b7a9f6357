package drover.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import drover.ui.internal.migration.MigrationRequest;
import drover.ui.internal.views.ProcessView;

/**
 * "Migrate to" and "Show pre-flight" from the keyboard: the selection to the only other connected
 * host, through the same {@link drover.ui.internal.migration.MigrationStarter} as the context menu
 * (which lists every host when there are several). One class, two commands: the pre-flight one is
 * made with {@code preflightOnly}.
 */
public class MigrateHandler extends AbstractHandler {

	private final boolean preflightOnly;

	public MigrateHandler() {
		this(false);
	}

	MigrateHandler(boolean preflightOnly) {
		this.preflightOnly = preflightOnly;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ProcessView view = ProcessCommands.view(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		String title = preflightOnly ? "Show pre-flight" : "Migrate";
		if (view == null || !ProcessCommands.connected(view.getHost(), shell, title)) {
			return null;
		}
		MigrationRequest request = ProcessCommands.selection(view, shell, title);
		String target = request == null ? null : ProcessCommands.otherHost(view, shell, title);
		if (target == null) {
			return null;
		}
		if (preflightOnly) {
			view.getStarter().showPreflight(request, target);
		} else {
			view.getStarter().migrate(request, target);
		}
		return null;
	}

	/** The pre-flight command's handler. */
	public static final class Preflight extends MigrateHandler {
		public Preflight() {
			super(true);
		}
	}
}

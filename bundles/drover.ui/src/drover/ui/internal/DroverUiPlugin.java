package drover.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import drover.ui.internal.evacuation.Evacuations;
import drover.ui.internal.session.ConsoleSession;

/**
 * The bundle's activator. It owns the console's one {@link ConsoleSession} (model, SSH client and
 * connections) for the life of the bundle; the activator field is the RCP-customary place for
 * such per-application state, and it is closed with the bundle so no connection outlives the UI.
 */
public class DroverUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "drover.ui";

	private static DroverUiPlugin plugin;

	private ConsoleSession session;
	private Evacuations evacuations;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			synchronized (this) {
				if (session != null) {
					session.close();
					session = null;
				}
			}
			plugin = null;
		} finally {
			super.stop(context);
		}
	}

	public static DroverUiPlugin getDefault() {
		return plugin;
	}

	/** The console's session, created on first use (the first view that needs it). UI thread. */
	public synchronized ConsoleSession session() {
		if (session == null) {
			session = ConsoleSession.open(getWorkbench().getDisplay());
		}
		return session;
	}

	/** The evacuations the console started and watches, and the reports it keeps. UI thread. */
	public synchronized Evacuations evacuations() {
		if (evacuations == null) {
			evacuations = new Evacuations(session(), getWorkbench().getDisplay(),
					getStateLocation().append("evacuations").toPath());
		}
		return evacuations;
	}
}

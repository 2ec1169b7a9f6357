package drover.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import drover.ui.internal.DroverUiPlugin;

/**
 * The console's preferences, in the workspace's instance scope of {@code drover.ui} (a plugin_customization.ini
 * may preset them), and their defaults. A system property {@code drover.console.KEY} overrides one for a run.
 */
public final class DroverPreferences {

	/** Connect to every known host at start (also {@code -Ddrover.console.connectAtStart=false}). */
	public static final String CONNECT_AT_START = "connectAtStart";
	/** Open a process view for each host that connects at start. */
	public static final String OPEN_VIEWS_AT_START = "openViewsAtStart";
	/** Migrate post-copy when the tree's resident memory is at least this many MiB (0: never by size). */
	public static final String POST_COPY_FROM_MIB = "postCopyFromMiB";
	/** Ask before a migration whose pre-flight found nothing to warn about (warnings always ask). */
	public static final String CONFIRM_EVERY_MIGRATION = "confirmEveryMigration";
	/** Show a dialog when a migration fails or is refused (the history has the record either way). */
	public static final String SHOW_FAILURES = "showFailures";

	private DroverPreferences() {
	}

	/** The store the preference page edits, with the defaults set. */
	public static IPreferenceStore store() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, DroverUiPlugin.PLUGIN_ID);
		store.setDefault(CONNECT_AT_START, true);
		store.setDefault(OPEN_VIEWS_AT_START, true);
		store.setDefault(POST_COPY_FROM_MIB, 0);
		store.setDefault(CONFIRM_EVERY_MIGRATION, false);
		store.setDefault(SHOW_FAILURES, true);
		return store;
	}

	public static boolean openViewsAtStart() {
		return bool(OPEN_VIEWS_AT_START, true);
	}

	public static int postCopyFromMiB() {
		String property = System.getProperty("drover.console." + POST_COPY_FROM_MIB);
		if (property != null) {
			return Integer.parseInt(property.trim());
		}
		return InstanceScope.INSTANCE.getNode(DroverUiPlugin.PLUGIN_ID).getInt(POST_COPY_FROM_MIB, 0);
	}

	public static boolean confirmEveryMigration() {
		return bool(CONFIRM_EVERY_MIGRATION, false);
	}

	public static boolean showFailures() {
		return bool(SHOW_FAILURES, true);
	}

	static boolean bool(String key, boolean otherwise) {
		String property = System.getProperty("drover.console." + key);
		if (property != null) {
			return Boolean.parseBoolean(property);
		}
		return InstanceScope.INSTANCE.getNode(DroverUiPlugin.PLUGIN_ID).getBoolean(key, otherwise);
	}
}

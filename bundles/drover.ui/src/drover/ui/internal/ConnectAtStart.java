package drover.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Whether the console connects every known host when it starts. On by default: a console that opens
 * on a list of disconnected hosts only makes the operator click Connect on each. Turned off by the
 * preference {@code drover.ui/connectAtStart=false} (in the workspace's preferences or a
 * plugin_customization.ini) or, for one run, by {@code -Ddrover.console.connectAtStart=false}.
 */
final class ConnectAtStart {

	static final String PREFERENCE = drover.ui.internal.prefs.DroverPreferences.CONNECT_AT_START;
	static final String PROPERTY = "drover.console.connectAtStart";

	private ConnectAtStart() {
	}

	static boolean enabled() {
		String property = System.getProperty(PROPERTY);
		if (property != null) {
			return Boolean.parseBoolean(property);
		}
		return InstanceScope.INSTANCE.getNode(DroverUiPlugin.PLUGIN_ID).getBoolean(PREFERENCE, true);
	}
}

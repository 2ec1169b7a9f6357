package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;

/**
 * The console as the tests that drive it with real agents start from: the workbench window filling the screen
 * (drags need every view on it), the Drover perspective with the Hosts view, and the named demo hosts imported
 * from the registry and connected.
 */
final class ConnectedConsole {

	private ConnectedConsole() {
	}

	/** Opens the console and connects {@code names}; returns the page once every one of them is connected. */
	static IWorkbenchPage open(Duration timeout, String... names) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(window.getShell().getDisplay().getBounds());
		window.getShell().forceActive();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		page.showView(DroverUi.HOSTS_VIEW_ID);
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		session.importRegistry(true);
		for (String name : names) {
			Host host = session.host(name);
			assertNotNull(host, name + " not imported from the registry");
			session.connect(host);
		}
		Ui.waitFor(timeout, String.join(", ", names) + " connected",
				() -> Arrays.stream(names).allMatch(n -> session.host(n).getStatus() == ConnectionStatus.CONNECTED));
		return page;
	}
}

package drover.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import drover.ui.DroverUi;

/** Opens the Drover perspective, keeps the window layout between sessions and connects the hosts at start. */
public class DroverWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	/** Connects the known hosts (in jobs; failures show in the Hosts view's status column). */
	@Override
	public void postStartup() {
		if (ConnectAtStart.enabled()) {
			drover.ui.internal.session.ConsoleSession session = DroverUiPlugin.getDefault().session();
			org.eclipse.ui.IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null && drover.ui.internal.prefs.DroverPreferences.openViewsAtStart()) {
				drover.ui.internal.views.StartViews.install(session, window.getActivePage(),
						session.cluster().getHosts().stream().map(drover.model.Host::getName).toList());
			}
			session.connectAll();
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return DroverUi.PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new DroverWindowAdvisor(configurer);
	}
}

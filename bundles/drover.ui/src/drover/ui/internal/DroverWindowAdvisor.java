package drover.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window title and size; no tool bar or perspective bar: the console has one perspective. */
public class DroverWindowAdvisor extends WorkbenchWindowAdvisor {

	public DroverWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle("Drover");
		// the first window fills the screen (two process views side by side need the width); a size the
		// operator chose is restored instead on later starts
		configurer.setInitialSize(screen().map(r -> new Point(r.width, r.height)).orElse(new Point(1200, 800)));
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true); // running migrations and refreshes in the status line
	}

	@Override
	public void postWindowOpen() {
		// a window the size of the screen is the first one (not a restored size): place it on the screen, maximized
		org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
		screen().ifPresent(area -> {
			if (shell.getSize().x == area.width && shell.getSize().y == area.height) {
				shell.setLocation(area.x, area.y);
				shell.setMaximized(true);
			}
		});
	}

	private static java.util.Optional<org.eclipse.swt.graphics.Rectangle> screen() {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		return display == null || display.getPrimaryMonitor() == null ? java.util.Optional.empty()
				: java.util.Optional.of(display.getPrimaryMonitor().getClientArea());
	}
}

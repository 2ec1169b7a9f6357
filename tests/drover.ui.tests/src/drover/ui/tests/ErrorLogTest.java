package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import drover.ui.DroverUi;
import drover.ui.internal.ConsoleLog;

/**
 * The console logs to its workspace's log (.metadata/.log) and Window &gt; Error Log shows it: an error the console
 * logs, and an internal error in a Job (an exception its run() let out), appear in the Error Log view with their
 * messages and in the log file.
 */
class ErrorLogTest {

	static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

	@BeforeAll
	static void requireDisplay() {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "DISPLAY is not set: the UI tests need an X server (Xvfb :99)");
	}

	@Test
	void anErrorTheConsoleLogsAppearsInTheErrorLogView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		IViewPart view = page.showView(ERROR_LOG_VIEW_ID);
		assertNotNull(view, "Window > Error Log: no view " + ERROR_LOG_VIEW_ID);

		String logged = "ErrorLogTest: the console logged this " + UUID.randomUUID();
		ConsoleLog.error(logged, new IllegalStateException("the cause of " + logged));
		String thrown = "ErrorLogTest: a job failed with this " + UUID.randomUUID();
		Job job = new Job("ErrorLogTest job") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				throw new IllegalStateException(thrown);
			}
		};
		job.setSystem(true);
		job.schedule();
		job.join(10_000, null);

		Ui.waitFor(Duration.ofSeconds(20), "'" + logged + "' in the Error Log view", () -> rowContaining(window.getShell(), logged));
		// the job's status names the job; its exception (with the message) is the entry's stack trace, in the file
		Ui.waitFor(Duration.ofSeconds(20), "the failed job in the Error Log view",
				() -> rowContaining(window.getShell(), "ErrorLogTest job"));
		Screenshots.save(window.getShell(), "ErrorLogTest.errorLog");

		Path file = Platform.getLogFileLocation().toPath();
		String log = Files.readString(file);
		assertTrue(log.contains(logged) && log.contains("the cause of " + logged), "not in " + file + ": " + logged);
		assertTrue(log.contains(thrown), "the job's exception is not in " + file);
		page.hideView(view);
	}

	/** The text of the first tree row anywhere under {@code parent} (expanded) that contains {@code text}, or null. */
	private static String rowContaining(Composite parent, String text) {
		List<Control> controls = new ArrayList<>(List.of(parent.getChildren()));
		while (!controls.isEmpty()) {
			Control c = controls.remove(0);
			if (c instanceof Tree tree && !tree.isDisposed()) {
				List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
				while (!items.isEmpty()) {
					TreeItem item = items.remove(0);
					for (int col = 0; col < Math.max(1, tree.getColumnCount()); col++) {
						if (item.getText(col).contains(text)) {
							return item.getText(col);
						}
					}
					items.addAll(List.of(item.getItems()));
				}
			}
			if (c instanceof Composite comp) {
				controls.addAll(List.of(comp.getChildren()));
			}
		}
		return null;
	}
}

package drover.ui.internal.report;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open Report...: asks for a report file (.xmi) and opens it in the report editor. */
public class OpenReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Report");
		dialog.setFilterExtensions(new String[] { "*.xmi", "*" });
		dialog.setFilterNames(new String[] { "Drover reports (*.xmi)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				ReportEditors.open(window.getActivePage(), ReportInput.ofFile(Path.of(chosen)));
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open the report " + chosen, e);
			}
		}
		return null;
	}
}

package drover.ui.internal.report;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import drover.ui.DroverUi;

/** Opens the report editor (showing the editor area, which the Drover perspective hides until then). */
public final class ReportEditors {

	private ReportEditors() {
	}

	public static ReportEditor open(IWorkbenchPage page, ReportInput input) throws PartInitException {
		page.setEditorAreaVisible(true);
		return (ReportEditor) page.openEditor(input, DroverUi.REPORT_EDITOR_ID);
	}
}

package drover.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import drover.ui.DroverUi;

/**
 * Hosts on the left, process trees in the editor-less centre, Properties below. Process views of
 * any host (secondary id) stack in the centre folder.
 */
public class DroverPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addView(DroverUi.HOSTS_VIEW_ID, IPageLayout.LEFT, 0.25f, editorArea);
		IFolderLayout processes = layout.createFolder("drover.ui.folders.processes", IPageLayout.TOP, 0.7f,
				editorArea);
		processes.addPlaceholder(DroverUi.PROCESS_VIEW_ID + ":*");
		processes.addView(DroverUi.PROCESS_VIEW_ID);
		layout.addView(DroverUi.PROPERTIES_VIEW_ID, IPageLayout.BOTTOM, 0.7f, "drover.ui.folders.processes");
		layout.addShowViewShortcut(DroverUi.HOSTS_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.PROCESS_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.PROPERTIES_VIEW_ID);
	}
}

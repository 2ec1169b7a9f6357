package drover.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import drover.ui.DroverUi;

/**
 * Hosts across the top (their table has many columns), process trees in the centre, Properties
 * below with the Migration History on its left. Process views of any host (secondary id) open in the centre folder; a second one goes to a
 * stack beside it
 * ({@code ProcessViews}), so two hosts can be compared.
 */
public class DroverPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		// shares chosen at 1600x1000 so that the history's cost charts get about 250 pixels of height, not a
		// strip of legends: hosts 18 %, process views 43 %, history and Properties the rest
		layout.addView(DroverUi.HOSTS_VIEW_ID, IPageLayout.TOP, 0.18f, editorArea);
		IFolderLayout processes = layout.createFolder("drover.ui.folders.processes", IPageLayout.TOP, 0.52f,
				editorArea);
		processes.addPlaceholder(DroverUi.PROCESS_VIEW_ID + ":*");
		// below the processes, in what would be the (hidden) editor area's place
		layout.addView(DroverUi.PROPERTIES_VIEW_ID, IPageLayout.BOTTOM, 0.5f, editorArea);
		layout.addView(DroverUi.HISTORY_VIEW_ID, IPageLayout.LEFT, 0.66f, DroverUi.PROPERTIES_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.HOSTS_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.PROCESS_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.PROPERTIES_VIEW_ID);
		layout.addShowViewShortcut(DroverUi.HISTORY_VIEW_ID);
	}
}

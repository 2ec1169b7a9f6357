package drover.ui.internal.views;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import drover.ui.DroverUi;

/**
 * Opens and closes hosts' process views. A newly opened one goes beside the process views already
 * open rather than behind them (a second stack to their right, made once), because comparing two
 * hosts is what the console is for.
 */
public final class ProcessViews {

	/** Tags the stack made for process views beside the perspective's own folder. */
	static final String SIDE_STACK_TAG = "drover.ui.processes.side";

	private ProcessViews() {
	}

	public static ProcessView open(IWorkbenchPage page, String host) {
		boolean isNew = page.findViewReference(DroverUi.PROCESS_VIEW_ID, host) == null;
		try {
			IViewPart view = page.showView(DroverUi.PROCESS_VIEW_ID, host, IWorkbenchPage.VIEW_ACTIVATE);
			if (isNew) {
				placeBesideOthers(view);
				page.activate(view);
			}
			return (ProcessView) view;
		} catch (PartInitException e) {
			throw new IllegalStateException("cannot open the processes of " + host, e);
		}
	}

	public static void close(IWorkbenchPage page, String host) {
		IViewReference ref = page.findViewReference(DroverUi.PROCESS_VIEW_ID, host);
		if (ref != null) {
			page.hideView(ref);
		}
	}

	/** Moves the view into the stack with fewer process views, making a second stack if needed. */
	static void placeBesideOthers(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		EModelService models = view.getSite().getService(EModelService.class);
		if (part == null || models == null) {
			return;
		}
		MStackElement shown = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
		Object parent = shown.getParent();
		MWindow window = models.getTopLevelWindowFor(shown);
		if (!(parent instanceof MPartStack stack) || window == null) {
			return;
		}
		int here = processViews(stack) - 1; // without the new one
		if (here == 0) {
			return;
		}
		List<MPartStack> sides = models.findElements(window, null, MPartStack.class, List.of(SIDE_STACK_TAG));
		MPartStack side = sides.isEmpty() ? null : sides.get(0);
		if (side == stack) {
			return;
		}
		if (side == null || !side.isToBeRendered()) {
			side = models.createModelElement(MPartStack.class);
			side.getTags().add(SIDE_STACK_TAG);
			side.setElementId("drover.ui.folders.processes.side");
			models.insert(side, stack, EModelService.RIGHT_OF, 0.5f);
		} else if (processViews(side) > here) {
			return; // the side stack is the fuller one already
		}
		stack.getChildren().remove(shown);
		side.getChildren().add(shown);
		side.setSelectedElement(shown);
		side.setVisible(true);
		side.setToBeRendered(true);
	}

	private static int processViews(MPartStack stack) {
		int n = 0;
		for (MUIElement child : stack.getChildren()) {
			String id = child.getElementId();
			if (child.isToBeRendered() && id != null && id.startsWith(DroverUi.PROCESS_VIEW_ID + ":")) {
				n++;
			}
		}
		return n;
	}
}

package drover.ui.internal.images;

import java.util.Arrays;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;

import drover.model.Host;
import drover.protocol.ImageInfo;

/**
 * Dragging an image out of a host's Images view: dropped on a host (its row in the Hosts view, its process view)
 * it is restored there ({@code --from} its library, pre-flight first); dropped on another host's Images view it is
 * copied there. The drag carries the image in the workbench's {@link LocalSelectionTransfer}, never as text, so
 * the process views' own drop (a migration, text) never mistakes it for processes. The process views and the Hosts
 * view keep their drop targets: this only adds a listener and the transfer to them (see {@link ImageDropTargets}).
 */
public final class ImageDrag {

	/** What is dragged: one image of one host's library. */
	public record Dragged(String host, String image) {
	}

	/** The drop's action once on the UI thread, out of the toolkit's drag. */
	interface Action {
		void run(Dragged dragged, String target);
	}

	private static final Transfer[] TRANSFERS = { LocalSelectionTransfer.getTransfer() };
	/** Marks a drop target that already has the image listener. */
	private static final String INSTALLED = ImageDrag.class.getName();

	private ImageDrag() {
	}

	/** Offers both operations: the process views' drop targets accept only moves, and the image is copied either way. */
	static void dragFrom(StructuredViewer viewer, String host) {
		viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection s = viewer.getStructuredSelection();
				event.doit = s.size() == 1 && s.getFirstElement() instanceof ImageInfo;
				if (event.doit) {
					ImageInfo image = (ImageInfo) s.getFirstElement();
					LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(new Dragged(host, image.name())));
				}
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null); // nothing is removed: the image stays where it is
			}
		});
	}

	/** The image being dragged now, or null (another kind of drag). */
	static Dragged dragged(DropTargetEvent event) {
		if (event.currentDataType == null || !LocalSelectionTransfer.getTransfer().isSupportedType(event.currentDataType)) {
			return null;
		}
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s && s.size() == 1
				&& s.getFirstElement() instanceof Dragged d ? d : null;
	}

	/** A drop target for images on a control with a fixed host (a process view, an Images view). */
	static void dropOn(Control control, String host, Action action) {
		dropOn(control, event -> host, action);
	}

	/** A drop target for images on the Hosts table: the host of the row under the pointer. */
	static void dropOnHostRows(Control control, Action action) {
		dropOn(control, event -> event.item instanceof Item item && item.getData() instanceof Host h ? h.getName() : null,
				action);
	}

	private interface TargetHost {
		String of(DropTargetEvent event);
	}

	private static void dropOn(Control control, TargetHost targetHost, Action action) {
		if (control.isDisposed() || control.getData(INSTALLED) != null) {
			return;
		}
		control.setData(INSTALLED, Boolean.TRUE);
		DropTarget target = (DropTarget) control.getData(DND.DROP_TARGET_KEY);
		if (target == null) {
			target = new DropTarget(control, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_DEFAULT);
			target.setTransfer(TRANSFERS);
		} else if (Arrays.stream(target.getTransfer()).noneMatch(t -> t == LocalSelectionTransfer.getTransfer())) {
			Transfer[] transfers = Arrays.copyOf(target.getTransfer(), target.getTransfer().length + 1);
			transfers[transfers.length - 1] = LocalSelectionTransfer.getTransfer();
			target.setTransfer(transfers);
		}
		Display display = control.getDisplay();
		// added after the view's own listener, so that for an image this one has the last word on the operation
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				accept(event);
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				accept(event);
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				accept(event);
			}

			private void accept(DropTargetEvent event) {
				if (dragged(event) == null) {
					return; // processes, or text: the view's own listener decides
				}
				String host = targetHost.of(event);
				event.detail = host == null ? DND.DROP_NONE : (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY
						: (event.operations & DND.DROP_MOVE) != 0 ? DND.DROP_MOVE : DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
			}

			@Override
			public void drop(DropTargetEvent event) {
				Dragged d = event.data instanceof IStructuredSelection s && s.getFirstElement() instanceof Dragged x ? x
						: dragged(event);
				String host = targetHost.of(event);
				if (d != null && host != null) {
					// what the target allows (a process view's drop takes moves only); the image stays where it is either way
					event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_MOVE;
					display.asyncExec(() -> action.run(d, host)); // no dialog inside the toolkit's drag
				}
			}
		});
	}
}

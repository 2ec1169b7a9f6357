package drover.ui.internal.migration;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;

import drover.model.Host;
import drover.model.Process;

/**
 * Drag processes out of a host's process tree; drop them on another host's process tree or on a
 * host's row in the Hosts view. The drag carries a {@link MigrationRequest} as plain text (a move,
 * never a copy: a process runs on one host at a time). The drop only hands the request to the
 * {@link MigrationStarter}, later on the UI thread, so no dialog opens inside the toolkit's drag.
 */
public final class MigrationDragAndDrop {

	private static final Transfer[] TRANSFERS = { TextTransfer.getInstance() };

	private MigrationDragAndDrop() {
	}

	/** The selected processes of {@code host} as a request, or null when no process is selected. */
	public static MigrationRequest selection(StructuredViewer viewer, String host) {
		List<Integer> pids = ((IStructuredSelection) viewer.getSelection()).toList().stream()
				.filter(Process.class::isInstance).map(p -> ((Process) p).getPid()).toList();
		return host == null || pids.isEmpty() ? null : new MigrationRequest(host, pids);
	}

	public static void dragFrom(StructuredViewer viewer, String host) {
		viewer.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = selection(viewer, host) != null;
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				MigrationRequest request = selection(viewer, host);
				if (request != null && TextTransfer.getInstance().isSupportedType(event.dataType)) {
					event.data = request.encode();
				}
			}
		});
	}

	/** Dropping on a process tree moves the processes to that tree's host. */
	public static void dropOnProcesses(StructuredViewer viewer, String host, MigrationStarter starter) {
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_DEFAULT, TRANSFERS, new Drop(viewer.getControl().getDisplay(), starter) {
			@Override
			String target(DropTargetEvent event) {
				return host;
			}
		});
	}

	/** Dropping on a row of the Hosts table moves the processes to that row's host. */
	public static void dropOnHosts(StructuredViewer viewer, MigrationStarter starter) {
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_DEFAULT, TRANSFERS, new Drop(viewer.getControl().getDisplay(), starter) {
			@Override
			String target(DropTargetEvent event) {
				return event.item instanceof Item item && item.getData() instanceof Host h ? h.getName() : null;
			}
		});
	}

	private abstract static class Drop extends DropTargetAdapter {
		private final Display display;
		private final MigrationStarter starter;

		Drop(Display display, MigrationStarter starter) {
			this.display = display;
			this.starter = starter;
		}

		abstract String target(DropTargetEvent event);

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
			boolean move = (event.operations & DND.DROP_MOVE) != 0 && target(event) != null;
			event.detail = move ? DND.DROP_MOVE : DND.DROP_NONE;
			event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
		}

		@Override
		public void drop(DropTargetEvent event) {
			MigrationRequest request = MigrationRequest.parse(event.data instanceof String text ? text : null);
			String target = target(event);
			if (request == null || target == null) {
				event.detail = DND.DROP_NONE;
				return;
			}
			display.asyncExec(() -> starter.migrate(request, target));
		}
	}
}

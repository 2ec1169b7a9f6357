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
 * host's row in the Hosts view. The drag carries a {@link MigrationRequest} as plain text. A plain drag
 * moves the processes (a migration); with Ctrl held (the toolkit's copy, {@link DND#DROP_COPY}) it
 * copies them: a fork, the original runs on where it is and a copy goes on on the target. The drop only
 * hands the request to the {@link MigrationStarter}, later on the UI thread, so no dialog opens inside
 * the toolkit's drag.
 */
public final class MigrationDragAndDrop {

	private static final Transfer[] TRANSFERS = { TextTransfer.getInstance() };
	/** A move, or a copy (Ctrl); DEFAULT: what the toolkit reports when no key is held. */
	private static final int DROP_OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_DEFAULT;

	private MigrationDragAndDrop() {
	}

	/** The selected processes of {@code host} as a request, or null when no process is selected. */
	public static MigrationRequest selection(StructuredViewer viewer, String host) {
		List<Integer> pids = ((IStructuredSelection) viewer.getSelection()).toList().stream()
				.filter(Process.class::isInstance).map(p -> ((Process) p).getPid()).toList();
		return host == null || pids.isEmpty() ? null : new MigrationRequest(host, pids);
	}

	public static void dragFrom(StructuredViewer viewer, String host) {
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, TRANSFERS, new DragSourceAdapter() {
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

	/** Dropping on a process tree moves the processes to that tree's host (copies them, with Ctrl). */
	public static void dropOnProcesses(StructuredViewer viewer, String host, MigrationStarter starter) {
		viewer.addDropSupport(DROP_OPERATIONS, TRANSFERS, new Drop(viewer.getControl().getDisplay(), starter) {
			@Override
			String target(DropTargetEvent event) {
				return host;
			}
		});
	}

	/** Dropping on a row of the Hosts table moves the processes to that row's host (copies them, with Ctrl). */
	public static void dropOnHosts(StructuredViewer viewer, MigrationStarter starter) {
		viewer.addDropSupport(DROP_OPERATIONS, TRANSFERS, new Drop(viewer.getControl().getDisplay(), starter) {
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
			event.detail = operation(event);
			event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
		}

		/** A copy when the operator asks for one (Ctrl), else a move: what the drop will do here, or none. */
		private int operation(DropTargetEvent event) {
			if (target(event) == null) {
				return DND.DROP_NONE;
			}
			if (event.detail == DND.DROP_COPY && (event.operations & DND.DROP_COPY) != 0) {
				return DND.DROP_COPY;
			}
			return (event.operations & DND.DROP_MOVE) != 0 ? DND.DROP_MOVE : DND.DROP_NONE;
		}

		@Override
		public void drop(DropTargetEvent event) {
			MigrationRequest request = MigrationRequest.parse(event.data instanceof String text ? text : null);
			String target = target(event);
			if (request == null || target == null) {
				event.detail = DND.DROP_NONE;
				return;
			}
			if (event.detail == DND.DROP_COPY) {
				display.asyncExec(() -> starter.fork(request, target));
			} else {
				display.asyncExec(() -> starter.migrate(request, target));
			}
		}
	}
}

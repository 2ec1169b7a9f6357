package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.model.DroverFactory;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.OpenResource;
import drover.model.Process;
import drover.ui.internal.migration.MigrationDragAndDrop;
import drover.ui.internal.migration.MigrationRequest;
import drover.ui.internal.processes.ModelChangeBatcher;
import drover.ui.internal.processes.ProcessColumn;
import drover.ui.internal.processes.ProcessFilter;
import drover.ui.internal.processes.ProcessFiltering;
import drover.ui.internal.processes.ProcessTree;

/**
 * The virtual process tree filtered as an operator types (debounced, matched in a job): a filter shows exactly
 * the matching processes with their ancestors (a few matches expanded with their resources, many with only the
 * way to them opened), a process that starts while the filter is on shows once it matches, clearing brings the
 * whole tree back, and selecting and dragging a process out of the virtual tree still work (a real mouse drag,
 * xdotool). The host is a model built here (no agent): what is tested is the tree, not the inventory; the
 * timings are the console benchmark's business (releng/bench/console-bench.sh).
 */
class ProcessTreeFilterTest {

	private static final DroverFactory F = DroverFactory.eINSTANCE;
	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final int SLEEPERS = 600;

	private Shell shell;
	private Host host;
	private TreeViewer viewer;
	private Text field;
	private ProcessFiltering filtering;
	private ModelChangeBatcher batcher;
	private Process init;
	private Process shell1;
	private Process daemon;
	private final List<Process> sleepers = new ArrayList<>();
	private final List<Process> needles = new ArrayList<>();

	@BeforeEach
	void build() {
		host = F.createHost();
		host.setName("filtered");
		init = process(1, null, "tini", "/sbin/tini -- sh");
		shell1 = process(7, init, "bash", "bash -c for i in $(seq 600); do sleep 100000 & done; wait");
		for (int i = 0; i < SLEEPERS; i++) {
			sleepers.add(process(100 + i, shell1, "sleep", "sleep 100000"));
		}
		daemon = process(50, init, "python3", "python3 /srv/kv-store.py");
		Process worker = process(51, daemon, "python3", "python3 /srv/kv-store.py --worker");
		// three matches at depths 2 to 4, one with a resource
		needles.add(process(60, init, "needle", "needle --one"));
		needles.add(process(61, daemon, "needle", "needle --two"));
		needles.add(process(62, worker, "needle", "needle --three"));
		FileResource log = F.createFileResource();
		log.setFd(3);
		log.setDescription("file /var/log/needle.log");
		needles.get(2).getResources().add(log);
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		shell.setBounds(0, 0, 1200, 900);
		Composite top = new Composite(shell, SWT.NONE);
		top.setLayout(new FillLayout(SWT.VERTICAL));
		field = new Text(top, SWT.SEARCH);
		ProcessFilter filter = new ProcessFilter();
		viewer = ProcessTree.create(top, filter);
		viewer.setInput(host);
		batcher = new ModelChangeBatcher(host, viewer, filter);
		filtering = new ProcessFiltering(viewer, filter, host, field::getText);
		batcher.setRefilter(filtering::start);
		field.addListener(SWT.Modify, e -> filtering.typed());
		shell.open();
		shell.forceActive();
		viewer.expandToLevel(init, 1);
		Ui.drain();
	}

	private Process process(int pid, Process parent, String name, String commandLine) {
		Process p = F.createProcess();
		p.setPid(pid);
		p.setPpid(parent == null ? 0 : parent.getPid());
		p.setName(name);
		p.setCommandLine(commandLine);
		p.setUser(pid == 60 ? "needle-owner" : "root");
		p.setState("S (sleeping)");
		host.getProcesses().add(p);
		p.setParent(parent);
		return p;
	}

	@AfterEach
	void dispose() {
		batcher.dispose();
		shell.dispose();
	}

	@Test
	void aFilterShowsExactlyTheMatchesWithTheirParentsAndClearingRestoresTheTree() {
		type("needle");
		Set<Object> rows = rows(viewer.getTree());
		Set<Object> expected = new HashSet<>(needles);
		expected.addAll(List.of(init, daemon, needles.get(2).getParent()));
		expected.addAll(needles.get(2).getResources()); // a few matches: shown with their resources
		assertEquals(expected, rows, "the rows of filter 'needle'");

		// many matches: every one shown under its opened ancestors, none missing, nothing else
		type("sleep");
		rows = rows(viewer.getTree());
		Set<Object> sleeping = new HashSet<>(sleepers);
		sleeping.addAll(List.of(init, shell1));
		assertEquals(sleeping, rows, "the rows of filter 'sleep'");

		// by PID prefix and by user, as the field's hint says
		type("6");
		assertTrue(rows(viewer.getTree()).containsAll(needles), "PIDs 60-62 match '6'");
		type("needle-owner");
		assertEquals(Set.of(init, needles.get(0)), rows(viewer.getTree()), "the user column matches");

		type("");
		Tree tree = viewer.getTree();
		assertEquals(1, tree.getItemCount(), "one root after clearing");
		viewer.expandAll();
		Set<Object> all = new HashSet<>(host.getProcesses());
		host.getProcesses().forEach(p -> all.addAll(p.getResources()));
		assertEquals(all, rows(tree), "every process and resource back after clearing");
	}

	@Test
	void aProcessThatStartsWhileFilteredShowsOnceItMatches() {
		type("needle");
		Process late = process(63, init, "needle", "needle --late");
		batcher.flush(); // as the process view does after a refresh's merge
		Ui.waitFor(TIMEOUT, "the late needle shown", () -> rows(viewer.getTree()).contains(late));
		host.getProcesses().remove(needles.get(0));
		batcher.flush();
		Ui.waitFor(TIMEOUT, "the ended needle gone", () -> !rows(viewer.getTree()).contains(needles.get(0)));
	}

	@Test
	void selectionAndDragWorkOnTheVirtualTree() {
		Process deep = sleepers.get(SLEEPERS - 1);
		viewer.setSelection(new StructuredSelection(deep), true);
		Ui.drain();
		TreeItem[] selected = viewer.getTree().getSelection();
		assertEquals(1, selected.length, "one row selected");
		assertEquals(deep, selected[0].getData(), "the selected row is the process asked for");
		MigrationRequest request = MigrationDragAndDrop.selection(viewer, host.getName());
		assertNotNull(request, "no migration request from the selection");
		assertEquals(List.of(deep.getPid()), request.pids());

		// a real drag from the virtual tree onto a drop target, with the mouse (xdotool)
		MigrationDragAndDrop.dragFrom(viewer, host.getName());
		Tree target = new Tree(shell, SWT.BORDER); // a tree, as the other host's process view is
		shell.layout(true, true);
		String[] dropped = { null };
		DropTarget drop = new DropTarget(target, DND.DROP_MOVE | DND.DROP_DEFAULT);
		drop.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				dropped[0] = (String) event.data;
			}
		});
		shell.forceActive();
		Ui.waitFor(TIMEOUT, "the drop target shown", () -> target.isVisible() && target.getSize().y > 50);
		// a row on screen without scrolling: the 600 sleepers closed, init's children shown
		viewer.collapseAll();
		viewer.expandToLevel(init, 1);
		Process dragged = needles.get(0);
		viewer.reveal(dragged);
		Ui.drain();
		TreeItem row = (TreeItem) viewer.testFindItem(dragged);
		assertNotNull(row, "no row for PID " + dragged.getPid());
		viewer.getTree().showItem(row);
		viewer.setSelection(new StructuredSelection(dragged));
		Ui.drain();
		Rectangle cell = row.getBounds(ProcessColumn.PID.ordinal());
		Point from = viewer.getTree().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
		Rectangle area = target.getClientArea();
		Point to = target.toDisplay(area.width / 2, area.height / 2);
		Mouse.drag(from, to);
		MigrationDragTest.save(shell, "ProcessTreeFilterTest.drag");
		Ui.waitFor(TIMEOUT, "the drop", () -> dropped[0]);
		MigrationRequest carried = MigrationRequest.parse(dropped[0]);
		assertNotNull(carried, "the drag carried no migration request: " + dropped[0]);
		assertEquals(host.getName(), carried.source());
		assertEquals(List.of(dragged.getPid()), carried.pids(), "the drag carries the process pressed on");
	}

	/** Types the text as an operator would (each key through the field), then waits for the tree to show it. */
	private void type(String text) {
		if (text.isEmpty()) {
			field.setText("");
		}
		for (int i = 1; i <= text.length(); i++) {
			field.setText(text.substring(0, i));
			Ui.drain();
		}
		Ui.waitFor(TIMEOUT, "the filter '" + text + "' shown", () -> text.equals(filtering.shown()));
	}

	/** Every element the tree shows now (expanded rows only), materializing the virtual rows as painting would. */
	private static Set<Object> rows(Tree tree) {
		Set<Object> rows = new HashSet<>();
		collect(tree.getItems(), rows);
		return rows;
	}

	private static void collect(TreeItem[] items, Set<Object> rows) {
		for (TreeItem item : items) {
			item.getText(0); // a virtual row asks for its data when read
			Object data = item.getData();
			assertTrue(data instanceof Process || data instanceof OpenResource, "a row without its element: " + data);
			assertTrue(rows.add(data), "shown twice: " + data);
			if (item.getExpanded()) {
				collect(item.getItems(), rows);
			}
		}
	}
}

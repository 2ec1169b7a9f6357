package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import drover.protocol.ImageInfo;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.images.CheckpointSchedule;
import drover.ui.internal.images.ImageColumn;
import drover.ui.internal.images.ImageOperations;
import drover.ui.internal.images.ImageOrigin;
import drover.ui.internal.images.ImagesView;
import drover.ui.internal.images.ImagesViews;
import drover.ui.internal.images.RestoreVerdictDialog;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;

/**
 * The Images view on two real demo hosts with real CRIU: a checkpoint of a counter is listed with its sizes and
 * origin, restored on the other host from the view's menu (pre-flight there, copy, restore: it counts on), checkpointed
 * there and dragged back onto the first host's row in the Hosts view (restored there, counting on), that image copied
 * into the first host's library, and the first image deleted with
 * the agent's audit log saying so; a real schedule's checkpoints on the timeline, the schedule cancelled from the
 * console, and its oldest checkpoint restored: the counter goes back to that point and counts on from there.
 */
class ImagesViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);
	private static final String ONE = DemoCluster.name(1);
	private static final String TWO = DemoCluster.name(2);

	private static DemoCluster demo;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ConsoleSession session;

	@BeforeAll
	static void startCluster() throws Exception {
		demo = new DemoCluster(2);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		ImagesViews.close(window.getActivePage(), ONE);
		ImagesViews.close(window.getActivePage(), TWO);
		UiHosts.removeTestHosts(window.getActivePage(), DroverUiPlugin.getDefault().session());
		if (demo != null) {
			demo.close();
		}
	}

	@BeforeEach
	void open() throws Exception {
		page = ConnectedConsole.open(TIMEOUT, ONE, TWO);
		window = page.getWorkbenchWindow();
		session = DroverUiPlugin.getDefault().session();
	}

	@Test
	void aCheckpointIsListedRestoredElsewhereFromTheMenuAndByDragThenDeleted() throws Exception {
		Path counter = demo.home.dir().resolve("images-counter.txt");
		Files.deleteIfExists(counter);
		int pid = demo.spawn(ONE, "bash", "-c", "exec 3>" + counter + "; i=0; while :; do i=$((i+1)); echo $i >&3; sleep 0.05; done");
		Ui.waitFor(TIMEOUT, "the counter counting", () -> consecutive(counter) > 5);
		demo.drover("checkpoint", ONE, Integer.toString(pid));
		ImageInfo image = demo.images(ONE).stream().filter(i -> i.pid() == pid).findFirst().orElseThrow();
		int checkpointed = consecutive(counter);

		// listed with its process, both sizes, its age and its origin
		// opened as the operator does: Show Images on the host's row in the Hosts view
		HostsView hosts = (HostsView) page.showView(DroverUi.HOSTS_VIEW_ID);
		hosts.getViewer().setSelection(new StructuredSelection(session.host(ONE)), true);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ImagesViews.COMMAND_ID, null);
		ImagesView one = (ImagesView) Ui.waitFor(TIMEOUT, ONE + "'s Images view open",
				() -> page.findViewReference(ImagesView.ID, ONE) == null ? null : page.findViewReference(ImagesView.ID, ONE).getView(true));
		assertEquals("Images: " + ONE, one.getPartName());
		TableItem row = Ui.waitFor(TIMEOUT, image.name() + " listed in " + ONE + "'s Images view", () -> row(one, image.name()));
		assertEquals("PID " + pid + "  " + image.command(), row.getText(ImageColumn.PROCESS.ordinal()));
		assertEquals(ImageColumn.size(image.storedSize()), row.getText(ImageColumn.ON_DISK.ordinal()));
		assertEquals(ImageColumn.size(image.totalSize()), row.getText(ImageColumn.UNCOMPRESSED.ordinal()));
		assertTrue(image.totalSize() > 0 && image.storedSize() > 0, image.toString());
		assertEquals("checkpoint", row.getText(ImageColumn.ORIGIN.ordinal()));
		assertTrue(row.getText(ImageColumn.AGE.ordinal()).endsWith(" s"), row.getText(ImageColumn.AGE.ordinal()));
		save("ImagesViewTest.listed");

		// Restore on TWO from the menu: pre-flight there, copy, restore; it counts on from where it stopped
		select(one, image.name());
		String restored = outcome(ImageOperations.RESTORE_TITLE, () -> run(menu(one::fillImageMenu), ImagesView.RESTORE_ON, TWO));
		assertTrue(restored.contains("restored it there as PID " + pid), restored);
		assertNotNull(demo.process(TWO, pid), "PID " + pid + " does not run on " + TWO);
		int onTwo = Ui.waitFor(TIMEOUT, "the counter going on on " + TWO, () -> {
			int n = consecutive(counter);
			return n > checkpointed + 5 ? n : null;
		});
		assertTrue(demo.images(ONE).stream().anyMatch(i -> i.name().equals(image.name())), "the image stays on " + ONE);
		assertTrue(demo.images(TWO).stream().noneMatch(i -> i.name().equals(image.name())), "the copy on " + TWO + " was not removed");

		// checkpointed there, and its image dragged from TWO's Images view onto ONE's row in the Hosts view
		demo.drover("checkpoint", TWO, Integer.toString(pid));
		ImageInfo back = demo.images(TWO).stream().filter(i -> i.pid() == pid).findFirst().orElseThrow();
		int stoppedOnTwo = consecutive(counter);
		assertTrue(stoppedOnTwo >= onTwo);
		ImagesView two = ImagesViews.open(page, TWO);
		TableItem dragged = Ui.waitFor(TIMEOUT, back.name() + " listed in " + TWO + "'s Images view", () -> row(two, back.name()));
		page.activate(two);
		Ui.drain();
		TableItem target = UiHosts.row(hosts, ONE);
		Rectangle cell = target.getBounds(0);
		Point onRow = target.getParent().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
		Rectangle from = dragged.getBounds(0);
		Point onImage = dragged.getParent().toDisplay(from.x + from.width / 2, from.y + from.height / 2);
		String droppedBack = outcome(ImageOperations.RESTORE_TITLE, () -> Mouse.drag(onImage, onRow));
		assertTrue(droppedBack.contains("restored it there as PID " + pid), droppedBack);
		assertNotNull(demo.process(ONE, pid), "PID " + pid + " does not run on " + ONE + " after the drop");
		Ui.waitFor(TIMEOUT, "the counter going on on " + ONE, () -> consecutive(counter) > stoppedOnTwo + 5);
		demo.killTree(ONE, pid);

		// Copy to: TWO's image goes into ONE's library too, checked file by file, and stays on both
		select(two, back.name());
		String copied = outcome(ImageOperations.COPY_TITLE, () -> run(menu(two::fillImageMenu), ImagesView.COPY_TO, ONE));
		assertTrue(copied.contains("SHA-256 of each file matches"), copied);
		TableItem copy = Ui.waitFor(TIMEOUT, back.name() + " listed on " + ONE, () -> row(one, back.name()));
		assertEquals(ImageColumn.size(back.totalSize()), copy.getText(ImageColumn.UNCOMPRESSED.ordinal()));
		assertTrue(images(TWO).stream().anyMatch(i -> i.name().equals(back.name())), "the original stays on " + TWO);

		// Delete: asked first, then gone from the library and the view; the agent's audit log has it
		Dialogs confirm = Dialogs.whenOpen(ImageOperations.DELETE_TITLE, shell -> Dialogs.press(shell, "Delete"));
		select(one, image.name());
		run(menu(one::fillImageMenu), ImagesView.DELETE, null);
		Ui.waitFor(TIMEOUT, "the confirmation", () -> confirm.seen != null);
		assertTrue(confirm.text.contains(image.name()), confirm.text);
		Ui.waitFor(TIMEOUT, image.name() + " gone from " + ONE, () -> images(ONE).stream().noneMatch(i -> i.name().equals(image.name())));
		Ui.waitFor(TIMEOUT, image.name() + " gone from the view", () -> row(one, image.name()) == null);
		String audit = demo.drover("history", ONE);
		assertTrue(audit.lines().anyMatch(l -> l.contains("delete-image") && l.contains(image.name())), audit);
		save("ImagesViewTest.deleted");
	}

	@Test
	void theTimelineShowsAScheduleCheckpointsAndAnOlderOneRestores() throws Exception {
		Path counter = demo.home.dir().resolve("schedule-counter.txt");
		Files.deleteIfExists(counter);
		// appended (O_APPEND): CRIU then restores the descriptor whatever size the file has grown to since
		int pid = demo.spawn(ONE, "bash", "-c", "exec 3>>" + counter + "; i=0; while :; do i=$((i+1)); echo $i >&3; sleep 0.1; done");
		Ui.waitFor(TIMEOUT, "the counter counting", () -> numbers(counter).size() > 3);
		String out = demo.drover("schedule", "checkpoint", ONE, Integer.toString(pid), "--every", "2s", "--keep", "3",
				"--leave-running");
		Matcher m = Pattern.compile("Schedule (\\S+) on").matcher(out);
		assertTrue(m.find(), out);
		String id = m.group(1);

		ImagesView one = ImagesViews.open(page, ONE);
		Ui.waitFor(TIMEOUT, "the schedule's third run", () -> one.getLibrary() != null
				&& one.getLibrary().schedules().stream().anyMatch(s -> s.id().equals(id) && s.runs() >= 3)
				&& one.getLibrary().scheduled(id).size() == 3);
		// the schedule's row selected: the timeline follows it
		CheckpointSchedule schedule = one.getLibrary().schedules().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
		one.getSchedules().viewer().setSelection(new StructuredSelection(schedule), true);
		Ui.drain();
		assertTrue(one.getTimeline().getTitle().contains(id + ": "), one.getTimeline().getTitle());
		save("ImagesViewTest.timeline");

		// while the process runs, its PIDs are taken here: the pre-flight's verdicts show and block, nothing is touched
		Dialogs blocked = Dialogs.whenOpen(RestoreVerdictDialog.TITLE, shell -> {
			try {
				Screenshots.save(shell, "ImagesViewTest.blocked");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Dialogs.press(shell, "Close");
		});
		ImageInfo first = one.getLibrary().scheduled(id).get(0);
		run(menu(menu -> one.fillRestoreMenu(menu, first)), ImagesView.RESTORE_HERE, null);
		Ui.waitFor(TIMEOUT, "the pre-flight's verdicts", () -> blocked.seen != null);
		assertTrue(blocked.text.contains("ERROR | " + pid + " | pid " + pid), blocked.text);
		assertTrue(blocked.text.contains("cannot be restored there"), blocked.text);
		assertNotNull(demo.process(ONE, pid), "PID " + pid + " still runs, untouched");

		// cancelled from the console: the agent lists it no more, its images stay
		Dialogs confirm = Dialogs.whenOpen(ImageOperations.CANCEL_SCHEDULE_TITLE, shell -> Dialogs.press(shell, "Cancel Schedule"));
		run(menu(one::fillScheduleMenu), ImagesView.CANCEL_SCHEDULE, null);
		Ui.waitFor(TIMEOUT, "the schedule gone from " + ONE, () -> confirm.seen != null
				&& cli("schedules", ONE).contains("No checkpoint schedules"));
		Thread.sleep(1000); // a run under way when it was cancelled ends (and prunes) by itself
		long asked = System.currentTimeMillis();
		one.refresh();
		Ui.waitFor(TIMEOUT, "the view without the schedule", () -> one.getLibrary().fetchedAt() > asked
				&& one.getLibrary().schedules().isEmpty());
		List<ImageInfo> shown = one.getTimeline().getImages();
		List<String> agent = images(ONE).stream().filter(i -> id.equals(ImageOrigin.scheduleId(i.name())))
				.sorted(Comparator.comparingLong(ImageInfo::createdAt)).map(ImageInfo::name).toList();
		assertEquals(agent, shown.stream().map(ImageInfo::name).toList(), "the timeline: the schedule's checkpoints, oldest first");
		assertEquals(3, shown.size(), "--keep 3: " + shown);
		assertTrue(one.getTimeline().getTitle().contains(id + ": 3 checkpoint(s)"), one.getTimeline().getTitle());
		assertTrue(shown.stream().allMatch(i -> i.storedSize() > 0 && i.totalSize() >= i.storedSize()), shown.toString());
		assertEquals("schedule", row(one, shown.get(0).name()).getText(ImageColumn.ORIGIN.ordinal()));

		// back to the oldest checkpoint: the process ends here, the timeline's oldest image is restored here
		demo.killTree(ONE, pid);
		Ui.waitFor(TIMEOUT, "PID " + pid + " gone", () -> uncheck(() -> demo.process(ONE, pid)) == null);
		Thread.sleep(300); // the file's last line written
		int last = numbers(counter).getLast();
		int lines = numbers(counter).size();
		ImageInfo oldest = one.getTimeline().getImages().get(0);
		one.getTimeline().select(oldest);
		String restored = outcome(ImageOperations.RESTORE_TITLE,
				() -> run(menu(menu -> one.fillRestoreMenu(menu, one.getTimeline().getSelection())), ImagesView.RESTORE_HERE, null));
		assertTrue(restored.contains("Restored image " + oldest.name() + " on " + ONE + " as PID " + pid), restored);
		List<Integer> after = Ui.waitFor(TIMEOUT, "the restored counter counting", () -> {
			List<Integer> n = numbers(counter);
			return n.size() > lines + 5 ? n.subList(lines, n.size()) : null;
		});
		int resumedFrom = after.get(0);
		assertTrue(resumedFrom < last - 5, "back to the older checkpoint: " + resumedFrom + " after " + last);
		for (int i = 1; i < after.size(); i++) {
			assertEquals(resumedFrom + i, after.get(i), "the restored counter counts on from its checkpoint: " + after);
		}
		demo.killTree(ONE, pid);
		save("ImagesViewTest.restoredOlder");
	}

	private static String cli(String... args) {
		try {
			return demo.drover(args);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private List<ImageInfo> images(String host) {
		return uncheck(() -> demo.images(host));
	}

	private interface Io<T> {
		T get() throws IOException;
	}

	private static <T> T uncheck(Io<T> io) {
		try {
			return io.get();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs {@code action} and waits for the dialog titled {@code title} (the pre-flight's, if it asks, is answered). */
	private static String outcome(String title, Runnable action) {
		Dialogs preflight = Dialogs.whenOpen(RestoreVerdictDialog.TITLE, shell -> Dialogs.press(shell, "Restore"));
		Dialogs done = Dialogs.whenOpen(title, shell -> Dialogs.press(shell, "OK"));
		try {
			action.run();
			Ui.waitFor(TIMEOUT, "the outcome of '" + title + "'", () -> done.seen != null);
			return done.text;
		} finally {
			preflight.stop();
			done.stop();
		}
	}

	private static MenuManager menu(java.util.function.Consumer<IMenuManager> fill) {
		MenuManager menu = new MenuManager();
		fill.accept(menu);
		return menu;
	}

	/** Runs the menu's action {@code label} (in its submenu {@code host} when given). */
	private static void run(MenuManager menu, String label, String host) {
		for (IContributionItem item : menu.getItems()) {
			if (host != null && item instanceof MenuManager sub && label.equals(sub.getMenuText())) {
				run(sub, host, null);
				return;
			}
			if (host == null && item instanceof org.eclipse.jface.action.ActionContributionItem a
					&& label.equals(a.getAction().getText())) {
				IAction action = a.getAction();
				assertTrue(action.isEnabled(), label + " is disabled");
				action.run();
				return;
			}
		}
		throw new AssertionError("no '" + label + "' in the menu");
	}

	private static void select(ImagesView view, String name) {
		ImageInfo image = Ui.waitFor(TIMEOUT, name + " in the view",
				() -> view.getLibrary() == null ? null : view.getLibrary().image(name));
		view.getViewer().setSelection(new StructuredSelection(image), true);
		Ui.drain();
	}

	private static TableItem row(ImagesView view, String name) {
		Table table = view.getViewer().getTable();
		for (TableItem item : table.getItems()) {
			if (name.equals(item.getText(ImageColumn.NAME.ordinal()))) {
				return item;
			}
		}
		return null;
	}

	/** How many numbers the counter wrote, asserting they are 1..n: a lost offset or memory breaks the run. */
	private static int consecutive(Path file) {
		List<Integer> numbers = numbers(file);
		for (int i = 0; i < numbers.size(); i++) {
			assertEquals(i + 1, numbers.get(i), file + " is not 1..n at line " + (i + 1) + ": the state was lost");
		}
		return numbers.size();
	}

	private static List<Integer> numbers(Path file) {
		try {
			if (!Files.exists(file)) {
				return List.of();
			}
			// a line being written is not a number yet
			return Files.readString(file).lines().filter(l -> l.matches("\\d+")).map(Integer::parseInt).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void save(String name) {
		try {
			Screenshots.save(window.getShell(), name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

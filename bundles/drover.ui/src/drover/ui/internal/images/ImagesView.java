package drover.ui.internal.images;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.protocol.ImageInfo;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.session.HostEntries;

/**
 * A host's image library (one view per host, the secondary id names it, as for process views): every image with
 * its process, size on disk and uncompressed, age and origin; below, the host's checkpoint schedules and the
 * timeline of the selected image's process or the selected schedule. Asks the agent every few seconds while open.
 * Images are restored, copied, deleted from the context menus, or dragged onto another host.
 */
public class ImagesView extends ViewPart {

	public static final String ID = "drover.ui.views.images";
	/** Context menu labels (tests find the actions by them). */
	public static final String RESTORE_HERE = "&Restore Here";
	public static final String RESTORE_ON = "Restore &on";
	public static final String COPY_TO = "&Copy to";
	public static final String DELETE = "&Delete...";
	public static final String CANCEL_SCHEDULE = "&Cancel Schedule...";

	static final int POLL_MILLIS = 5000;
	private static final Set<ImagesView> OPEN = new CopyOnWriteArraySet<>();

	private ConsoleSession session;
	private ImageOperations operations;
	private String host;
	private TableViewer images;
	private ScheduleTable schedules;
	private CheckpointTimeline timeline;
	private ImageDropTargets dropTargets;
	private Library library;
	private LibraryFetch fetching;
	private String problem;
	/** What the timeline follows: a schedule's ID, or an image whose series it shows. */
	private String followedSchedule;
	private ImageInfo followedImage;
	private final Runnable poll = this::poll;
	/** Set while a fetched library replaces the old one: selections put back then are not the operator's. */
	private boolean restoring;

	/** Every open Images view asks its agent again (after an operation changed a library). */
	static void refreshAll() {
		OPEN.forEach(ImagesView::refresh);
	}

	@Override
	public void createPartControl(Composite parent) {
		session = DroverUiPlugin.getDefault().session();
		operations = new ImageOperations(session, parent.getDisplay());
		host = getViewSite().getSecondaryId();
		if (host != null) {
			setPartName("Images: " + host);
		}
		SashForm vertical = new SashForm(parent, SWT.VERTICAL);
		images = new TableViewer(vertical, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		for (ImageColumn column : ImageColumn.values()) {
			TableViewerColumn c = new TableViewerColumn(images, column == ImageColumn.ON_DISK
					|| column == ImageColumn.UNCOMPRESSED ? SWT.RIGHT : SWT.LEFT);
			c.getColumn().setText(column.title);
			c.getColumn().setWidth(column.width);
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((ImageInfo) element, System.currentTimeMillis());
				}

				@Override
				public String getToolTipText(Object element) {
					ImageInfo i = (ImageInfo) element;
					return i.name() + " (" + Instant.ofEpochMilli(i.createdAt()) + ", CRIU " + i.criuVersion() + ")\nPID "
							+ i.pid() + " with " + (i.pids() == null ? 1 : i.pids().size()) + " process(es): " + i.command();
				}
			});
		}
		images.getTable().setHeaderVisible(true);
		images.getTable().setLinesVisible(true);
		images.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(images);
		SashForm below = new SashForm(vertical, SWT.HORIZONTAL);
		schedules = new ScheduleTable(below);
		timeline = new CheckpointTimeline(below);
		below.setWeights(45, 55);
		vertical.setWeights(55, 45);
		if (host == null || session.host(host) == null) {
			setContentDescription(host == null ? "No host selected: open images from the Hosts view (Show Images)."
					: "There is no host named " + host + ".");
			return;
		}
		images.addSelectionChangedListener(e -> {
			if (!restoring && e.getStructuredSelection().getFirstElement() instanceof ImageInfo image) {
				followedImage = image;
				followedSchedule = null;
				showTimeline();
			}
		});
		schedules.viewer().addSelectionChangedListener(e -> {
			if (!restoring && e.getStructuredSelection().getFirstElement() instanceof CheckpointSchedule s) {
				followedSchedule = s.id();
				followedImage = null;
				showTimeline();
			}
		});
		menu(images.getControl(), this::fillImageMenu);
		menu(timeline.getControl(), m -> fillRestoreMenu(m, timeline.getSelection()));
		menu(schedules.viewer().getControl(), this::fillScheduleMenu);
		ImageDrag.dragFrom(images, host);
		ImageDrag.dropOn(images.getControl(), host, (d, target) -> operations.copy(d.host(), d.image(), target));
		dropTargets = new ImageDropTargets(getSite().getPage(), (d, target) -> operations.restore(d.host(), d.image(), target));
		dropTargets.install();
		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		refresh.setToolTipText("Ask " + host + "'s agent now (the view asks every " + POLL_MILLIS / 1000 + " s)");
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getSite().setSelectionProvider(images);
		OPEN.add(this);
		poll();
	}

	private static void menu(Control control, java.util.function.Consumer<IMenuManager> fill) {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(fill::accept);
		control.setMenu(menu.createContextMenu(control));
	}

	/** The image table's menu: restore it here or elsewhere, copy it, delete it. */
	public void fillImageMenu(IMenuManager menu) {
		ImageInfo image = selectedImage();
		fillRestoreMenu(menu, image);
		menu.add(hosts(COPY_TO, image, target -> operations.copy(host, image.name(), target)));
		menu.add(new Separator());
		menu.add(action(DELETE, image != null, () -> operations.delete(host, image.name())));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Restore Here and Restore on HOST for {@code image} (the table's or the timeline's). */
	public void fillRestoreMenu(IMenuManager menu, ImageInfo image) {
		menu.add(action(RESTORE_HERE, image != null, () -> operations.restore(host, image.name(), host)));
		menu.add(hosts(RESTORE_ON, image, target -> operations.restore(host, image.name(), target)));
	}

	/** The schedule table's menu. */
	public void fillScheduleMenu(IMenuManager menu) {
		CheckpointSchedule s = schedules.selection();
		menu.add(action(CANCEL_SCHEDULE, s != null, () -> operations.cancelSchedule(host, s.id())));
	}

	private MenuManager hosts(String title, ImageInfo image, java.util.function.Consumer<String> run) {
		MenuManager sub = new MenuManager(title);
		for (Host other : session.cluster().getHosts()) {
			if (!other.getName().equals(host) && other.getStatus() == ConnectionStatus.CONNECTED) {
				sub.add(action(other.getName(), image != null, () -> run.accept(other.getName())));
			}
		}
		if (sub.isEmpty()) {
			sub.add(action("(no other connected host)", false, () -> {
			}));
		}
		return sub;
	}

	private static Action action(String label, boolean enabled, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	private ImageInfo selectedImage() {
		IStructuredSelection s = images.getStructuredSelection();
		return s.getFirstElement() instanceof ImageInfo i ? i : null;
	}

	/** Asks the agent now (unless a request is under way). */
	public void refresh() {
		Host h = session.host(host);
		if (h == null || images.getControl().isDisposed() || fetching != null) {
			return;
		}
		if (h.getStatus() != ConnectionStatus.CONNECTED) {
			setContentDescription(host + " is not connected: connect it in the Hosts view to see its images.");
			return;
		}
		fetching = new LibraryFetch(session, HostEntries.of(h), images.getControl().getDisplay(), this::show, why -> {
			fetching = null;
			problem = why;
			if (!images.getControl().isDisposed()) {
				setContentDescription("Cannot list the images on " + host + ": " + why);
			}
		});
		fetching.schedule();
	}

	private void poll() {
		if (images.getControl().isDisposed()) {
			return;
		}
		refresh();
		images.getControl().getDisplay().timerExec(POLL_MILLIS, poll);
	}

	private void show(Library fetched) {
		fetching = null;
		if (images.getControl().isDisposed()) {
			return;
		}
		library = fetched;
		problem = null;
		ImageInfo selected = selectedImage();
		restoring = true;
		try {
			images.setInput(fetched.images());
			if (selected != null && fetched.image(selected.name()) != null) {
				images.setSelection(new StructuredSelection(fetched.image(selected.name())), true);
			}
			schedules.setInput(fetched);
		} finally {
			restoring = false;
		}
		long stored = fetched.images().stream().mapToLong(ImageInfo::storedSize).sum();
		setContentDescription(fetched.images().size() + " image(s), " + ImageColumn.size(stored) + " on disk; "
				+ fetched.schedules().size() + " checkpoint schedule(s). Drag an image onto another host to restore it there.");
		showTimeline();
	}

	private void showTimeline() {
		if (library == null) {
			return;
		}
		if (followedSchedule != null) {
			timeline.setSeries("Schedule " + followedSchedule + ": " + library.scheduled(followedSchedule).size()
					+ " checkpoint(s), oldest on the left", library.scheduled(followedSchedule));
		} else if (followedImage != null) {
			List<ImageInfo> series = new ArrayList<>(library.series(followedImage));
			String schedule = ImageOrigin.scheduleId(followedImage.name());
			timeline.setSeries((schedule != null ? "Schedule " + schedule : "PID " + followedImage.pid() + " "
					+ followedImage.command()) + ": " + series.size() + " checkpoint(s), oldest on the left", series);
		}
	}

	@Override
	public void setFocus() {
		images.getControl().setFocus();
	}

	@Override
	public void dispose() {
		OPEN.remove(this);
		if (dropTargets != null) {
			dropTargets.dispose();
		}
		super.dispose();
	}

	/** The host shown, for tests. */
	public String getHost() {
		return host;
	}

	/** The images table, for tests. */
	public TableViewer getViewer() {
		return images;
	}

	public ScheduleTable getSchedules() {
		return schedules;
	}

	public CheckpointTimeline getTimeline() {
		return timeline;
	}

	/** The library last fetched, or null; for tests. */
	public Library getLibrary() {
		return library;
	}

	/** Why the last fetch failed, or null. */
	public String getProblem() {
		return problem;
	}

	/** Follows a schedule in the timeline (as selecting its row does); for tests. */
	public void showSchedule(String id) {
		followedSchedule = id;
		followedImage = null;
		showTimeline();
	}
}

package drover.ui.internal.images;

import java.time.Instant;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The host's checkpoint schedules as its agent lists them: ID, PID, period and how many images it keeps, runs, the
 * last run and its result, and how many of its images the library holds now. Selecting one shows its checkpoints on
 * the timeline.
 */
public final class ScheduleTable {

	private final TableViewer viewer;
	private Library library;

	ScheduleTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		column("Schedule", 200, CheckpointSchedule::id);
		column("PID", 60, s -> Integer.toString(s.pid()));
		column("Period", 170, CheckpointSchedule::every);
		column("Runs", 50, s -> Integer.toString(s.runs()));
		column("Images", 60, s -> library == null ? "" : Integer.toString(library.scheduled(s.id()).size()));
		column("Last run", 90, s -> s.lastRun() == 0 ? "never" : ImageColumn.age(System.currentTimeMillis() - s.lastRun()) + " ago");
		column("Last result", 400, CheckpointSchedule::lastResult);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private void column(String title, int width, Function<CheckpointSchedule, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CheckpointSchedule) element);
			}

			@Override
			public String getToolTipText(Object element) {
				CheckpointSchedule s = (CheckpointSchedule) element;
				return s.id() + " by " + s.user() + " since " + Instant.ofEpochMilli(s.createdAt()) + "\n" + s.lastResult();
			}
		});
	}

	void setInput(Library library) {
		this.library = library;
		CheckpointSchedule selected = selection();
		viewer.setInput(library.schedules());
		if (selected != null) {
			library.schedules().stream().filter(s -> s.id().equals(selected.id())).findFirst()
					.ifPresent(s -> viewer.setSelection(new StructuredSelection(s)));
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	public CheckpointSchedule selection() {
		return viewer.getStructuredSelection().getFirstElement() instanceof CheckpointSchedule s ? s : null;
	}
}

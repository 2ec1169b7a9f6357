package drover.ui.internal.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.PartInitException;

import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.Migration;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.report.ReportEditors;
import drover.ui.internal.report.ReportInput;
import drover.ui.internal.session.ConsoleSession;

/** The history view's actions: fetch the agents' records, save records as a report file, open a cost report. */
public final class HistoryActions {

	public static final String SAVE_REPORT = "Save Report...";
	public static final String OPEN_REPORT = "Open Cost Report";
	public static final String REFRESH = "Fetch Agents' Records";

	private final ConsoleSession session;
	private final TableViewer viewer;
	private final IWorkbenchPartSite site;
	private final HistoryPolling polling;

	HistoryActions(ConsoleSession session, TableViewer viewer, IWorkbenchPartSite site, HistoryPolling polling) {
		this.session = session;
		this.viewer = viewer;
		this.site = site;
		this.polling = polling;
	}

	void fill(IContributionManager manager) {
		manager.add(action(REFRESH, ISharedImages.IMG_ELCL_SYNCED, this::fetch));
		manager.add(action(OPEN_REPORT, ISharedImages.IMG_OBJ_FILE, this::openReport));
		manager.add(action(SAVE_REPORT, ISharedImages.IMG_ETOOL_SAVE_EDIT, this::askAndSave));
	}

	/** Schedules the fetch of the connected agents' records (the view also fetches them by itself, see HistoryPolling). */
	public Job fetch() {
		return polling.fetch();
	}

	/** Opens the cost report of the selected records (or the newest one). */
	public void openReport() {
		List<Migration> records = selectedOrAll(true);
		if (records.isEmpty()) {
			return;
		}
		String name = records.size() == 1 ? records.get(0).getId() : records.size() + " migrations";
		try {
			ReportEditors.open(site.getPage(), ReportInput.ofRecords(ReportSnapshot.of(name, records), name));
		} catch (PartInitException e) {
			ErrorDialog.openError(site.getShell(), "Cost Report", "Cannot open the cost report.", e.getStatus());
		}
	}

	private void askAndSave() {
		FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
		dialog.setText("Save Report");
		dialog.setFilterExtensions(new String[] { "*.xmi" });
		dialog.setFileName("drover-report.xmi");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			save(Path.of(chosen));
		}
	}

	/** Writes the selected records (all when none is selected) to the file, in a job. */
	public Job save(Path file) {
		List<Migration> records = selectedOrAll(false);
		Cluster report = ReportSnapshot.of(session.cluster().getName(), records);
		Job job = Job.create("Saving report " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				ReportFiles.save(report, file);
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, DroverUiPlugin.PLUGIN_ID, "Cannot save the report to " + file + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	@SuppressWarnings("unchecked")
	private List<Migration> selectedOrAll(boolean newestOnly) {
		List<Migration> selected = viewer.getStructuredSelection().toList();
		if (!selected.isEmpty()) {
			return selected;
		}
		List<Migration> all = session.cluster().getMigrations();
		if (newestOnly) {
			return all.stream().max(java.util.Comparator.comparingLong(Migration::getStartedAt)).map(List::of).orElse(List.of());
		}
		return List.copyOf(all);
	}

	private static Action action(String text, String image, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text);
		action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
		return action;
	}
}

package drover.ui.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.Migration;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.charts.ChartsPanel;
import drover.ui.internal.history.MigrationTable;

/**
 * A report's cost charts (phases, image composition, downtime against image size, throughput per host
 * pair) above the table of its migrations, and beside it what the images are made of (pages by kind of
 * mapping, metadata, files; {@link RecordDetails}) and what a fork's copy does not share; selecting rows
 * charts and details just those. A report file is read in a job; the editor is read-only.
 */
public class ReportEditor extends EditorPart {

	private ChartsPanel charts;
	private TableViewer table;
	private RecordDetails details;
	private Cluster report;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		ReportInput reportInput;
		if (input instanceof ReportInput r) {
			reportInput = r;
		} else if (input instanceof IPathEditorInput p) {
			reportInput = ReportInput.ofFile(p.getPath().toPath());
		} else {
			throw new PartInitException("Not a Drover report: " + input.getName());
		}
		setSite(site);
		setInput(reportInput);
		setPartName(reportInput.getName());
		setTitleToolTip(reportInput.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		charts = new ChartsPanel(sash, ChartKind.ALL);
		SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
		table = MigrationTable.create(bottom);
		details = new RecordDetails(bottom);
		bottom.setWeights(64, 36);
		sash.setWeights(58, 42);
		table.addSelectionChangedListener(e -> chartSelection());
		getSite().setSelectionProvider(table);
		ReportInput input = (ReportInput) getEditorInput();
		if (input.report() != null) {
			show(input.report());
		} else {
			load(input.file(), parent.getDisplay());
		}
	}

	private void load(Path file, Display display) {
		setContentDescription("Reading " + file + "...");
		Job job = Job.create("Reading report " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				Cluster loaded = ReportFiles.load(file);
				display.asyncExec(() -> {
					if (!table.getControl().isDisposed()) {
						show(loaded);
					}
				});
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				display.asyncExec(() -> {
					if (!table.getControl().isDisposed()) {
						setContentDescription(e.getMessage());
					}
				});
				return new Status(IStatus.ERROR, DroverUiPlugin.PLUGIN_ID, "Cannot read the report " + file, e);
			}
		});
		job.schedule();
	}

	private void show(Cluster loaded) {
		report = loaded;
		int n = loaded.getMigrations().size();
		setContentDescription(n + (n == 1 ? " record" : " records") + (loaded.getName() != null ? " \u2014 " + loaded.getName() : ""));
		table.setInput(loaded.getMigrations());
		charts.show(loaded.getMigrations());
		details.show(loaded.getMigrations());
	}

	private void chartSelection() {
		if (report == null) {
			return;
		}
		IStructuredSelection selection = table.getStructuredSelection();
		@SuppressWarnings("unchecked")
		List<Migration> selected = selection.isEmpty() ? report.getMigrations() : (List<Migration>) selection.toList();
		charts.show(selected);
		details.show(selected);
	}

	/** The report shown, or null while it is being read (or when it could not be). */
	public Cluster getReport() {
		return report;
	}

	public TableViewer getViewer() {
		return table;
	}

	public ChartsPanel getCharts() {
		return charts;
	}

	/** The image composition and fork differences beside the table. */
	public RecordDetails getDetails() {
		return details;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}

package drover.ui.internal.report;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.Result;
import drover.ui.internal.charts.ChartCanvas;

/**
 * An evacuation's summary report in the report viewer: what moved, what failed and why, what was left; below it
 * each tree's predicted against actual cost as a table and as a chart (hover for values, drag to zoom,
 * right-click to export). Read-only.
 */
public class EvacuationReportEditor extends EditorPart {

	public static final String ID = "drover.ui.editors.evacuationReport";

	private Text summary;
	private TableViewer table;
	private ChartCanvas chart;

	public static EvacuationReportEditor open(IWorkbenchPage page, EvacuationRecord record) throws PartInitException {
		page.setEditorAreaVisible(true);
		return (EvacuationReportEditor) page.openEditor(new EvacuationReportInput(record), ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof EvacuationReportInput)) {
			throw new PartInitException("Not an evacuation report: " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		EvacuationRecord r = record();
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		summary = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		summary.setText(EvacuationSummary.text(r));
		table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		for (int i = 0; i < EvacuationSummary.COLUMNS.size(); i++) {
			int index = i;
			TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
			c.getColumn().setText(EvacuationSummary.COLUMNS.get(i));
			c.getColumn().setWidth(i == 0 ? 200 : i == EvacuationSummary.COLUMNS.size() - 1 ? 300 : 95);
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return EvacuationSummary.row((Result) element)[index];
				}
			});
		}
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(r.results);
		chart = new ChartCanvas(sash, SWT.NONE);
		chart.setChart(EvacuationSummary.chart(r));
		sash.setWeights(20, 35, 45);
		setContentDescription(r.results.size() + " tree(s), " + r.moved() + " moved");
	}

	public EvacuationRecord record() {
		return ((EvacuationReportInput) getEditorInput()).record();
	}

	public TableViewer getViewer() {
		return table;
	}

	public ChartCanvas getChart() {
		return chart;
	}

	public String summaryText() {
		return summary.getText();
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

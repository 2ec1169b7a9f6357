package drover.ui.internal.evacuation;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import drover.core.evacuation.Sizes;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationPlan.Step;

/**
 * Page 1: the host's process trees (every one that is not init, a kernel thread or the agent), largest first, with
 * the pre-flight verdict, the action the planner proposes and the action that will be done; the Action cell is a
 * choice of migrate, migrate post-copy, checkpoint, stop or leave.
 */
public final class ProcessesPage extends WizardPage {

	private final EvacuationWizard wizard;
	private TableViewer viewer;

	ProcessesPage(EvacuationWizard wizard) {
		super("processes");
		this.wizard = wizard;
		setTitle("Processes of " + wizard.host());
		setDescription("What happens to each process tree; click an Action to change it.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Label help = new Label(body, SWT.WRAP);
		help.setText("The planner proposes post-copy above 1 GiB resident, and leaves what pre-flight refuses. Each tree moves"
				+ " with all its descendants.");
		help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 300;
		data.widthHint = 800;
		table.setLayoutData(data);
		column("PID", 70, s -> Integer.toString(s.pid()));
		column("Command", 260, Step::command);
		column("User", 70, Step::user);
		column("Processes", 70, s -> Integer.toString(s.pids().size()));
		column("Resident", 90, s -> Sizes.human(s.residentBytes()));
		column("Pre-flight", 80, Step::verdict);
		column("Proposed", 120, s -> s.proposed().name());
		TableViewerColumn action = column("Action", 150, s -> s.action().name() + (s.overridden() ? " *" : ""));
		action.setEditingSupport(new ActionEditing(viewer));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		wizard.onPlan(this::refresh);
		refresh();
		setControl(body);
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Step, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}

			@Override
			public String getToolTipText(Object element) {
				Step s = (Step) element;
				return s.immovableReason() != null ? s.immovableReason() : String.join("\n", s.reasons());
			}
		});
		return c;
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		EvacuationPlan plan = wizard.plan();
		if (wizard.problem() != null) {
			setErrorMessage(wizard.problem());
		} else {
			setErrorMessage(null);
			setMessage(plan == null || !wizard.planCurrent() ? "Planning: asking " + wizard.host() + " and the other connected hosts..."
					: plan.steps().size() + " process tree(s) on " + wizard.host(), NONE);
		}
		if (plan != null) {
			viewer.setInput(plan.steps());
		}
		setPageComplete(plan != null && wizard.problem() == null);
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** What the Action cell sets: as if the operator chose {@code action} for the tree of {@code pid}. */
	public void setAction(int pid, EvacuationAction action) {
		wizard.choose(wizard.choices().withAction(pid, action));
	}

	private final class ActionEditing extends EditingSupport {

		private final ComboBoxViewerCellEditor editor;

		ActionEditing(TableViewer viewer) {
			super(viewer);
			editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider());
			editor.setInput(List.of(EvacuationAction.values()));
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Step) element).action();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof EvacuationAction a && a != ((Step) element).action()) {
				setAction(((Step) element).pid(), a);
			}
		}
	}
}

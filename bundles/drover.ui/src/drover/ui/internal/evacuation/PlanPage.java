package drover.ui.internal.evacuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import drover.core.evacuation.Sizes;
import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan;
import drover.protocol.EvacuationPlan.Alternative;
import drover.protocol.EvacuationPlan.Step;

/**
 * Page 2: the plan as a table (process, action, target, reasons, predicted downtime and size, verdict) with the
 * total above it; a Target cell chooses another host for a move, and the selected row's reasons and ranked
 * alternatives (with why each is worse, or why it was excluded) show below.
 */
public final class PlanPage extends WizardPage {

	private final EvacuationWizard wizard;
	private TableViewer viewer;
	private Label total;
	private Text details;

	PlanPage(EvacuationWizard wizard) {
		super("plan");
		this.wizard = wizard;
		setTitle("The plan");
		setDescription("Where each tree goes and why; click a Target to send it elsewhere.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		total = new Label(body, SWT.WRAP);
		total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 380;
		data.widthHint = 900;
		sash.setLayoutData(data);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Process", 200, s -> s.pid() + " " + s.command());
		column("Action", 130, s -> s.action().name() + (s.overridden() ? " *" : ""));
		column("Target", 110, s -> s.target() == null ? "\u2014" : s.target()).setEditingSupport(new TargetEditing(viewer));
		column("Reasons", 260, s -> s.immovableReason() != null ? s.immovableReason() : String.join("; ", s.reasons()));
		column("Downtime", 75, s -> s.action().moves() ? Sizes.millis(s.predicted().downtimeMillis()) : "\u2014");
		column("Size", 80, s -> s.predicted().imageBytes() > 0 ? Sizes.human(s.predicted().imageBytes()) : "\u2014");
		column("Verdict", 70, Step::verdict);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(60, 40);
		viewer.addSelectionChangedListener(e -> showDetails());
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
		});
		return c;
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		EvacuationPlan plan = wizard.plan();
		setErrorMessage(wizard.problem());
		if (plan != null) {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			viewer.setInput(plan.steps());
			if (selected instanceof Step s && plan.step(s.pid()) != null) {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(plan.step(s.pid())));
			}
			total.setText(totalText(plan) + (wizard.planCurrent() ? "" : "   (planning again...)"));
			showDetails();
		} else {
			total.setText("Planning...");
		}
		total.getParent().layout();
		setPageComplete(wizard.planCurrent());
	}

	static String totalText(EvacuationPlan plan) {
		EvacuationPlan.Cost t = plan.total();
		long moves = plan.steps().stream().filter(s -> s.action().moves()).count();
		long left = plan.steps().stream().filter(s -> s.action() == EvacuationAction.LEAVE).count();
		return String.format(Locale.ROOT, "%d tree(s): %d move, %d stay. Predicted: %s downtime in all, %s of images, about %s"
				+ " with %d at a time.%s", plan.steps().size(), moves, left, Sizes.millis(t.downtimeMillis()), Sizes.human(t.imageBytes()),
				Sizes.millis(t.totalMillis()), plan.parallel(), plan.notes().isEmpty() ? "" : " " + String.join(" ", plan.notes()));
	}

	private void showDetails() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		details.setText(
				selected instanceof Step s ? describe(s) : "Select a row to see why its target was chosen and how the others rank.");
	}

	/** The reasons for a step and its ranked alternatives, as the details pane shows them. */
	public static String describe(Step s) {
		StringBuilder b = new StringBuilder();
		b.append("PID ").append(s.pid()).append(" (").append(s.command()).append("), ").append(s.pids().size()).append(" process(es), ")
				.append(Sizes.human(s.residentBytes())).append(" resident: ").append(s.action())
				.append(s.target() != null ? " to " + s.target() : "").append('\n');
		if (s.immovableReason() != null) {
			b.append("Cannot move: ").append(s.immovableReason()).append('\n');
		}
		for (String r : s.reasons()) {
			b.append("  - ").append(r).append('\n');
		}
		if (s.action().moves()) {
			b.append(String.format(Locale.ROOT, "Predicted: %s downtime, %s image, %s on the wire, %s in all (%s)%n",
					Sizes.millis(s.predicted().downtimeMillis()), Sizes.human(s.predicted().imageBytes()),
					Sizes.millis(s.predicted().wireMillis()), Sizes.millis(s.predicted().totalMillis()), s.predicted().basis()));
		}
		if (!s.alternatives().isEmpty()) {
			b.append("Other hosts, best first:\n");
			int rank = 2;
			for (Alternative a : s.alternatives()) {
				b.append("  ").append(a.excluded() ? "\u2013" : Integer.toString(rank++)).append(". ").append(a.host())
						.append(a.excluded() ? " (excluded): " : String.format(Locale.ROOT, " (score %.1f): ", a.score())).append(a.why())
						.append('\n');
			}
		}
		return b.toString();
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The details pane's text, for tests. */
	public String detailsText() {
		return details.getText();
	}

	/** What the Target cell sets: as if the operator sent the tree of {@code pid} to {@code target}. */
	public void setTarget(int pid, String target) {
		Step s = wizard.plan().step(pid);
		EvacuationAction action = s != null && s.action().moves() ? s.action()
				: s != null && s.proposed().moves() ? s.proposed() : EvacuationAction.MIGRATE;
		wizard.choose(wizard.choices().withTarget(pid, action, target));
	}

	/** The hosts a tree may be sent to: the chosen one first, then the alternatives in rank order. */
	static List<String> targets(Step s) {
		List<String> out = new ArrayList<>();
		if (s.target() != null) {
			out.add(s.target());
		}
		s.alternatives().stream().map(Alternative::host).filter(h -> !out.contains(h)).forEach(out::add);
		return out;
	}

	private final class TargetEditing extends EditingSupport {

		private final ComboBoxViewerCellEditor editor;

		TargetEditing(TableViewer viewer) {
			super(viewer);
			editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editor.setInput(targets((Step) element));
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !targets((Step) element).isEmpty();
		}

		@Override
		protected Object getValue(Object element) {
			Step s = (Step) element;
			return s.target() != null ? s.target() : targets(s).get(0);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Step s = (Step) element;
			if (value instanceof String host && !host.equals(s.target())) {
				setTarget(s.pid(), host);
			}
		}
	}
}

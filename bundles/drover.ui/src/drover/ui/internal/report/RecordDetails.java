package drover.ui.internal.report;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import drover.model.Migration;
import drover.model.OperationKind;

/**
 * Beside the report's table: what the images of the selected records (all of them, with none selected) are made
 * of, so that an operator sees what a process costs to move and what would shrink it ({@link CompositionRows}),
 * and for a fork what its copy does not share with the original.
 */
public final class RecordDetails {

	public static final String SECTION = "Image composition";

	private final Composite area;
	private final Label headline;
	private final Table table;
	private final Label differencesTitle;
	private final Text differences;

	public RecordDetails(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(area);
		Label title = new Label(area, SWT.NONE);
		title.setText(SECTION);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		headline = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(headline);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Kind", "200" }, { "Size", "90" }, { "Share", "70" } }) {
			TableColumn column = new TableColumn(table, c[0].equals("Kind") ? SWT.LEFT : SWT.RIGHT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		differencesTitle = new Label(area, SWT.NONE);
		differencesTitle.setText("What the copy does not share with the original");
		differences = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 70).applyTo(differences);
		show(List.of());
	}

	/** Shows the composition of {@code records} and, for the forks among them, what their copies do not share. */
	public void show(List<Migration> records) {
		CompositionRows rows = CompositionRows.of(records);
		headline.setText(records.isEmpty() ? "No records." : rows.headline(records));
		table.removeAll();
		for (CompositionRows.Row row : rows.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.kind(), CompositionRows.size(row.bytes()), String.format("%.1f %%", row.share() * 100) });
		}
		StringBuilder text = new StringBuilder();
		for (Migration m : records) {
			if (m.getKind() == OperationKind.FORK && !m.getDifferences().isEmpty()) {
				if (records.size() > 1) {
					text.append(m.getId()).append(":\n");
				}
				m.getDifferences().forEach(d -> text.append("\u2022 ").append(d).append('\n'));
			}
		}
		boolean forks = text.length() > 0;
		differencesTitle.setVisible(forks);
		differences.setVisible(forks);
		((org.eclipse.swt.layout.GridData) differences.getLayoutData()).exclude = !forks;
		differences.setText(text.toString().strip());
		area.layout(true, true);
	}

	/** The headline shown now (for tests). */
	public String headline() {
		return headline.getText();
	}

	/** The rows shown now, each as its cells (for tests). */
	public List<String[]> shownRows() {
		return java.util.Arrays.stream(table.getItems()).map(i -> new String[] { i.getText(0), i.getText(1), i.getText(2) }).toList();
	}

	/** What a fork's copy does not share, as shown ("" when no fork is selected). */
	public String differences() {
		return differences.isVisible() ? differences.getText() : "";
	}

	public Composite control() {
		return area;
	}
}

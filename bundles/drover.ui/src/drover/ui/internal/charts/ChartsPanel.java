package drover.ui.internal.charts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import drover.model.Migration;

/** A grid of {@link ChartCanvas}es, two per row, one per {@link ChartKind}, showing the same records. */
public class ChartsPanel extends Composite {

	private final Map<ChartKind, ChartCanvas> canvases = new EnumMap<>(ChartKind.class);

	public ChartsPanel(Composite parent, List<ChartKind> kinds) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(Math.min(2, kinds.size()), true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		for (ChartKind kind : kinds) {
			ChartCanvas canvas = new ChartCanvas(this, SWT.NONE);
			canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			canvases.put(kind, canvas);
		}
	}

	/** Charts these records (UI thread; drawing is quick, it happens on the next paint). */
	public void show(List<Migration> migrations) {
		canvases.forEach((kind, canvas) -> canvas.setChart(migrations.isEmpty() ? null : kind.create(migrations)));
	}

	public ChartCanvas canvas(ChartKind kind) {
		return canvases.get(kind);
	}
}

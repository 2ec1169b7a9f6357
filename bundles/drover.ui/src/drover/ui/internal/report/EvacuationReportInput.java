package drover.ui.internal.report;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import drover.protocol.EvacuationRecord;

/** An evacuation's record, as its summary report shows it (read-only, in memory). */
public final class EvacuationReportInput implements IEditorInput {

	private final EvacuationRecord record;

	public EvacuationReportInput(EvacuationRecord record) {
		this.record = record;
	}

	public EvacuationRecord record() {
		return record;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return "Evacuation of " + record.host;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return record.id;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EvacuationReportInput other && record.id != null && record.id.equals(other.record.id);
	}

	@Override
	public int hashCode() {
		return record.id == null ? 0 : record.id.hashCode();
	}
}

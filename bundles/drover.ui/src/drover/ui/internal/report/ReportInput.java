package drover.ui.internal.report;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

import drover.model.Cluster;

/**
 * What the report editor shows: a report file (loaded by the editor, in a job) or records already in
 * memory (a snapshot the history view made), with the name to show.
 */
public final class ReportInput implements IPathEditorInput {

	private final Path file;
	private final Cluster report;
	private final String name;

	private ReportInput(Path file, Cluster report, String name) {
		this.file = file;
		this.report = report;
		this.name = name;
	}

	public static ReportInput ofFile(Path file) {
		return new ReportInput(file.toAbsolutePath().normalize(), null, file.getFileName().toString());
	}

	public static ReportInput ofRecords(Cluster report, String name) {
		return new ReportInput(null, report, name);
	}

	/** The file, or null for records in memory. */
	public Path file() {
		return file;
	}

	/** The records in memory, or null for a file. */
	public Cluster report() {
		return report;
	}

	@Override
	public IPath getPath() {
		return file == null ? null : IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return false; // not in the recently-used list: a snapshot cannot be reopened, a file is opened from its dialog
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file != null ? file.toString() : name;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReportInput other && (file != null ? file.equals(other.file) : report == other.report);
	}

	@Override
	public int hashCode() {
		return file != null ? file.hashCode() : Objects.hashCode(System.identityHashCode(report));
	}
}

package drover.ui.internal.processes;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * One icon per {@link RowKind} (process, file, deleted file, pipe, listening socket...), drawn by
 * {@link KindIcon}. The images belong to a resource manager tied to the control, so they are disposed
 * with it.
 */
public final class ResourceImages {

	private final LocalResourceManager resources;
	private final Map<RowKind, Image> images = new EnumMap<>(RowKind.class);

	public ResourceImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** The icon of a process or resource, or null for anything else. */
	public Image of(Object element) {
		RowKind kind = RowKind.of(element);
		return kind == null ? null : images.computeIfAbsent(kind, k -> resources.create(new KindIcon(k)));
	}
}

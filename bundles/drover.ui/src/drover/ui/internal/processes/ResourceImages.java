package drover.ui.internal.processes;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import drover.model.provider.DroverEditPlugin;

/**
 * One icon per model class (process, file, pipe, socket...), taken from the generated item
 * providers' icons in drover.model.edit. Images belong to a resource manager tied to the control,
 * so they are disposed with it.
 */
public final class ResourceImages {

	private final LocalResourceManager resources;
	private final Map<EClass, Image> images = new HashMap<>();

	public ResourceImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image of(Object element) {
		if (!(element instanceof EObject object)) {
			return null;
		}
		return images.computeIfAbsent(object.eClass(), this::create);
	}

	private Image create(EClass eClass) {
		try {
			Object url = DroverEditPlugin.INSTANCE.getImage("full/obj16/" + eClass.getName());
			return url instanceof URL u ? resources.create(ImageDescriptor.createFromURL(u)) : null;
		} catch (RuntimeException e) {
			return null; // a class without an icon: show the row without one
		}
	}
}

package drover.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

import drover.model.Process;
import drover.model.provider.DroverItemProviderAdapterFactory;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.readiness.ReadinessProperties;

/**
 * Adapts Drover model objects to {@link IPropertySource} for the Properties view; registered in
 * plugin.xml for {@code EObject}. One item-provider factory serves every object (the generated
 * providers are stateless, one per class).
 */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	private final DroverItemProviderAdapterFactory items = new DroverItemProviderAdapterFactory();

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
			return null;
		}
		Object provider = items.isFactoryForType(object.eClass().getEPackage())
				? items.adapt(object, IItemPropertySource.class)
				: null;
		IPropertySource source = new EObjectPropertySource(object,
				provider instanceof IItemPropertySource items ? items : null);
		if (object instanceof Process process && DroverUiPlugin.getDefault() != null
				&& DroverUiPlugin.getDefault().session() != null) {
			// a process's pre-flight verdicts live in the session, beside the model
			source = new ReadinessProperties(source, process, DroverUiPlugin.getDefault().session().readiness());
		}
		return adapterType.cast(source);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}

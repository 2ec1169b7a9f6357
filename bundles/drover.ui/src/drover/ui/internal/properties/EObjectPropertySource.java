package drover.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A read-only property source for one model object: one row per item-provider property descriptor
 * (display name, category, description and label as the generated .edit code defines them), or
 * per attribute when the object has no item provider. The console shows state; it edits nothing.
 */
public final class EObjectPropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource itemSource;

	public EObjectPropertySource(EObject object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		if (itemSource != null) {
			for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
				PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
				descriptor.setCategory(item.getCategory(object));
				descriptor.setDescription(item.getDescription(object));
				descriptor.setLabelProvider(new ValueLabels(item.getLabelProvider(object)));
				result.add(descriptor);
			}
		}
		if (result.isEmpty()) {
			// no item provider (or none with properties): every attribute by its name
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				result.add(new PropertyDescriptor(attribute.getName(), attribute.getName()));
			}
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = itemSource == null ? null : itemSource.getPropertyDescriptor(object, id);
		if (item != null) {
			Object value = item.getPropertyValue(object);
			// item providers wrap values so nested objects can have their own property sheet
			return value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper
					? wrapper.getEditableValue(object)
					: value;
		}
		var feature = object.eClass().getEStructuralFeature(String.valueOf(id));
		return feature == null ? null : object.eGet(feature);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only: the model mirrors the hosts; changing it here would change nothing on them
	}

	/** Texts of values the way the item provider writes them (enums by literal, lists joined...). */
	private static final class ValueLabels extends org.eclipse.jface.viewers.LabelProvider {
		private final IItemLabelProvider labels;

		ValueLabels(IItemLabelProvider labels) {
			this.labels = labels;
		}

		@Override
		public String getText(Object value) {
			if (value instanceof Enumerator e) {
				return e.getLiteral();
			}
			return labels != null ? labels.getText(value) : String.valueOf(value);
		}
	}
}

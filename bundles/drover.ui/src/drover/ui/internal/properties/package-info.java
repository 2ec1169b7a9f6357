/**
 * The Properties view's source for model objects. EMF's own UI bridge (emf.edit.ui) is not on Maven
 * Central, so a small adapter factory turns an {@code EObject} into a read-only
 * {@code IPropertySource} from the generated item providers' property descriptors.
 */
package drover.ui.internal.properties;

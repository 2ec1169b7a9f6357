/**
 */
package drover.model.provider;


import drover.model.DroverPackage;
import drover.model.MemoryMapSummary;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link drover.model.MemoryMapSummary} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MemoryMapSummaryItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoryMapSummaryItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addMappingCountPropertyDescriptor(object);
			addVirtualSizePropertyDescriptor(object);
			addAnonymousSizePropertyDescriptor(object);
			addFileBackedSizePropertyDescriptor(object);
			addSharedSizePropertyDescriptor(object);
			addStackSizePropertyDescriptor(object);
			addHeapSizePropertyDescriptor(object);
			addMappedFilesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Mapping Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMappingCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_mappingCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_mappingCount_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__MAPPING_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Virtual Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVirtualSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_virtualSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_virtualSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anonymous Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnonymousSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_anonymousSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_anonymousSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the File Backed Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileBackedSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_fileBackedSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_fileBackedSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Shared Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSharedSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_sharedSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_sharedSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__SHARED_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stack Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStackSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_stackSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_stackSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__STACK_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Heap Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeapSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_heapSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_heapSize_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__HEAP_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mapped Files feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMappedFilesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MemoryMapSummary_mappedFiles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MemoryMapSummary_mappedFiles_feature", "_UI_MemoryMapSummary_type"),
				 DroverPackage.Literals.MEMORY_MAP_SUMMARY__MAPPED_FILES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns MemoryMapSummary.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MemoryMapSummary"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		MemoryMapSummary memoryMapSummary = (MemoryMapSummary)object;
		return getString("_UI_MemoryMapSummary_type") + " " + memoryMapSummary.getMappingCount();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(MemoryMapSummary.class)) {
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT:
			case DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE:
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return DroverEditPlugin.INSTANCE;
	}

}

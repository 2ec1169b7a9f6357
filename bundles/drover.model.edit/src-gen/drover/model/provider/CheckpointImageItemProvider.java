/**
 */
package drover.model.provider;


import drover.model.CheckpointImage;
import drover.model.DroverPackage;

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
 * This is the item provider adapter for a {@link drover.model.CheckpointImage} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CheckpointImageItemProvider 
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
	public CheckpointImageItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addHostPropertyDescriptor(object);
			addPidPropertyDescriptor(object);
			addCommandPropertyDescriptor(object);
			addPathPropertyDescriptor(object);
			addCreatedAtPropertyDescriptor(object);
			addMemoryPagesSizePropertyDescriptor(object);
			addOtherSizePropertyDescriptor(object);
			addTotalSizePropertyDescriptor(object);
			addFileCountPropertyDescriptor(object);
			addCriuVersionPropertyDescriptor(object);
			addSha256PropertyDescriptor(object);
			addCompositionRecordedPropertyDescriptor(object);
			addHeapPagesSizePropertyDescriptor(object);
			addStackPagesSizePropertyDescriptor(object);
			addAnonSharedPagesSizePropertyDescriptor(object);
			addAnonPrivatePagesSizePropertyDescriptor(object);
			addPrivateFilePagesSizePropertyDescriptor(object);
			addOtherPagesSizePropertyDescriptor(object);
			addMetadataSizePropertyDescriptor(object);
			addFileContentsSizePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_name_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_host_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_host_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__HOST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_pid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_pid_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__PID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Command feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_command_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_command_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__COMMAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Path feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPathPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_path_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_path_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__PATH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_createdAt_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Memory Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMemoryPagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_memoryPagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_memoryPagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_otherSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_otherSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__OTHER_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_totalSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_totalSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__TOTAL_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the File Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_fileCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_fileCount_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__FILE_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Criu Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCriuVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_criuVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_criuVersion_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__CRIU_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sha256 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSha256PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_sha256_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_sha256_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__SHA256,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Composition Recorded feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompositionRecordedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_compositionRecorded_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_compositionRecorded_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__COMPOSITION_RECORDED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Heap Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeapPagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_heapPagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_heapPagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stack Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStackPagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_stackPagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_stackPagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__STACK_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anon Shared Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnonSharedPagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_anonSharedPagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_anonSharedPagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anon Private Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnonPrivatePagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_anonPrivatePagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_anonPrivatePagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Private File Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrivateFilePagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_privateFilePagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_privateFilePagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Pages Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherPagesSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_otherPagesSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_otherPagesSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Metadata Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMetadataSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_metadataSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_metadataSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__METADATA_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the File Contents Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFileContentsSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CheckpointImage_fileContentsSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CheckpointImage_fileContentsSize_feature", "_UI_CheckpointImage_type"),
				 DroverPackage.Literals.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CheckpointImage.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CheckpointImage"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CheckpointImage)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CheckpointImage_type") :
			getString("_UI_CheckpointImage_type") + " " + label;
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

		switch (notification.getFeatureID(CheckpointImage.class)) {
			case DroverPackage.CHECKPOINT_IMAGE__NAME:
			case DroverPackage.CHECKPOINT_IMAGE__HOST:
			case DroverPackage.CHECKPOINT_IMAGE__PID:
			case DroverPackage.CHECKPOINT_IMAGE__COMMAND:
			case DroverPackage.CHECKPOINT_IMAGE__PATH:
			case DroverPackage.CHECKPOINT_IMAGE__CREATED_AT:
			case DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT:
			case DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION:
			case DroverPackage.CHECKPOINT_IMAGE__SHA256:
			case DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED:
			case DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE:
			case DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE:
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

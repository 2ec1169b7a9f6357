/**
 */
package drover.model.provider;


import drover.model.DroverPackage;
import drover.model.InetSocketResource;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link drover.model.InetSocketResource} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InetSocketResourceItemProvider extends OpenResourceItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InetSocketResourceItemProvider(AdapterFactory adapterFactory) {
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

			addInodePropertyDescriptor(object);
			addFamilyPropertyDescriptor(object);
			addLocalAddressPropertyDescriptor(object);
			addLocalPortPropertyDescriptor(object);
			addRemoteAddressPropertyDescriptor(object);
			addRemotePortPropertyDescriptor(object);
			addStatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Inode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_inode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_inode_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__INODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Family feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFamilyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_family_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_family_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__FAMILY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_localAddress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_localAddress_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__LOCAL_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_localPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_localPort_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__LOCAL_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Remote Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRemoteAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_remoteAddress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_remoteAddress_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__REMOTE_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Remote Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRemotePortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_remotePort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_remotePort_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__REMOTE_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InetSocketResource_state_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InetSocketResource_state_feature", "_UI_InetSocketResource_type"),
				 DroverPackage.Literals.INET_SOCKET_RESOURCE__STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((InetSocketResource)object).getDescription();
		return label == null || label.length() == 0 ?
			getString("_UI_InetSocketResource_type") :
			getString("_UI_InetSocketResource_type") + " " + label;
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

		switch (notification.getFeatureID(InetSocketResource.class)) {
			case DroverPackage.INET_SOCKET_RESOURCE__INODE:
			case DroverPackage.INET_SOCKET_RESOURCE__FAMILY:
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS:
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT:
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS:
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT:
			case DroverPackage.INET_SOCKET_RESOURCE__STATE:
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

}

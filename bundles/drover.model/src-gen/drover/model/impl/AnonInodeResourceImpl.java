/**
 */
package drover.model.impl;

import drover.model.AnonInodeResource;
import drover.model.AnonKind;
import drover.model.DroverPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anon Inode Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.AnonInodeResourceImpl#getAnonKind <em>Anon Kind</em>}</li>
 *   <li>{@link drover.model.impl.AnonInodeResourceImpl#getName <em>Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnonInodeResourceImpl extends OpenResourceImpl implements AnonInodeResource {
	/**
	 * The default value of the '{@link #getAnonKind() <em>Anon Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonKind()
	 * @generated
	 * @ordered
	 */
	protected static final AnonKind ANON_KIND_EDEFAULT = AnonKind.EVENTFD;

	/**
	 * The cached value of the '{@link #getAnonKind() <em>Anon Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonKind()
	 * @generated
	 * @ordered
	 */
	protected AnonKind anonKind = ANON_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnonInodeResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.ANON_INODE_RESOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnonKind getAnonKind() {
		return anonKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonKind(AnonKind newAnonKind) {
		AnonKind oldAnonKind = anonKind;
		anonKind = newAnonKind == null ? ANON_KIND_EDEFAULT : newAnonKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.ANON_INODE_RESOURCE__ANON_KIND, oldAnonKind, anonKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.ANON_INODE_RESOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.ANON_INODE_RESOURCE__ANON_KIND:
				return getAnonKind();
			case DroverPackage.ANON_INODE_RESOURCE__NAME:
				return getName();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DroverPackage.ANON_INODE_RESOURCE__ANON_KIND:
				setAnonKind((AnonKind)newValue);
				return;
			case DroverPackage.ANON_INODE_RESOURCE__NAME:
				setName((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DroverPackage.ANON_INODE_RESOURCE__ANON_KIND:
				setAnonKind(ANON_KIND_EDEFAULT);
				return;
			case DroverPackage.ANON_INODE_RESOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DroverPackage.ANON_INODE_RESOURCE__ANON_KIND:
				return anonKind != ANON_KIND_EDEFAULT;
			case DroverPackage.ANON_INODE_RESOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (anonKind: ");
		result.append(anonKind);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //AnonInodeResourceImpl

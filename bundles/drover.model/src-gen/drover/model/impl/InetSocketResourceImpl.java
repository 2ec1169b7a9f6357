/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.InetSocketResource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inet Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link drover.model.impl.InetSocketResourceImpl#getState <em>State</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class InetSocketResourceImpl extends OpenResourceImpl implements InetSocketResource {
	/**
	 * The default value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected static final long INODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected long inode = INODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected String localAddress = LOCAL_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCAL_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected int localPort = LOCAL_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected String remoteAddress = REMOTE_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected static final int REMOTE_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected int remotePort = REMOTE_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InetSocketResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.INET_SOCKET_RESOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInode() {
		return inode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInode(long newInode) {
		long oldInode = inode;
		inode = newInode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__INODE, oldInode, inode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalAddress() {
		return localAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAddress(String newLocalAddress) {
		String oldLocalAddress = localAddress;
		localAddress = newLocalAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS, oldLocalAddress, localAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLocalPort() {
		return localPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalPort(int newLocalPort) {
		int oldLocalPort = localPort;
		localPort = newLocalPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT, oldLocalPort, localPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteAddress() {
		return remoteAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAddress(String newRemoteAddress) {
		String oldRemoteAddress = remoteAddress;
		remoteAddress = newRemoteAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS, oldRemoteAddress, remoteAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRemotePort() {
		return remotePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemotePort(int newRemotePort) {
		int oldRemotePort = remotePort;
		remotePort = newRemotePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT, oldRemotePort, remotePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.INET_SOCKET_RESOURCE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.INET_SOCKET_RESOURCE__INODE:
				return getInode();
			case DroverPackage.INET_SOCKET_RESOURCE__FAMILY:
				return getFamily();
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS:
				return getLocalAddress();
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT:
				return getLocalPort();
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS:
				return getRemoteAddress();
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT:
				return getRemotePort();
			case DroverPackage.INET_SOCKET_RESOURCE__STATE:
				return getState();
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
			case DroverPackage.INET_SOCKET_RESOURCE__INODE:
				setInode((Long)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__FAMILY:
				setFamily((String)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS:
				setLocalAddress((String)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT:
				setLocalPort((Integer)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS:
				setRemoteAddress((String)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT:
				setRemotePort((Integer)newValue);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__STATE:
				setState((String)newValue);
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
			case DroverPackage.INET_SOCKET_RESOURCE__INODE:
				setInode(INODE_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS:
				setLocalAddress(LOCAL_ADDRESS_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT:
				setLocalPort(LOCAL_PORT_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS:
				setRemoteAddress(REMOTE_ADDRESS_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT:
				setRemotePort(REMOTE_PORT_EDEFAULT);
				return;
			case DroverPackage.INET_SOCKET_RESOURCE__STATE:
				setState(STATE_EDEFAULT);
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
			case DroverPackage.INET_SOCKET_RESOURCE__INODE:
				return inode != INODE_EDEFAULT;
			case DroverPackage.INET_SOCKET_RESOURCE__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_ADDRESS:
				return LOCAL_ADDRESS_EDEFAULT == null ? localAddress != null : !LOCAL_ADDRESS_EDEFAULT.equals(localAddress);
			case DroverPackage.INET_SOCKET_RESOURCE__LOCAL_PORT:
				return localPort != LOCAL_PORT_EDEFAULT;
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_ADDRESS:
				return REMOTE_ADDRESS_EDEFAULT == null ? remoteAddress != null : !REMOTE_ADDRESS_EDEFAULT.equals(remoteAddress);
			case DroverPackage.INET_SOCKET_RESOURCE__REMOTE_PORT:
				return remotePort != REMOTE_PORT_EDEFAULT;
			case DroverPackage.INET_SOCKET_RESOURCE__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
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
		result.append(" (inode: ");
		result.append(inode);
		result.append(", family: ");
		result.append(family);
		result.append(", localAddress: ");
		result.append(localAddress);
		result.append(", localPort: ");
		result.append(localPort);
		result.append(", remoteAddress: ");
		result.append(remoteAddress);
		result.append(", remotePort: ");
		result.append(remotePort);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //InetSocketResourceImpl

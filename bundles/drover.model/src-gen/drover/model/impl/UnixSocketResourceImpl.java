/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.UnixSocketResource;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unix Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getSocketType <em>Socket Type</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getState <em>State</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getPeerInode <em>Peer Inode</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getPeerPids <em>Peer Pids</em>}</li>
 *   <li>{@link drover.model.impl.UnixSocketResourceImpl#getPeers <em>Peers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnixSocketResourceImpl extends OpenResourceImpl implements UnixSocketResource {
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
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocketType() <em>Socket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketType()
	 * @generated
	 * @ordered
	 */
	protected static final String SOCKET_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSocketType() <em>Socket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketType()
	 * @generated
	 * @ordered
	 */
	protected String socketType = SOCKET_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getPeerInode() <em>Peer Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerInode()
	 * @generated
	 * @ordered
	 */
	protected static final long PEER_INODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPeerInode() <em>Peer Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerInode()
	 * @generated
	 * @ordered
	 */
	protected long peerInode = PEER_INODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeerPids() <em>Peer Pids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerPids()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> peerPids;

	/**
	 * The cached value of the '{@link #getPeers() <em>Peers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeers()
	 * @generated
	 * @ordered
	 */
	protected EList<drover.model.Process> peers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnixSocketResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.UNIX_SOCKET_RESOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.UNIX_SOCKET_RESOURCE__INODE, oldInode, inode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.UNIX_SOCKET_RESOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSocketType() {
		return socketType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocketType(String newSocketType) {
		String oldSocketType = socketType;
		socketType = newSocketType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.UNIX_SOCKET_RESOURCE__SOCKET_TYPE, oldSocketType, socketType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.UNIX_SOCKET_RESOURCE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPeerInode() {
		return peerInode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeerInode(long newPeerInode) {
		long oldPeerInode = peerInode;
		peerInode = newPeerInode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.UNIX_SOCKET_RESOURCE__PEER_INODE, oldPeerInode, peerInode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPeerPids() {
		if (peerPids == null) {
			peerPids = new EDataTypeEList<Integer>(Integer.class, this, DroverPackage.UNIX_SOCKET_RESOURCE__PEER_PIDS);
		}
		return peerPids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<drover.model.Process> getPeers() {
		if (peers == null) {
			peers = new EObjectEList<drover.model.Process>(drover.model.Process.class, this, DroverPackage.UNIX_SOCKET_RESOURCE__PEERS);
		}
		return peers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.UNIX_SOCKET_RESOURCE__INODE:
				return getInode();
			case DroverPackage.UNIX_SOCKET_RESOURCE__PATH:
				return getPath();
			case DroverPackage.UNIX_SOCKET_RESOURCE__SOCKET_TYPE:
				return getSocketType();
			case DroverPackage.UNIX_SOCKET_RESOURCE__STATE:
				return getState();
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_INODE:
				return getPeerInode();
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_PIDS:
				return getPeerPids();
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEERS:
				return getPeers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DroverPackage.UNIX_SOCKET_RESOURCE__INODE:
				setInode((Long)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PATH:
				setPath((String)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__SOCKET_TYPE:
				setSocketType((String)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__STATE:
				setState((String)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_INODE:
				setPeerInode((Long)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_PIDS:
				getPeerPids().clear();
				getPeerPids().addAll((Collection<? extends Integer>)newValue);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEERS:
				getPeers().clear();
				getPeers().addAll((Collection<? extends drover.model.Process>)newValue);
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
			case DroverPackage.UNIX_SOCKET_RESOURCE__INODE:
				setInode(INODE_EDEFAULT);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__SOCKET_TYPE:
				setSocketType(SOCKET_TYPE_EDEFAULT);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_INODE:
				setPeerInode(PEER_INODE_EDEFAULT);
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_PIDS:
				getPeerPids().clear();
				return;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEERS:
				getPeers().clear();
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
			case DroverPackage.UNIX_SOCKET_RESOURCE__INODE:
				return inode != INODE_EDEFAULT;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case DroverPackage.UNIX_SOCKET_RESOURCE__SOCKET_TYPE:
				return SOCKET_TYPE_EDEFAULT == null ? socketType != null : !SOCKET_TYPE_EDEFAULT.equals(socketType);
			case DroverPackage.UNIX_SOCKET_RESOURCE__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_INODE:
				return peerInode != PEER_INODE_EDEFAULT;
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEER_PIDS:
				return peerPids != null && !peerPids.isEmpty();
			case DroverPackage.UNIX_SOCKET_RESOURCE__PEERS:
				return peers != null && !peers.isEmpty();
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
		result.append(", path: ");
		result.append(path);
		result.append(", socketType: ");
		result.append(socketType);
		result.append(", state: ");
		result.append(state);
		result.append(", peerInode: ");
		result.append(peerInode);
		result.append(", peerPids: ");
		result.append(peerPids);
		result.append(')');
		return result.toString();
	}

} //UnixSocketResourceImpl

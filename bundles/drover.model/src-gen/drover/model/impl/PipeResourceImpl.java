/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.PipeResource;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pipe Resource</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.PipeResourceImpl#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.impl.PipeResourceImpl#isFifo <em>Fifo</em>}</li>
 *   <li>{@link drover.model.impl.PipeResourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.impl.PipeResourceImpl#isWriteEnd <em>Write End</em>}</li>
 *   <li>{@link drover.model.impl.PipeResourceImpl#getPeerPids <em>Peer Pids</em>}</li>
 *   <li>{@link drover.model.impl.PipeResourceImpl#getPeers <em>Peers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PipeResourceImpl extends OpenResourceImpl implements PipeResource {
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
	 * The default value of the '{@link #isFifo() <em>Fifo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFifo()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FIFO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFifo() <em>Fifo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFifo()
	 * @generated
	 * @ordered
	 */
	protected boolean fifo = FIFO_EDEFAULT;

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
	 * The default value of the '{@link #isWriteEnd() <em>Write End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWriteEnd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_END_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWriteEnd() <em>Write End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWriteEnd()
	 * @generated
	 * @ordered
	 */
	protected boolean writeEnd = WRITE_END_EDEFAULT;

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
	protected PipeResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.PIPE_RESOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PIPE_RESOURCE__INODE, oldInode, inode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFifo() {
		return fifo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFifo(boolean newFifo) {
		boolean oldFifo = fifo;
		fifo = newFifo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PIPE_RESOURCE__FIFO, oldFifo, fifo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PIPE_RESOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWriteEnd() {
		return writeEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteEnd(boolean newWriteEnd) {
		boolean oldWriteEnd = writeEnd;
		writeEnd = newWriteEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PIPE_RESOURCE__WRITE_END, oldWriteEnd, writeEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPeerPids() {
		if (peerPids == null) {
			peerPids = new EDataTypeEList<Integer>(Integer.class, this, DroverPackage.PIPE_RESOURCE__PEER_PIDS);
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
			peers = new EObjectEList<drover.model.Process>(drover.model.Process.class, this, DroverPackage.PIPE_RESOURCE__PEERS);
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
			case DroverPackage.PIPE_RESOURCE__INODE:
				return getInode();
			case DroverPackage.PIPE_RESOURCE__FIFO:
				return isFifo();
			case DroverPackage.PIPE_RESOURCE__PATH:
				return getPath();
			case DroverPackage.PIPE_RESOURCE__WRITE_END:
				return isWriteEnd();
			case DroverPackage.PIPE_RESOURCE__PEER_PIDS:
				return getPeerPids();
			case DroverPackage.PIPE_RESOURCE__PEERS:
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
			case DroverPackage.PIPE_RESOURCE__INODE:
				setInode((Long)newValue);
				return;
			case DroverPackage.PIPE_RESOURCE__FIFO:
				setFifo((Boolean)newValue);
				return;
			case DroverPackage.PIPE_RESOURCE__PATH:
				setPath((String)newValue);
				return;
			case DroverPackage.PIPE_RESOURCE__WRITE_END:
				setWriteEnd((Boolean)newValue);
				return;
			case DroverPackage.PIPE_RESOURCE__PEER_PIDS:
				getPeerPids().clear();
				getPeerPids().addAll((Collection<? extends Integer>)newValue);
				return;
			case DroverPackage.PIPE_RESOURCE__PEERS:
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
			case DroverPackage.PIPE_RESOURCE__INODE:
				setInode(INODE_EDEFAULT);
				return;
			case DroverPackage.PIPE_RESOURCE__FIFO:
				setFifo(FIFO_EDEFAULT);
				return;
			case DroverPackage.PIPE_RESOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case DroverPackage.PIPE_RESOURCE__WRITE_END:
				setWriteEnd(WRITE_END_EDEFAULT);
				return;
			case DroverPackage.PIPE_RESOURCE__PEER_PIDS:
				getPeerPids().clear();
				return;
			case DroverPackage.PIPE_RESOURCE__PEERS:
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
			case DroverPackage.PIPE_RESOURCE__INODE:
				return inode != INODE_EDEFAULT;
			case DroverPackage.PIPE_RESOURCE__FIFO:
				return fifo != FIFO_EDEFAULT;
			case DroverPackage.PIPE_RESOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case DroverPackage.PIPE_RESOURCE__WRITE_END:
				return writeEnd != WRITE_END_EDEFAULT;
			case DroverPackage.PIPE_RESOURCE__PEER_PIDS:
				return peerPids != null && !peerPids.isEmpty();
			case DroverPackage.PIPE_RESOURCE__PEERS:
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
		result.append(", fifo: ");
		result.append(fifo);
		result.append(", path: ");
		result.append(path);
		result.append(", writeEnd: ");
		result.append(writeEnd);
		result.append(", peerPids: ");
		result.append(peerPids);
		result.append(')');
		return result.toString();
	}

} //PipeResourceImpl

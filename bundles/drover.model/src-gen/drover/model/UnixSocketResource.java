/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unix Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.UnixSocketResource#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getSocketType <em>Socket Type</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getState <em>State</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getPeerInode <em>Peer Inode</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getPeerPids <em>Peer Pids</em>}</li>
 *   <li>{@link drover.model.UnixSocketResource#getPeers <em>Peers</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getUnixSocketResource()
 * @model
 * @generated
 */
public interface UnixSocketResource extends OpenResource {
	/**
	 * Returns the value of the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inode</em>' attribute.
	 * @see #setInode(long)
	 * @see drover.model.DroverPackage#getUnixSocketResource_Inode()
	 * @model
	 * @generated
	 */
	long getInode();

	/**
	 * Sets the value of the '{@link drover.model.UnixSocketResource#getInode <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inode</em>' attribute.
	 * @see #getInode()
	 * @generated
	 */
	void setInode(long value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see drover.model.DroverPackage#getUnixSocketResource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link drover.model.UnixSocketResource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Socket Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Socket Type</em>' attribute.
	 * @see #setSocketType(String)
	 * @see drover.model.DroverPackage#getUnixSocketResource_SocketType()
	 * @model
	 * @generated
	 */
	String getSocketType();

	/**
	 * Sets the value of the '{@link drover.model.UnixSocketResource#getSocketType <em>Socket Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket Type</em>' attribute.
	 * @see #getSocketType()
	 * @generated
	 */
	void setSocketType(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see drover.model.DroverPackage#getUnixSocketResource_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link drover.model.UnixSocketResource#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Peer Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer Inode</em>' attribute.
	 * @see #setPeerInode(long)
	 * @see drover.model.DroverPackage#getUnixSocketResource_PeerInode()
	 * @model
	 * @generated
	 */
	long getPeerInode();

	/**
	 * Sets the value of the '{@link drover.model.UnixSocketResource#getPeerInode <em>Peer Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer Inode</em>' attribute.
	 * @see #getPeerInode()
	 * @generated
	 */
	void setPeerInode(long value);

	/**
	 * Returns the value of the '<em><b>Peer Pids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer Pids</em>' attribute list.
	 * @see drover.model.DroverPackage#getUnixSocketResource_PeerPids()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getPeerPids();

	/**
	 * Returns the value of the '<em><b>Peers</b></em>' reference list.
	 * The list contents are of type {@link drover.model.Process}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peers</em>' reference list.
	 * @see drover.model.DroverPackage#getUnixSocketResource_Peers()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<drover.model.Process> getPeers();

} // UnixSocketResource

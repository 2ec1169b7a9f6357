/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pipe Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.PipeResource#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.PipeResource#isFifo <em>Fifo</em>}</li>
 *   <li>{@link drover.model.PipeResource#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.PipeResource#isWriteEnd <em>Write End</em>}</li>
 *   <li>{@link drover.model.PipeResource#getPeerPids <em>Peer Pids</em>}</li>
 *   <li>{@link drover.model.PipeResource#getPeers <em>Peers</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getPipeResource()
 * @model
 * @generated
 */
public interface PipeResource extends OpenResource {
	/**
	 * Returns the value of the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inode</em>' attribute.
	 * @see #setInode(long)
	 * @see drover.model.DroverPackage#getPipeResource_Inode()
	 * @model
	 * @generated
	 */
	long getInode();

	/**
	 * Sets the value of the '{@link drover.model.PipeResource#getInode <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inode</em>' attribute.
	 * @see #getInode()
	 * @generated
	 */
	void setInode(long value);

	/**
	 * Returns the value of the '<em><b>Fifo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fifo</em>' attribute.
	 * @see #setFifo(boolean)
	 * @see drover.model.DroverPackage#getPipeResource_Fifo()
	 * @model
	 * @generated
	 */
	boolean isFifo();

	/**
	 * Sets the value of the '{@link drover.model.PipeResource#isFifo <em>Fifo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fifo</em>' attribute.
	 * @see #isFifo()
	 * @generated
	 */
	void setFifo(boolean value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see drover.model.DroverPackage#getPipeResource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link drover.model.PipeResource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Write End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write End</em>' attribute.
	 * @see #setWriteEnd(boolean)
	 * @see drover.model.DroverPackage#getPipeResource_WriteEnd()
	 * @model
	 * @generated
	 */
	boolean isWriteEnd();

	/**
	 * Sets the value of the '{@link drover.model.PipeResource#isWriteEnd <em>Write End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write End</em>' attribute.
	 * @see #isWriteEnd()
	 * @generated
	 */
	void setWriteEnd(boolean value);

	/**
	 * Returns the value of the '<em><b>Peer Pids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer Pids</em>' attribute list.
	 * @see drover.model.DroverPackage#getPipeResource_PeerPids()
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
	 * @see drover.model.DroverPackage#getPipeResource_Peers()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<drover.model.Process> getPeers();

} // PipeResource

/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inet Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.InetSocketResource#getInode <em>Inode</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getFamily <em>Family</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link drover.model.InetSocketResource#getState <em>State</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getInetSocketResource()
 * @model abstract="true"
 * @generated
 */
public interface InetSocketResource extends OpenResource {
	/**
	 * Returns the value of the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inode</em>' attribute.
	 * @see #setInode(long)
	 * @see drover.model.DroverPackage#getInetSocketResource_Inode()
	 * @model
	 * @generated
	 */
	long getInode();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getInode <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inode</em>' attribute.
	 * @see #getInode()
	 * @generated
	 */
	void setInode(long value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see drover.model.DroverPackage#getInetSocketResource_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Address</em>' attribute.
	 * @see #setLocalAddress(String)
	 * @see drover.model.DroverPackage#getInetSocketResource_LocalAddress()
	 * @model
	 * @generated
	 */
	String getLocalAddress();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getLocalAddress <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Address</em>' attribute.
	 * @see #getLocalAddress()
	 * @generated
	 */
	void setLocalAddress(String value);

	/**
	 * Returns the value of the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Port</em>' attribute.
	 * @see #setLocalPort(int)
	 * @see drover.model.DroverPackage#getInetSocketResource_LocalPort()
	 * @model
	 * @generated
	 */
	int getLocalPort();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getLocalPort <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Port</em>' attribute.
	 * @see #getLocalPort()
	 * @generated
	 */
	void setLocalPort(int value);

	/**
	 * Returns the value of the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Address</em>' attribute.
	 * @see #setRemoteAddress(String)
	 * @see drover.model.DroverPackage#getInetSocketResource_RemoteAddress()
	 * @model
	 * @generated
	 */
	String getRemoteAddress();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getRemoteAddress <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Address</em>' attribute.
	 * @see #getRemoteAddress()
	 * @generated
	 */
	void setRemoteAddress(String value);

	/**
	 * Returns the value of the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Port</em>' attribute.
	 * @see #setRemotePort(int)
	 * @see drover.model.DroverPackage#getInetSocketResource_RemotePort()
	 * @model
	 * @generated
	 */
	int getRemotePort();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getRemotePort <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Port</em>' attribute.
	 * @see #getRemotePort()
	 * @generated
	 */
	void setRemotePort(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see drover.model.DroverPackage#getInetSocketResource_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link drover.model.InetSocketResource#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

} // InetSocketResource

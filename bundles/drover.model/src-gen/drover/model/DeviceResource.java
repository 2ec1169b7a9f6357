/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.DeviceResource#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.DeviceResource#isTty <em>Tty</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getDeviceResource()
 * @model
 * @generated
 */
public interface DeviceResource extends OpenResource {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see drover.model.DroverPackage#getDeviceResource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link drover.model.DeviceResource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Tty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tty</em>' attribute.
	 * @see #setTty(boolean)
	 * @see drover.model.DroverPackage#getDeviceResource_Tty()
	 * @model
	 * @generated
	 */
	boolean isTty();

	/**
	 * Sets the value of the '{@link drover.model.DeviceResource#isTty <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tty</em>' attribute.
	 * @see #isTty()
	 * @generated
	 */
	void setTty(boolean value);

} // DeviceResource

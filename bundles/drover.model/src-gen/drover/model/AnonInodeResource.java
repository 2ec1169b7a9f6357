/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anon Inode Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.AnonInodeResource#getAnonKind <em>Anon Kind</em>}</li>
 *   <li>{@link drover.model.AnonInodeResource#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getAnonInodeResource()
 * @model
 * @generated
 */
public interface AnonInodeResource extends OpenResource {
	/**
	 * Returns the value of the '<em><b>Anon Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.AnonKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anon Kind</em>' attribute.
	 * @see drover.model.AnonKind
	 * @see #setAnonKind(AnonKind)
	 * @see drover.model.DroverPackage#getAnonInodeResource_AnonKind()
	 * @model
	 * @generated
	 */
	AnonKind getAnonKind();

	/**
	 * Sets the value of the '{@link drover.model.AnonInodeResource#getAnonKind <em>Anon Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon Kind</em>' attribute.
	 * @see drover.model.AnonKind
	 * @see #getAnonKind()
	 * @generated
	 */
	void setAnonKind(AnonKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see drover.model.DroverPackage#getAnonInodeResource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link drover.model.AnonInodeResource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // AnonInodeResource

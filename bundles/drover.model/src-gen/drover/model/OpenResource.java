/**
 */
package drover.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Open Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An open file descriptor of a process, as read from /proc/PID/fd and /proc/PID/fdinfo.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.OpenResource#getFd <em>Fd</em>}</li>
 *   <li>{@link drover.model.OpenResource#getTarget <em>Target</em>}</li>
 *   <li>{@link drover.model.OpenResource#getFlags <em>Flags</em>}</li>
 *   <li>{@link drover.model.OpenResource#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getOpenResource()
 * @model abstract="true"
 * @generated
 */
public interface OpenResource extends EObject {
	/**
	 * Returns the value of the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fd</em>' attribute.
	 * @see #setFd(int)
	 * @see drover.model.DroverPackage#getOpenResource_Fd()
	 * @model
	 * @generated
	 */
	int getFd();

	/**
	 * Sets the value of the '{@link drover.model.OpenResource#getFd <em>Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fd</em>' attribute.
	 * @see #getFd()
	 * @generated
	 */
	void setFd(int value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see drover.model.DroverPackage#getOpenResource_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link drover.model.OpenResource#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see drover.model.DroverPackage#getOpenResource_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link drover.model.OpenResource#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see drover.model.DroverPackage#getOpenResource_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link drover.model.OpenResource#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // OpenResource

/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Other Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see drover.model.DroverPackage#getOtherResource()
 * @model
 * @generated
 */
public interface OtherResource extends OpenResource {
} // OtherResource

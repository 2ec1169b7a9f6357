/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tcp Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see drover.model.DroverPackage#getTcpSocketResource()
 * @model
 * @generated
 */
public interface TcpSocketResource extends InetSocketResource {
} // TcpSocketResource

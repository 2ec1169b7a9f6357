/**
 */
package drover.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Udp Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see drover.model.DroverPackage#getUdpSocketResource()
 * @model
 * @generated
 */
public interface UdpSocketResource extends InetSocketResource {
} // UdpSocketResource

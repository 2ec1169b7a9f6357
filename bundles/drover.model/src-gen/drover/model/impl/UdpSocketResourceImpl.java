/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.UdpSocketResource;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Udp Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class UdpSocketResourceImpl extends InetSocketResourceImpl implements UdpSocketResource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UdpSocketResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.UDP_SOCKET_RESOURCE;
	}

} //UdpSocketResourceImpl

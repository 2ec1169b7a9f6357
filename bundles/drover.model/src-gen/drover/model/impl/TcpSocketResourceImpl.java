/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.TcpSocketResource;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tcp Socket Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TcpSocketResourceImpl extends InetSocketResourceImpl implements TcpSocketResource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TcpSocketResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.TCP_SOCKET_RESOURCE;
	}

} //TcpSocketResourceImpl

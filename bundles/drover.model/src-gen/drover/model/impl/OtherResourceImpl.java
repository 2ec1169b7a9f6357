/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.OtherResource;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Other Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class OtherResourceImpl extends OpenResourceImpl implements OtherResource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OtherResourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.OTHER_RESOURCE;
	}

} //OtherResourceImpl

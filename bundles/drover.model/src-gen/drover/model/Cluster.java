/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a Drover model: the hosts the console knows and the operations run on them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.Cluster#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.Cluster#getHosts <em>Hosts</em>}</li>
 *   <li>{@link drover.model.Cluster#getMigrations <em>Migrations</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getCluster()
 * @model
 * @generated
 */
public interface Cluster extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see drover.model.DroverPackage#getCluster_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link drover.model.Cluster#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see drover.model.DroverPackage#getCluster_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Migrations</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.Migration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Migrations</em>' containment reference list.
	 * @see drover.model.DroverPackage#getCluster_Migrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Migration> getMigrations();

} // Cluster

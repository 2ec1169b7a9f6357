/**
 */
package drover.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase Cost</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Time and bytes spent in one phase of an operation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.PhaseCost#getPhase <em>Phase</em>}</li>
 *   <li>{@link drover.model.PhaseCost#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link drover.model.PhaseCost#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link drover.model.PhaseCost#getBytes <em>Bytes</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getPhaseCost()
 * @model
 * @generated
 */
public interface PhaseCost extends EObject {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.MigrationPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see drover.model.MigrationPhase
	 * @see #setPhase(MigrationPhase)
	 * @see drover.model.DroverPackage#getPhaseCost_Phase()
	 * @model
	 * @generated
	 */
	MigrationPhase getPhase();

	/**
	 * Sets the value of the '{@link drover.model.PhaseCost#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see drover.model.MigrationPhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(MigrationPhase value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(long)
	 * @see drover.model.DroverPackage#getPhaseCost_StartedAt()
	 * @model
	 * @generated
	 */
	long getStartedAt();

	/**
	 * Sets the value of the '{@link drover.model.PhaseCost#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(long value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see drover.model.DroverPackage#getPhaseCost_DurationMillis()
	 * @model
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link drover.model.PhaseCost#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes</em>' attribute.
	 * @see #setBytes(long)
	 * @see drover.model.DroverPackage#getPhaseCost_Bytes()
	 * @model
	 * @generated
	 */
	long getBytes();

	/**
	 * Sets the value of the '{@link drover.model.PhaseCost#getBytes <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes</em>' attribute.
	 * @see #getBytes()
	 * @generated
	 */
	void setBytes(long value);

} // PhaseCost

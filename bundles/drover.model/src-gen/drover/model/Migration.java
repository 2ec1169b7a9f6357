/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One checkpoint, restore or migration operation and what it cost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.Migration#getId <em>Id</em>}</li>
 *   <li>{@link drover.model.Migration#getSourceHost <em>Source Host</em>}</li>
 *   <li>{@link drover.model.Migration#getTargetHost <em>Target Host</em>}</li>
 *   <li>{@link drover.model.Migration#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.Migration#getCommand <em>Command</em>}</li>
 *   <li>{@link drover.model.Migration#getPhase <em>Phase</em>}</li>
 *   <li>{@link drover.model.Migration#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link drover.model.Migration#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link drover.model.Migration#getDowntimeMillis <em>Downtime Millis</em>}</li>
 *   <li>{@link drover.model.Migration#getBytesOnWire <em>Bytes On Wire</em>}</li>
 *   <li>{@link drover.model.Migration#getThroughput <em>Throughput</em>}</li>
 *   <li>{@link drover.model.Migration#getFailurePhase <em>Failure Phase</em>}</li>
 *   <li>{@link drover.model.Migration#getFailureCause <em>Failure Cause</em>}</li>
 *   <li>{@link drover.model.Migration#getOperator <em>Operator</em>}</li>
 *   <li>{@link drover.model.Migration#getPhaseCosts <em>Phase Costs</em>}</li>
 *   <li>{@link drover.model.Migration#getImage <em>Image</em>}</li>
 *   <li>{@link drover.model.Migration#getKind <em>Kind</em>}</li>
 *   <li>{@link drover.model.Migration#getDifferences <em>Differences</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getMigration()
 * @model
 * @generated
 */
public interface Migration extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see drover.model.DroverPackage#getMigration_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Source Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Host</em>' attribute.
	 * @see #setSourceHost(String)
	 * @see drover.model.DroverPackage#getMigration_SourceHost()
	 * @model
	 * @generated
	 */
	String getSourceHost();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getSourceHost <em>Source Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Host</em>' attribute.
	 * @see #getSourceHost()
	 * @generated
	 */
	void setSourceHost(String value);

	/**
	 * Returns the value of the '<em><b>Target Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Host</em>' attribute.
	 * @see #setTargetHost(String)
	 * @see drover.model.DroverPackage#getMigration_TargetHost()
	 * @model
	 * @generated
	 */
	String getTargetHost();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getTargetHost <em>Target Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Host</em>' attribute.
	 * @see #getTargetHost()
	 * @generated
	 */
	void setTargetHost(String value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see drover.model.DroverPackage#getMigration_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see drover.model.DroverPackage#getMigration_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.MigrationPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see drover.model.MigrationPhase
	 * @see #setPhase(MigrationPhase)
	 * @see drover.model.DroverPackage#getMigration_Phase()
	 * @model
	 * @generated
	 */
	MigrationPhase getPhase();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getPhase <em>Phase</em>}' attribute.
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
	 * @see drover.model.DroverPackage#getMigration_StartedAt()
	 * @model
	 * @generated
	 */
	long getStartedAt();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(long value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(long)
	 * @see drover.model.DroverPackage#getMigration_FinishedAt()
	 * @model
	 * @generated
	 */
	long getFinishedAt();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(long value);

	/**
	 * Returns the value of the '<em><b>Downtime Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Downtime Millis</em>' attribute.
	 * @see #setDowntimeMillis(long)
	 * @see drover.model.DroverPackage#getMigration_DowntimeMillis()
	 * @model
	 * @generated
	 */
	long getDowntimeMillis();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getDowntimeMillis <em>Downtime Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Downtime Millis</em>' attribute.
	 * @see #getDowntimeMillis()
	 * @generated
	 */
	void setDowntimeMillis(long value);

	/**
	 * Returns the value of the '<em><b>Bytes On Wire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes On Wire</em>' attribute.
	 * @see #setBytesOnWire(long)
	 * @see drover.model.DroverPackage#getMigration_BytesOnWire()
	 * @model
	 * @generated
	 */
	long getBytesOnWire();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getBytesOnWire <em>Bytes On Wire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes On Wire</em>' attribute.
	 * @see #getBytesOnWire()
	 * @generated
	 */
	void setBytesOnWire(long value);

	/**
	 * Returns the value of the '<em><b>Throughput</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Throughput</em>' attribute.
	 * @see #setThroughput(double)
	 * @see drover.model.DroverPackage#getMigration_Throughput()
	 * @model
	 * @generated
	 */
	double getThroughput();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getThroughput <em>Throughput</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Throughput</em>' attribute.
	 * @see #getThroughput()
	 * @generated
	 */
	void setThroughput(double value);

	/**
	 * Returns the value of the '<em><b>Failure Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.MigrationPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Phase</em>' attribute.
	 * @see drover.model.MigrationPhase
	 * @see #setFailurePhase(MigrationPhase)
	 * @see drover.model.DroverPackage#getMigration_FailurePhase()
	 * @model
	 * @generated
	 */
	MigrationPhase getFailurePhase();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getFailurePhase <em>Failure Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Phase</em>' attribute.
	 * @see drover.model.MigrationPhase
	 * @see #getFailurePhase()
	 * @generated
	 */
	void setFailurePhase(MigrationPhase value);

	/**
	 * Returns the value of the '<em><b>Failure Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Cause</em>' attribute.
	 * @see #setFailureCause(String)
	 * @see drover.model.DroverPackage#getMigration_FailureCause()
	 * @model
	 * @generated
	 */
	String getFailureCause();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getFailureCause <em>Failure Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Cause</em>' attribute.
	 * @see #getFailureCause()
	 * @generated
	 */
	void setFailureCause(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see drover.model.DroverPackage#getMigration_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Phase Costs</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.PhaseCost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase Costs</em>' containment reference list.
	 * @see drover.model.DroverPackage#getMigration_PhaseCosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhaseCost> getPhaseCosts();

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(CheckpointImage)
	 * @see drover.model.DroverPackage#getMigration_Image()
	 * @model
	 * @generated
	 */
	CheckpointImage getImage();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(CheckpointImage value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.OperationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see drover.model.OperationKind
	 * @see #setKind(OperationKind)
	 * @see drover.model.DroverPackage#getMigration_Kind()
	 * @model
	 * @generated
	 */
	OperationKind getKind();

	/**
	 * Sets the value of the '{@link drover.model.Migration#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see drover.model.OperationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OperationKind value);

	/**
	 * Returns the value of the '<em><b>Differences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fork: what the copy does not share with the original.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Differences</em>' attribute list.
	 * @see drover.model.DroverPackage#getMigration_Differences()
	 * @model
	 * @generated
	 */
	EList<String> getDifferences();

} // Migration

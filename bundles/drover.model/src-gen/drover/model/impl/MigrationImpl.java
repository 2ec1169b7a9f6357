/**
 */
package drover.model.impl;

import drover.model.CheckpointImage;
import drover.model.DroverPackage;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OperationKind;
import drover.model.PhaseCost;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Migration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.MigrationImpl#getId <em>Id</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getSourceHost <em>Source Host</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getTargetHost <em>Target Host</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getDowntimeMillis <em>Downtime Millis</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getBytesOnWire <em>Bytes On Wire</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getThroughput <em>Throughput</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getFailurePhase <em>Failure Phase</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getFailureCause <em>Failure Cause</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getPhaseCosts <em>Phase Costs</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getImage <em>Image</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link drover.model.impl.MigrationImpl#getDifferences <em>Differences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MigrationImpl extends MinimalEObjectImpl.Container implements Migration {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceHost() <em>Source Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceHost()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceHost() <em>Source Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceHost()
	 * @generated
	 * @ordered
	 */
	protected String sourceHost = SOURCE_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetHost() <em>Target Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHost()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetHost() <em>Target Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHost()
	 * @generated
	 * @ordered
	 */
	protected String targetHost = TARGET_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected int pid = PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected String command = COMMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final MigrationPhase PHASE_EDEFAULT = MigrationPhase.NONE;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected MigrationPhase phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final long STARTED_AT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected long startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final long FINISHED_AT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected long finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDowntimeMillis() <em>Downtime Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDowntimeMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DOWNTIME_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDowntimeMillis() <em>Downtime Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDowntimeMillis()
	 * @generated
	 * @ordered
	 */
	protected long downtimeMillis = DOWNTIME_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesOnWire() <em>Bytes On Wire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesOnWire()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_ON_WIRE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesOnWire() <em>Bytes On Wire</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesOnWire()
	 * @generated
	 * @ordered
	 */
	protected long bytesOnWire = BYTES_ON_WIRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThroughput() <em>Throughput</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThroughput()
	 * @generated
	 * @ordered
	 */
	protected static final double THROUGHPUT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThroughput() <em>Throughput</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThroughput()
	 * @generated
	 * @ordered
	 */
	protected double throughput = THROUGHPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailurePhase() <em>Failure Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePhase()
	 * @generated
	 * @ordered
	 */
	protected static final MigrationPhase FAILURE_PHASE_EDEFAULT = MigrationPhase.NONE;

	/**
	 * The cached value of the '{@link #getFailurePhase() <em>Failure Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePhase()
	 * @generated
	 * @ordered
	 */
	protected MigrationPhase failurePhase = FAILURE_PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureCause() <em>Failure Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureCause()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureCause() <em>Failure Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureCause()
	 * @generated
	 * @ordered
	 */
	protected String failureCause = FAILURE_CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhaseCosts() <em>Phase Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhaseCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<PhaseCost> phaseCosts;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected CheckpointImage image;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OperationKind KIND_EDEFAULT = OperationKind.CHECKPOINT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OperationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDifferences() <em>Differences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> differences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MigrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.MIGRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceHost() {
		return sourceHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceHost(String newSourceHost) {
		String oldSourceHost = sourceHost;
		sourceHost = newSourceHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__SOURCE_HOST, oldSourceHost, sourceHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetHost() {
		return targetHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetHost(String newTargetHost) {
		String oldTargetHost = targetHost;
		targetHost = newTargetHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__TARGET_HOST, oldTargetHost, targetHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(int newPid) {
		int oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommand() {
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommand(String newCommand) {
		String oldCommand = command;
		command = newCommand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__COMMAND, oldCommand, command));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationPhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(MigrationPhase newPhase) {
		MigrationPhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(long newStartedAt) {
		long oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(long newFinishedAt) {
		long oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDowntimeMillis() {
		return downtimeMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDowntimeMillis(long newDowntimeMillis) {
		long oldDowntimeMillis = downtimeMillis;
		downtimeMillis = newDowntimeMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__DOWNTIME_MILLIS, oldDowntimeMillis, downtimeMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesOnWire() {
		return bytesOnWire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesOnWire(long newBytesOnWire) {
		long oldBytesOnWire = bytesOnWire;
		bytesOnWire = newBytesOnWire;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__BYTES_ON_WIRE, oldBytesOnWire, bytesOnWire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThroughput() {
		return throughput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThroughput(double newThroughput) {
		double oldThroughput = throughput;
		throughput = newThroughput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__THROUGHPUT, oldThroughput, throughput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MigrationPhase getFailurePhase() {
		return failurePhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailurePhase(MigrationPhase newFailurePhase) {
		MigrationPhase oldFailurePhase = failurePhase;
		failurePhase = newFailurePhase == null ? FAILURE_PHASE_EDEFAULT : newFailurePhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__FAILURE_PHASE, oldFailurePhase, failurePhase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureCause() {
		return failureCause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureCause(String newFailureCause) {
		String oldFailureCause = failureCause;
		failureCause = newFailureCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__FAILURE_CAUSE, oldFailureCause, failureCause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhaseCost> getPhaseCosts() {
		if (phaseCosts == null) {
			phaseCosts = new EObjectContainmentEList<PhaseCost>(PhaseCost.class, this, DroverPackage.MIGRATION__PHASE_COSTS);
		}
		return phaseCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckpointImage getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (CheckpointImage)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DroverPackage.MIGRATION__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CheckpointImage basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(CheckpointImage newImage) {
		CheckpointImage oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OperationKind newKind) {
		OperationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MIGRATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDifferences() {
		if (differences == null) {
			differences = new EDataTypeUniqueEList<String>(String.class, this, DroverPackage.MIGRATION__DIFFERENCES);
		}
		return differences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DroverPackage.MIGRATION__PHASE_COSTS:
				return ((InternalEList<?>)getPhaseCosts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.MIGRATION__ID:
				return getId();
			case DroverPackage.MIGRATION__SOURCE_HOST:
				return getSourceHost();
			case DroverPackage.MIGRATION__TARGET_HOST:
				return getTargetHost();
			case DroverPackage.MIGRATION__PID:
				return getPid();
			case DroverPackage.MIGRATION__COMMAND:
				return getCommand();
			case DroverPackage.MIGRATION__PHASE:
				return getPhase();
			case DroverPackage.MIGRATION__STARTED_AT:
				return getStartedAt();
			case DroverPackage.MIGRATION__FINISHED_AT:
				return getFinishedAt();
			case DroverPackage.MIGRATION__DOWNTIME_MILLIS:
				return getDowntimeMillis();
			case DroverPackage.MIGRATION__BYTES_ON_WIRE:
				return getBytesOnWire();
			case DroverPackage.MIGRATION__THROUGHPUT:
				return getThroughput();
			case DroverPackage.MIGRATION__FAILURE_PHASE:
				return getFailurePhase();
			case DroverPackage.MIGRATION__FAILURE_CAUSE:
				return getFailureCause();
			case DroverPackage.MIGRATION__OPERATOR:
				return getOperator();
			case DroverPackage.MIGRATION__PHASE_COSTS:
				return getPhaseCosts();
			case DroverPackage.MIGRATION__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case DroverPackage.MIGRATION__KIND:
				return getKind();
			case DroverPackage.MIGRATION__DIFFERENCES:
				return getDifferences();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DroverPackage.MIGRATION__ID:
				setId((String)newValue);
				return;
			case DroverPackage.MIGRATION__SOURCE_HOST:
				setSourceHost((String)newValue);
				return;
			case DroverPackage.MIGRATION__TARGET_HOST:
				setTargetHost((String)newValue);
				return;
			case DroverPackage.MIGRATION__PID:
				setPid((Integer)newValue);
				return;
			case DroverPackage.MIGRATION__COMMAND:
				setCommand((String)newValue);
				return;
			case DroverPackage.MIGRATION__PHASE:
				setPhase((MigrationPhase)newValue);
				return;
			case DroverPackage.MIGRATION__STARTED_AT:
				setStartedAt((Long)newValue);
				return;
			case DroverPackage.MIGRATION__FINISHED_AT:
				setFinishedAt((Long)newValue);
				return;
			case DroverPackage.MIGRATION__DOWNTIME_MILLIS:
				setDowntimeMillis((Long)newValue);
				return;
			case DroverPackage.MIGRATION__BYTES_ON_WIRE:
				setBytesOnWire((Long)newValue);
				return;
			case DroverPackage.MIGRATION__THROUGHPUT:
				setThroughput((Double)newValue);
				return;
			case DroverPackage.MIGRATION__FAILURE_PHASE:
				setFailurePhase((MigrationPhase)newValue);
				return;
			case DroverPackage.MIGRATION__FAILURE_CAUSE:
				setFailureCause((String)newValue);
				return;
			case DroverPackage.MIGRATION__OPERATOR:
				setOperator((String)newValue);
				return;
			case DroverPackage.MIGRATION__PHASE_COSTS:
				getPhaseCosts().clear();
				getPhaseCosts().addAll((Collection<? extends PhaseCost>)newValue);
				return;
			case DroverPackage.MIGRATION__IMAGE:
				setImage((CheckpointImage)newValue);
				return;
			case DroverPackage.MIGRATION__KIND:
				setKind((OperationKind)newValue);
				return;
			case DroverPackage.MIGRATION__DIFFERENCES:
				getDifferences().clear();
				getDifferences().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DroverPackage.MIGRATION__ID:
				setId(ID_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__SOURCE_HOST:
				setSourceHost(SOURCE_HOST_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__TARGET_HOST:
				setTargetHost(TARGET_HOST_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__PID:
				setPid(PID_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__COMMAND:
				setCommand(COMMAND_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__DOWNTIME_MILLIS:
				setDowntimeMillis(DOWNTIME_MILLIS_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__BYTES_ON_WIRE:
				setBytesOnWire(BYTES_ON_WIRE_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__THROUGHPUT:
				setThroughput(THROUGHPUT_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__FAILURE_PHASE:
				setFailurePhase(FAILURE_PHASE_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__FAILURE_CAUSE:
				setFailureCause(FAILURE_CAUSE_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__PHASE_COSTS:
				getPhaseCosts().clear();
				return;
			case DroverPackage.MIGRATION__IMAGE:
				setImage((CheckpointImage)null);
				return;
			case DroverPackage.MIGRATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DroverPackage.MIGRATION__DIFFERENCES:
				getDifferences().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DroverPackage.MIGRATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DroverPackage.MIGRATION__SOURCE_HOST:
				return SOURCE_HOST_EDEFAULT == null ? sourceHost != null : !SOURCE_HOST_EDEFAULT.equals(sourceHost);
			case DroverPackage.MIGRATION__TARGET_HOST:
				return TARGET_HOST_EDEFAULT == null ? targetHost != null : !TARGET_HOST_EDEFAULT.equals(targetHost);
			case DroverPackage.MIGRATION__PID:
				return pid != PID_EDEFAULT;
			case DroverPackage.MIGRATION__COMMAND:
				return COMMAND_EDEFAULT == null ? command != null : !COMMAND_EDEFAULT.equals(command);
			case DroverPackage.MIGRATION__PHASE:
				return phase != PHASE_EDEFAULT;
			case DroverPackage.MIGRATION__STARTED_AT:
				return startedAt != STARTED_AT_EDEFAULT;
			case DroverPackage.MIGRATION__FINISHED_AT:
				return finishedAt != FINISHED_AT_EDEFAULT;
			case DroverPackage.MIGRATION__DOWNTIME_MILLIS:
				return downtimeMillis != DOWNTIME_MILLIS_EDEFAULT;
			case DroverPackage.MIGRATION__BYTES_ON_WIRE:
				return bytesOnWire != BYTES_ON_WIRE_EDEFAULT;
			case DroverPackage.MIGRATION__THROUGHPUT:
				return throughput != THROUGHPUT_EDEFAULT;
			case DroverPackage.MIGRATION__FAILURE_PHASE:
				return failurePhase != FAILURE_PHASE_EDEFAULT;
			case DroverPackage.MIGRATION__FAILURE_CAUSE:
				return FAILURE_CAUSE_EDEFAULT == null ? failureCause != null : !FAILURE_CAUSE_EDEFAULT.equals(failureCause);
			case DroverPackage.MIGRATION__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case DroverPackage.MIGRATION__PHASE_COSTS:
				return phaseCosts != null && !phaseCosts.isEmpty();
			case DroverPackage.MIGRATION__IMAGE:
				return image != null;
			case DroverPackage.MIGRATION__KIND:
				return kind != KIND_EDEFAULT;
			case DroverPackage.MIGRATION__DIFFERENCES:
				return differences != null && !differences.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", sourceHost: ");
		result.append(sourceHost);
		result.append(", targetHost: ");
		result.append(targetHost);
		result.append(", pid: ");
		result.append(pid);
		result.append(", command: ");
		result.append(command);
		result.append(", phase: ");
		result.append(phase);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", downtimeMillis: ");
		result.append(downtimeMillis);
		result.append(", bytesOnWire: ");
		result.append(bytesOnWire);
		result.append(", throughput: ");
		result.append(throughput);
		result.append(", failurePhase: ");
		result.append(failurePhase);
		result.append(", failureCause: ");
		result.append(failureCause);
		result.append(", operator: ");
		result.append(operator);
		result.append(", kind: ");
		result.append(kind);
		result.append(", differences: ");
		result.append(differences);
		result.append(')');
		return result.toString();
	}

} //MigrationImpl

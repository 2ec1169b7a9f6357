/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.MigrationPhase;
import drover.model.PhaseCost;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phase Cost</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.PhaseCostImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link drover.model.impl.PhaseCostImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link drover.model.impl.PhaseCostImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link drover.model.impl.PhaseCostImpl#getBytes <em>Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhaseCostImpl extends MinimalEObjectImpl.Container implements PhaseCost {
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
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytes() <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytes() <em>Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytes()
	 * @generated
	 * @ordered
	 */
	protected long bytes = BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhaseCostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.PHASE_COST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PHASE_COST__PHASE, oldPhase, phase));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PHASE_COST__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PHASE_COST__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytes() {
		return bytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytes(long newBytes) {
		long oldBytes = bytes;
		bytes = newBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PHASE_COST__BYTES, oldBytes, bytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.PHASE_COST__PHASE:
				return getPhase();
			case DroverPackage.PHASE_COST__STARTED_AT:
				return getStartedAt();
			case DroverPackage.PHASE_COST__DURATION_MILLIS:
				return getDurationMillis();
			case DroverPackage.PHASE_COST__BYTES:
				return getBytes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DroverPackage.PHASE_COST__PHASE:
				setPhase((MigrationPhase)newValue);
				return;
			case DroverPackage.PHASE_COST__STARTED_AT:
				setStartedAt((Long)newValue);
				return;
			case DroverPackage.PHASE_COST__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case DroverPackage.PHASE_COST__BYTES:
				setBytes((Long)newValue);
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
			case DroverPackage.PHASE_COST__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case DroverPackage.PHASE_COST__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case DroverPackage.PHASE_COST__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case DroverPackage.PHASE_COST__BYTES:
				setBytes(BYTES_EDEFAULT);
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
			case DroverPackage.PHASE_COST__PHASE:
				return phase != PHASE_EDEFAULT;
			case DroverPackage.PHASE_COST__STARTED_AT:
				return startedAt != STARTED_AT_EDEFAULT;
			case DroverPackage.PHASE_COST__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case DroverPackage.PHASE_COST__BYTES:
				return bytes != BYTES_EDEFAULT;
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
		result.append(" (phase: ");
		result.append(phase);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(", bytes: ");
		result.append(bytes);
		result.append(')');
		return result.toString();
	}

} //PhaseCostImpl

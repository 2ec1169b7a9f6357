/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.MemoryMapSummary;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory Map Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getMappingCount <em>Mapping Count</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getVirtualSize <em>Virtual Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getAnonymousSize <em>Anonymous Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getFileBackedSize <em>File Backed Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getSharedSize <em>Shared Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getStackSize <em>Stack Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getHeapSize <em>Heap Size</em>}</li>
 *   <li>{@link drover.model.impl.MemoryMapSummaryImpl#getMappedFiles <em>Mapped Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoryMapSummaryImpl extends MinimalEObjectImpl.Container implements MemoryMapSummary {
	/**
	 * The default value of the '{@link #getMappingCount() <em>Mapping Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MAPPING_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMappingCount() <em>Mapping Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingCount()
	 * @generated
	 * @ordered
	 */
	protected int mappingCount = MAPPING_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualSize() <em>Virtual Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualSize()
	 * @generated
	 * @ordered
	 */
	protected static final long VIRTUAL_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVirtualSize() <em>Virtual Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualSize()
	 * @generated
	 * @ordered
	 */
	protected long virtualSize = VIRTUAL_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnonymousSize() <em>Anonymous Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonymousSize()
	 * @generated
	 * @ordered
	 */
	protected static final long ANONYMOUS_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnonymousSize() <em>Anonymous Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonymousSize()
	 * @generated
	 * @ordered
	 */
	protected long anonymousSize = ANONYMOUS_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileBackedSize() <em>File Backed Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileBackedSize()
	 * @generated
	 * @ordered
	 */
	protected static final long FILE_BACKED_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFileBackedSize() <em>File Backed Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileBackedSize()
	 * @generated
	 * @ordered
	 */
	protected long fileBackedSize = FILE_BACKED_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharedSize() <em>Shared Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SHARED_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSharedSize() <em>Shared Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedSize()
	 * @generated
	 * @ordered
	 */
	protected long sharedSize = SHARED_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStackSize() <em>Stack Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStackSize()
	 * @generated
	 * @ordered
	 */
	protected static final long STACK_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStackSize() <em>Stack Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStackSize()
	 * @generated
	 * @ordered
	 */
	protected long stackSize = STACK_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeapSize() <em>Heap Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeapSize()
	 * @generated
	 * @ordered
	 */
	protected static final long HEAP_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHeapSize() <em>Heap Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeapSize()
	 * @generated
	 * @ordered
	 */
	protected long heapSize = HEAP_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMappedFiles() <em>Mapped Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappedFiles()
	 * @generated
	 * @ordered
	 */
	protected static final int MAPPED_FILES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMappedFiles() <em>Mapped Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappedFiles()
	 * @generated
	 * @ordered
	 */
	protected int mappedFiles = MAPPED_FILES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryMapSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.MEMORY_MAP_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMappingCount() {
		return mappingCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappingCount(int newMappingCount) {
		int oldMappingCount = mappingCount;
		mappingCount = newMappingCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT, oldMappingCount, mappingCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVirtualSize() {
		return virtualSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualSize(long newVirtualSize) {
		long oldVirtualSize = virtualSize;
		virtualSize = newVirtualSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE, oldVirtualSize, virtualSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnonymousSize() {
		return anonymousSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonymousSize(long newAnonymousSize) {
		long oldAnonymousSize = anonymousSize;
		anonymousSize = newAnonymousSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE, oldAnonymousSize, anonymousSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFileBackedSize() {
		return fileBackedSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileBackedSize(long newFileBackedSize) {
		long oldFileBackedSize = fileBackedSize;
		fileBackedSize = newFileBackedSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE, oldFileBackedSize, fileBackedSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSharedSize() {
		return sharedSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedSize(long newSharedSize) {
		long oldSharedSize = sharedSize;
		sharedSize = newSharedSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE, oldSharedSize, sharedSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStackSize() {
		return stackSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStackSize(long newStackSize) {
		long oldStackSize = stackSize;
		stackSize = newStackSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE, oldStackSize, stackSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHeapSize() {
		return heapSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeapSize(long newHeapSize) {
		long oldHeapSize = heapSize;
		heapSize = newHeapSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE, oldHeapSize, heapSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMappedFiles() {
		return mappedFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappedFiles(int newMappedFiles) {
		int oldMappedFiles = mappedFiles;
		mappedFiles = newMappedFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES, oldMappedFiles, mappedFiles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT:
				return getMappingCount();
			case DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE:
				return getVirtualSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE:
				return getAnonymousSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE:
				return getFileBackedSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE:
				return getSharedSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE:
				return getStackSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE:
				return getHeapSize();
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES:
				return getMappedFiles();
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
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT:
				setMappingCount((Integer)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE:
				setVirtualSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE:
				setAnonymousSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE:
				setFileBackedSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE:
				setSharedSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE:
				setStackSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE:
				setHeapSize((Long)newValue);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES:
				setMappedFiles((Integer)newValue);
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
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT:
				setMappingCount(MAPPING_COUNT_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE:
				setVirtualSize(VIRTUAL_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE:
				setAnonymousSize(ANONYMOUS_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE:
				setFileBackedSize(FILE_BACKED_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE:
				setSharedSize(SHARED_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE:
				setStackSize(STACK_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE:
				setHeapSize(HEAP_SIZE_EDEFAULT);
				return;
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES:
				setMappedFiles(MAPPED_FILES_EDEFAULT);
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
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPING_COUNT:
				return mappingCount != MAPPING_COUNT_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__VIRTUAL_SIZE:
				return virtualSize != VIRTUAL_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE:
				return anonymousSize != ANONYMOUS_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE:
				return fileBackedSize != FILE_BACKED_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__SHARED_SIZE:
				return sharedSize != SHARED_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__STACK_SIZE:
				return stackSize != STACK_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__HEAP_SIZE:
				return heapSize != HEAP_SIZE_EDEFAULT;
			case DroverPackage.MEMORY_MAP_SUMMARY__MAPPED_FILES:
				return mappedFiles != MAPPED_FILES_EDEFAULT;
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
		result.append(" (mappingCount: ");
		result.append(mappingCount);
		result.append(", virtualSize: ");
		result.append(virtualSize);
		result.append(", anonymousSize: ");
		result.append(anonymousSize);
		result.append(", fileBackedSize: ");
		result.append(fileBackedSize);
		result.append(", sharedSize: ");
		result.append(sharedSize);
		result.append(", stackSize: ");
		result.append(stackSize);
		result.append(", heapSize: ");
		result.append(heapSize);
		result.append(", mappedFiles: ");
		result.append(mappedFiles);
		result.append(')');
		return result.toString();
	}

} //MemoryMapSummaryImpl

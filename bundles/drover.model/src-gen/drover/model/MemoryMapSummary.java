/**
 */
package drover.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Map Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Totals over /proc/PID/smaps of a process; sizes in bytes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.MemoryMapSummary#getMappingCount <em>Mapping Count</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getVirtualSize <em>Virtual Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getAnonymousSize <em>Anonymous Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getFileBackedSize <em>File Backed Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getSharedSize <em>Shared Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getStackSize <em>Stack Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getHeapSize <em>Heap Size</em>}</li>
 *   <li>{@link drover.model.MemoryMapSummary#getMappedFiles <em>Mapped Files</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getMemoryMapSummary()
 * @model
 * @generated
 */
public interface MemoryMapSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Mapping Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping Count</em>' attribute.
	 * @see #setMappingCount(int)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_MappingCount()
	 * @model
	 * @generated
	 */
	int getMappingCount();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getMappingCount <em>Mapping Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping Count</em>' attribute.
	 * @see #getMappingCount()
	 * @generated
	 */
	void setMappingCount(int value);

	/**
	 * Returns the value of the '<em><b>Virtual Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Size</em>' attribute.
	 * @see #setVirtualSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_VirtualSize()
	 * @model
	 * @generated
	 */
	long getVirtualSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getVirtualSize <em>Virtual Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Size</em>' attribute.
	 * @see #getVirtualSize()
	 * @generated
	 */
	void setVirtualSize(long value);

	/**
	 * Returns the value of the '<em><b>Anonymous Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anonymous Size</em>' attribute.
	 * @see #setAnonymousSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_AnonymousSize()
	 * @model
	 * @generated
	 */
	long getAnonymousSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getAnonymousSize <em>Anonymous Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anonymous Size</em>' attribute.
	 * @see #getAnonymousSize()
	 * @generated
	 */
	void setAnonymousSize(long value);

	/**
	 * Returns the value of the '<em><b>File Backed Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Backed Size</em>' attribute.
	 * @see #setFileBackedSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_FileBackedSize()
	 * @model
	 * @generated
	 */
	long getFileBackedSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getFileBackedSize <em>File Backed Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Backed Size</em>' attribute.
	 * @see #getFileBackedSize()
	 * @generated
	 */
	void setFileBackedSize(long value);

	/**
	 * Returns the value of the '<em><b>Shared Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared Size</em>' attribute.
	 * @see #setSharedSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_SharedSize()
	 * @model
	 * @generated
	 */
	long getSharedSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getSharedSize <em>Shared Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared Size</em>' attribute.
	 * @see #getSharedSize()
	 * @generated
	 */
	void setSharedSize(long value);

	/**
	 * Returns the value of the '<em><b>Stack Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stack Size</em>' attribute.
	 * @see #setStackSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_StackSize()
	 * @model
	 * @generated
	 */
	long getStackSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getStackSize <em>Stack Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stack Size</em>' attribute.
	 * @see #getStackSize()
	 * @generated
	 */
	void setStackSize(long value);

	/**
	 * Returns the value of the '<em><b>Heap Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heap Size</em>' attribute.
	 * @see #setHeapSize(long)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_HeapSize()
	 * @model
	 * @generated
	 */
	long getHeapSize();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getHeapSize <em>Heap Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heap Size</em>' attribute.
	 * @see #getHeapSize()
	 * @generated
	 */
	void setHeapSize(long value);

	/**
	 * Returns the value of the '<em><b>Mapped Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapped Files</em>' attribute.
	 * @see #setMappedFiles(int)
	 * @see drover.model.DroverPackage#getMemoryMapSummary_MappedFiles()
	 * @model
	 * @generated
	 */
	int getMappedFiles();

	/**
	 * Sets the value of the '{@link drover.model.MemoryMapSummary#getMappedFiles <em>Mapped Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapped Files</em>' attribute.
	 * @see #getMappedFiles()
	 * @generated
	 */
	void setMappedFiles(int value);

} // MemoryMapSummary

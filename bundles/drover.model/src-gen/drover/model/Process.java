/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process of a host. Host.processes holds every process of the host; parent and children give the tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.Process#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.Process#getPpid <em>Ppid</em>}</li>
 *   <li>{@link drover.model.Process#getParent <em>Parent</em>}</li>
 *   <li>{@link drover.model.Process#getChildren <em>Children</em>}</li>
 *   <li>{@link drover.model.Process#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.Process#getCommandLine <em>Command Line</em>}</li>
 *   <li>{@link drover.model.Process#getExecutable <em>Executable</em>}</li>
 *   <li>{@link drover.model.Process#getUser <em>User</em>}</li>
 *   <li>{@link drover.model.Process#getUid <em>Uid</em>}</li>
 *   <li>{@link drover.model.Process#getState <em>State</em>}</li>
 *   <li>{@link drover.model.Process#getThreads <em>Threads</em>}</li>
 *   <li>{@link drover.model.Process#getResidentMemory <em>Resident Memory</em>}</li>
 *   <li>{@link drover.model.Process#getVirtualMemory <em>Virtual Memory</em>}</li>
 *   <li>{@link drover.model.Process#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link drover.model.Process#getCgroup <em>Cgroup</em>}</li>
 *   <li>{@link drover.model.Process#getReadError <em>Read Error</em>}</li>
 *   <li>{@link drover.model.Process#getResources <em>Resources</em>}</li>
 *   <li>{@link drover.model.Process#getMemoryMaps <em>Memory Maps</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getProcess()
 * @model
 * @generated
 */
public interface Process extends EObject {
	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see drover.model.DroverPackage#getProcess_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link drover.model.Process#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Ppid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ppid</em>' attribute.
	 * @see #setPpid(int)
	 * @see drover.model.DroverPackage#getProcess_Ppid()
	 * @model
	 * @generated
	 */
	int getPpid();

	/**
	 * Sets the value of the '{@link drover.model.Process#getPpid <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ppid</em>' attribute.
	 * @see #getPpid()
	 * @generated
	 */
	void setPpid(int value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link drover.model.Process#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Process)
	 * @see drover.model.DroverPackage#getProcess_Parent()
	 * @see drover.model.Process#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Process getParent();

	/**
	 * Sets the value of the '{@link drover.model.Process#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Process value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link drover.model.Process}.
	 * It is bidirectional and its opposite is '{@link drover.model.Process#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see drover.model.DroverPackage#getProcess_Children()
	 * @see drover.model.Process#getParent
	 * @model opposite="parent"
	 * @generated
	 */
	EList<Process> getChildren();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see drover.model.DroverPackage#getProcess_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link drover.model.Process#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Command Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command Line</em>' attribute.
	 * @see #setCommandLine(String)
	 * @see drover.model.DroverPackage#getProcess_CommandLine()
	 * @model
	 * @generated
	 */
	String getCommandLine();

	/**
	 * Sets the value of the '{@link drover.model.Process#getCommandLine <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command Line</em>' attribute.
	 * @see #getCommandLine()
	 * @generated
	 */
	void setCommandLine(String value);

	/**
	 * Returns the value of the '<em><b>Executable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Executable</em>' attribute.
	 * @see #setExecutable(String)
	 * @see drover.model.DroverPackage#getProcess_Executable()
	 * @model
	 * @generated
	 */
	String getExecutable();

	/**
	 * Sets the value of the '{@link drover.model.Process#getExecutable <em>Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executable</em>' attribute.
	 * @see #getExecutable()
	 * @generated
	 */
	void setExecutable(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see drover.model.DroverPackage#getProcess_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link drover.model.Process#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(int)
	 * @see drover.model.DroverPackage#getProcess_Uid()
	 * @model
	 * @generated
	 */
	int getUid();

	/**
	 * Sets the value of the '{@link drover.model.Process#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see drover.model.DroverPackage#getProcess_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link drover.model.Process#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see drover.model.DroverPackage#getProcess_Threads()
	 * @model
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link drover.model.Process#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Resident Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resident Memory</em>' attribute.
	 * @see #setResidentMemory(long)
	 * @see drover.model.DroverPackage#getProcess_ResidentMemory()
	 * @model
	 * @generated
	 */
	long getResidentMemory();

	/**
	 * Sets the value of the '{@link drover.model.Process#getResidentMemory <em>Resident Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident Memory</em>' attribute.
	 * @see #getResidentMemory()
	 * @generated
	 */
	void setResidentMemory(long value);

	/**
	 * Returns the value of the '<em><b>Virtual Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Memory</em>' attribute.
	 * @see #setVirtualMemory(long)
	 * @see drover.model.DroverPackage#getProcess_VirtualMemory()
	 * @model
	 * @generated
	 */
	long getVirtualMemory();

	/**
	 * Sets the value of the '{@link drover.model.Process#getVirtualMemory <em>Virtual Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Memory</em>' attribute.
	 * @see #getVirtualMemory()
	 * @generated
	 */
	void setVirtualMemory(long value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(long)
	 * @see drover.model.DroverPackage#getProcess_StartTime()
	 * @model
	 * @generated
	 */
	long getStartTime();

	/**
	 * Sets the value of the '{@link drover.model.Process#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(long value);

	/**
	 * Returns the value of the '<em><b>Cgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cgroup</em>' attribute.
	 * @see #setCgroup(String)
	 * @see drover.model.DroverPackage#getProcess_Cgroup()
	 * @model
	 * @generated
	 */
	String getCgroup();

	/**
	 * Sets the value of the '{@link drover.model.Process#getCgroup <em>Cgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cgroup</em>' attribute.
	 * @see #getCgroup()
	 * @generated
	 */
	void setCgroup(String value);

	/**
	 * Returns the value of the '<em><b>Read Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Error</em>' attribute.
	 * @see #setReadError(String)
	 * @see drover.model.DroverPackage#getProcess_ReadError()
	 * @model
	 * @generated
	 */
	String getReadError();

	/**
	 * Sets the value of the '{@link drover.model.Process#getReadError <em>Read Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Error</em>' attribute.
	 * @see #getReadError()
	 * @generated
	 */
	void setReadError(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.OpenResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see drover.model.DroverPackage#getProcess_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<OpenResource> getResources();

	/**
	 * Returns the value of the '<em><b>Memory Maps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Maps</em>' containment reference.
	 * @see #setMemoryMaps(MemoryMapSummary)
	 * @see drover.model.DroverPackage#getProcess_MemoryMaps()
	 * @model containment="true"
	 * @generated
	 */
	MemoryMapSummary getMemoryMaps();

	/**
	 * Sets the value of the '{@link drover.model.Process#getMemoryMaps <em>Memory Maps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Maps</em>' containment reference.
	 * @see #getMemoryMaps()
	 * @generated
	 */
	void setMemoryMaps(MemoryMapSummary value);

} // Process

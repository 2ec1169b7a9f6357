/**
 */
package drover.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node reached through its agent, with its inventory: hardware, CRIU, processes and checkpoint images.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.Host#getAddress <em>Address</em>}</li>
 *   <li>{@link drover.model.Host#getPort <em>Port</em>}</li>
 *   <li>{@link drover.model.Host#getUser <em>User</em>}</li>
 *   <li>{@link drover.model.Host#getKeyFile <em>Key File</em>}</li>
 *   <li>{@link drover.model.Host#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link drover.model.Host#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link drover.model.Host#getHostname <em>Hostname</em>}</li>
 *   <li>{@link drover.model.Host#getKernel <em>Kernel</em>}</li>
 *   <li>{@link drover.model.Host#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link drover.model.Host#getCpuFlags <em>Cpu Flags</em>}</li>
 *   <li>{@link drover.model.Host#getCpuCount <em>Cpu Count</em>}</li>
 *   <li>{@link drover.model.Host#getMemoryTotal <em>Memory Total</em>}</li>
 *   <li>{@link drover.model.Host#getMemoryAvailable <em>Memory Available</em>}</li>
 *   <li>{@link drover.model.Host#getCriuPath <em>Criu Path</em>}</li>
 *   <li>{@link drover.model.Host#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link drover.model.Host#isCriuCheckOk <em>Criu Check Ok</em>}</li>
 *   <li>{@link drover.model.Host#getCriuCheckMessage <em>Criu Check Message</em>}</li>
 *   <li>{@link drover.model.Host#getStatus <em>Status</em>}</li>
 *   <li>{@link drover.model.Host#getStatusMessage <em>Status Message</em>}</li>
 *   <li>{@link drover.model.Host#getLastRefresh <em>Last Refresh</em>}</li>
 *   <li>{@link drover.model.Host#getInventoryMillis <em>Inventory Millis</em>}</li>
 *   <li>{@link drover.model.Host#getProcesses <em>Processes</em>}</li>
 *   <li>{@link drover.model.Host#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see drover.model.DroverPackage#getHost_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link drover.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see drover.model.DroverPackage#getHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link drover.model.Host#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see drover.model.DroverPackage#getHost_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link drover.model.Host#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see drover.model.DroverPackage#getHost_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link drover.model.Host#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key File</em>' attribute.
	 * @see #setKeyFile(String)
	 * @see drover.model.DroverPackage#getHost_KeyFile()
	 * @model
	 * @generated
	 */
	String getKeyFile();

	/**
	 * Sets the value of the '{@link drover.model.Host#getKeyFile <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key File</em>' attribute.
	 * @see #getKeyFile()
	 * @generated
	 */
	void setKeyFile(String value);

	/**
	 * Returns the value of the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agent Version</em>' attribute.
	 * @see #setAgentVersion(String)
	 * @see drover.model.DroverPackage#getHost_AgentVersion()
	 * @model
	 * @generated
	 */
	String getAgentVersion();

	/**
	 * Sets the value of the '{@link drover.model.Host#getAgentVersion <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent Version</em>' attribute.
	 * @see #getAgentVersion()
	 * @generated
	 */
	void setAgentVersion(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Version</em>' attribute.
	 * @see #setProtocolVersion(int)
	 * @see drover.model.DroverPackage#getHost_ProtocolVersion()
	 * @model
	 * @generated
	 */
	int getProtocolVersion();

	/**
	 * Sets the value of the '{@link drover.model.Host#getProtocolVersion <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Version</em>' attribute.
	 * @see #getProtocolVersion()
	 * @generated
	 */
	void setProtocolVersion(int value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see drover.model.DroverPackage#getHost_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link drover.model.Host#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see drover.model.DroverPackage#getHost_Kernel()
	 * @model
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link drover.model.Host#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Model</em>' attribute.
	 * @see #setCpuModel(String)
	 * @see drover.model.DroverPackage#getHost_CpuModel()
	 * @model
	 * @generated
	 */
	String getCpuModel();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCpuModel <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Model</em>' attribute.
	 * @see #getCpuModel()
	 * @generated
	 */
	void setCpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Flags</em>' attribute.
	 * @see #setCpuFlags(String)
	 * @see drover.model.DroverPackage#getHost_CpuFlags()
	 * @model
	 * @generated
	 */
	String getCpuFlags();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCpuFlags <em>Cpu Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Flags</em>' attribute.
	 * @see #getCpuFlags()
	 * @generated
	 */
	void setCpuFlags(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Count</em>' attribute.
	 * @see #setCpuCount(int)
	 * @see drover.model.DroverPackage#getHost_CpuCount()
	 * @model
	 * @generated
	 */
	int getCpuCount();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCpuCount <em>Cpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Count</em>' attribute.
	 * @see #getCpuCount()
	 * @generated
	 */
	void setCpuCount(int value);

	/**
	 * Returns the value of the '<em><b>Memory Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Total</em>' attribute.
	 * @see #setMemoryTotal(long)
	 * @see drover.model.DroverPackage#getHost_MemoryTotal()
	 * @model
	 * @generated
	 */
	long getMemoryTotal();

	/**
	 * Sets the value of the '{@link drover.model.Host#getMemoryTotal <em>Memory Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Total</em>' attribute.
	 * @see #getMemoryTotal()
	 * @generated
	 */
	void setMemoryTotal(long value);

	/**
	 * Returns the value of the '<em><b>Memory Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Available</em>' attribute.
	 * @see #setMemoryAvailable(long)
	 * @see drover.model.DroverPackage#getHost_MemoryAvailable()
	 * @model
	 * @generated
	 */
	long getMemoryAvailable();

	/**
	 * Sets the value of the '{@link drover.model.Host#getMemoryAvailable <em>Memory Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Available</em>' attribute.
	 * @see #getMemoryAvailable()
	 * @generated
	 */
	void setMemoryAvailable(long value);

	/**
	 * Returns the value of the '<em><b>Criu Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Path</em>' attribute.
	 * @see #setCriuPath(String)
	 * @see drover.model.DroverPackage#getHost_CriuPath()
	 * @model
	 * @generated
	 */
	String getCriuPath();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCriuPath <em>Criu Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Path</em>' attribute.
	 * @see #getCriuPath()
	 * @generated
	 */
	void setCriuPath(String value);

	/**
	 * Returns the value of the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Version</em>' attribute.
	 * @see #setCriuVersion(String)
	 * @see drover.model.DroverPackage#getHost_CriuVersion()
	 * @model
	 * @generated
	 */
	String getCriuVersion();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCriuVersion <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Version</em>' attribute.
	 * @see #getCriuVersion()
	 * @generated
	 */
	void setCriuVersion(String value);

	/**
	 * Returns the value of the '<em><b>Criu Check Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Check Ok</em>' attribute.
	 * @see #setCriuCheckOk(boolean)
	 * @see drover.model.DroverPackage#getHost_CriuCheckOk()
	 * @model
	 * @generated
	 */
	boolean isCriuCheckOk();

	/**
	 * Sets the value of the '{@link drover.model.Host#isCriuCheckOk <em>Criu Check Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Check Ok</em>' attribute.
	 * @see #isCriuCheckOk()
	 * @generated
	 */
	void setCriuCheckOk(boolean value);

	/**
	 * Returns the value of the '<em><b>Criu Check Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Check Message</em>' attribute.
	 * @see #setCriuCheckMessage(String)
	 * @see drover.model.DroverPackage#getHost_CriuCheckMessage()
	 * @model
	 * @generated
	 */
	String getCriuCheckMessage();

	/**
	 * Sets the value of the '{@link drover.model.Host#getCriuCheckMessage <em>Criu Check Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Check Message</em>' attribute.
	 * @see #getCriuCheckMessage()
	 * @generated
	 */
	void setCriuCheckMessage(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link drover.model.ConnectionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see drover.model.ConnectionStatus
	 * @see #setStatus(ConnectionStatus)
	 * @see drover.model.DroverPackage#getHost_Status()
	 * @model
	 * @generated
	 */
	ConnectionStatus getStatus();

	/**
	 * Sets the value of the '{@link drover.model.Host#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see drover.model.ConnectionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ConnectionStatus value);

	/**
	 * Returns the value of the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Message</em>' attribute.
	 * @see #setStatusMessage(String)
	 * @see drover.model.DroverPackage#getHost_StatusMessage()
	 * @model
	 * @generated
	 */
	String getStatusMessage();

	/**
	 * Sets the value of the '{@link drover.model.Host#getStatusMessage <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Message</em>' attribute.
	 * @see #getStatusMessage()
	 * @generated
	 */
	void setStatusMessage(String value);

	/**
	 * Returns the value of the '<em><b>Last Refresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Refresh</em>' attribute.
	 * @see #setLastRefresh(long)
	 * @see drover.model.DroverPackage#getHost_LastRefresh()
	 * @model
	 * @generated
	 */
	long getLastRefresh();

	/**
	 * Sets the value of the '{@link drover.model.Host#getLastRefresh <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Refresh</em>' attribute.
	 * @see #getLastRefresh()
	 * @generated
	 */
	void setLastRefresh(long value);

	/**
	 * Returns the value of the '<em><b>Inventory Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inventory Millis</em>' attribute.
	 * @see #setInventoryMillis(long)
	 * @see drover.model.DroverPackage#getHost_InventoryMillis()
	 * @model
	 * @generated
	 */
	long getInventoryMillis();

	/**
	 * Sets the value of the '{@link drover.model.Host#getInventoryMillis <em>Inventory Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inventory Millis</em>' attribute.
	 * @see #getInventoryMillis()
	 * @generated
	 */
	void setInventoryMillis(long value);

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.Process}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see drover.model.DroverPackage#getHost_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<drover.model.Process> getProcesses();

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link drover.model.CheckpointImage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see drover.model.DroverPackage#getHost_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<CheckpointImage> getImages();

} // Host

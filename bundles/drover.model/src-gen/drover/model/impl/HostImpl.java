/**
 */
package drover.model.impl;

import drover.model.CheckpointImage;
import drover.model.ConnectionStatus;
import drover.model.DroverPackage;
import drover.model.Host;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.HostImpl#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getPort <em>Port</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getUser <em>User</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getKeyFile <em>Key File</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getAgentVersion <em>Agent Version</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCpuFlags <em>Cpu Flags</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCpuCount <em>Cpu Count</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getMemoryTotal <em>Memory Total</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getMemoryAvailable <em>Memory Available</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCriuPath <em>Criu Path</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#isCriuCheckOk <em>Criu Check Ok</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getCriuCheckMessage <em>Criu Check Message</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getStatusMessage <em>Status Message</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getLastRefresh <em>Last Refresh</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getInventoryMillis <em>Inventory Millis</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link drover.model.impl.HostImpl#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends MinimalEObjectImpl.Container implements Host {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyFile() <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFile()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyFile() <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFile()
	 * @generated
	 * @ordered
	 */
	protected String keyFile = KEY_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgentVersion() <em>Agent Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgentVersion()
	 * @generated
	 * @ordered
	 */
	protected String agentVersion = AGENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int PROTOCOL_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected int protocolVersion = PROTOCOL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected String kernel = KERNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected String cpuModel = CPU_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuFlags() <em>Cpu Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuFlags()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_FLAGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuFlags() <em>Cpu Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuFlags()
	 * @generated
	 * @ordered
	 */
	protected String cpuFlags = CPU_FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuCount() <em>Cpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuCount() <em>Cpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuCount()
	 * @generated
	 * @ordered
	 */
	protected int cpuCount = CPU_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryTotal() <em>Memory Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryTotal()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_TOTAL_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryTotal() <em>Memory Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryTotal()
	 * @generated
	 * @ordered
	 */
	protected long memoryTotal = MEMORY_TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryAvailable() <em>Memory Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryAvailable()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_AVAILABLE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryAvailable() <em>Memory Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryAvailable()
	 * @generated
	 * @ordered
	 */
	protected long memoryAvailable = MEMORY_AVAILABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriuPath() <em>Criu Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuPath()
	 * @generated
	 * @ordered
	 */
	protected static final String CRIU_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriuPath() <em>Criu Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuPath()
	 * @generated
	 * @ordered
	 */
	protected String criuPath = CRIU_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriuVersion() <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CRIU_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriuVersion() <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuVersion()
	 * @generated
	 * @ordered
	 */
	protected String criuVersion = CRIU_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCriuCheckOk() <em>Criu Check Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriuCheckOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRIU_CHECK_OK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCriuCheckOk() <em>Criu Check Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriuCheckOk()
	 * @generated
	 * @ordered
	 */
	protected boolean criuCheckOk = CRIU_CHECK_OK_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriuCheckMessage() <em>Criu Check Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuCheckMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String CRIU_CHECK_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriuCheckMessage() <em>Criu Check Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriuCheckMessage()
	 * @generated
	 * @ordered
	 */
	protected String criuCheckMessage = CRIU_CHECK_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionStatus STATUS_EDEFAULT = ConnectionStatus.DISCONNECTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ConnectionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusMessage() <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusMessage() <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMessage()
	 * @generated
	 * @ordered
	 */
	protected String statusMessage = STATUS_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastRefresh() <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefresh()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_REFRESH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastRefresh() <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefresh()
	 * @generated
	 * @ordered
	 */
	protected long lastRefresh = LAST_REFRESH_EDEFAULT;

	/**
	 * The default value of the '{@link #getInventoryMillis() <em>Inventory Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventoryMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long INVENTORY_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInventoryMillis() <em>Inventory Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventoryMillis()
	 * @generated
	 * @ordered
	 */
	protected long inventoryMillis = INVENTORY_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<drover.model.Process> processes;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<CheckpointImage> images;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyFile() {
		return keyFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyFile(String newKeyFile) {
		String oldKeyFile = keyFile;
		keyFile = newKeyFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__KEY_FILE, oldKeyFile, keyFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgentVersion() {
		return agentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgentVersion(String newAgentVersion) {
		String oldAgentVersion = agentVersion;
		agentVersion = newAgentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__AGENT_VERSION, oldAgentVersion, agentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolVersion(int newProtocolVersion) {
		int oldProtocolVersion = protocolVersion;
		protocolVersion = newProtocolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__PROTOCOL_VERSION, oldProtocolVersion, protocolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return kernel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		String oldKernel = kernel;
		kernel = newKernel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__KERNEL, oldKernel, kernel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuModel() {
		return cpuModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuModel(String newCpuModel) {
		String oldCpuModel = cpuModel;
		cpuModel = newCpuModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CPU_MODEL, oldCpuModel, cpuModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuFlags() {
		return cpuFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuFlags(String newCpuFlags) {
		String oldCpuFlags = cpuFlags;
		cpuFlags = newCpuFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CPU_FLAGS, oldCpuFlags, cpuFlags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuCount() {
		return cpuCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuCount(int newCpuCount) {
		int oldCpuCount = cpuCount;
		cpuCount = newCpuCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CPU_COUNT, oldCpuCount, cpuCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryTotal() {
		return memoryTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryTotal(long newMemoryTotal) {
		long oldMemoryTotal = memoryTotal;
		memoryTotal = newMemoryTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__MEMORY_TOTAL, oldMemoryTotal, memoryTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryAvailable() {
		return memoryAvailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryAvailable(long newMemoryAvailable) {
		long oldMemoryAvailable = memoryAvailable;
		memoryAvailable = newMemoryAvailable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__MEMORY_AVAILABLE, oldMemoryAvailable, memoryAvailable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriuPath() {
		return criuPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriuPath(String newCriuPath) {
		String oldCriuPath = criuPath;
		criuPath = newCriuPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CRIU_PATH, oldCriuPath, criuPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriuVersion() {
		return criuVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriuVersion(String newCriuVersion) {
		String oldCriuVersion = criuVersion;
		criuVersion = newCriuVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CRIU_VERSION, oldCriuVersion, criuVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCriuCheckOk() {
		return criuCheckOk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriuCheckOk(boolean newCriuCheckOk) {
		boolean oldCriuCheckOk = criuCheckOk;
		criuCheckOk = newCriuCheckOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CRIU_CHECK_OK, oldCriuCheckOk, criuCheckOk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriuCheckMessage() {
		return criuCheckMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriuCheckMessage(String newCriuCheckMessage) {
		String oldCriuCheckMessage = criuCheckMessage;
		criuCheckMessage = newCriuCheckMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__CRIU_CHECK_MESSAGE, oldCriuCheckMessage, criuCheckMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ConnectionStatus newStatus) {
		ConnectionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusMessage() {
		return statusMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusMessage(String newStatusMessage) {
		String oldStatusMessage = statusMessage;
		statusMessage = newStatusMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__STATUS_MESSAGE, oldStatusMessage, statusMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastRefresh() {
		return lastRefresh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRefresh(long newLastRefresh) {
		long oldLastRefresh = lastRefresh;
		lastRefresh = newLastRefresh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__LAST_REFRESH, oldLastRefresh, lastRefresh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInventoryMillis() {
		return inventoryMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInventoryMillis(long newInventoryMillis) {
		long oldInventoryMillis = inventoryMillis;
		inventoryMillis = newInventoryMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.HOST__INVENTORY_MILLIS, oldInventoryMillis, inventoryMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<drover.model.Process> getProcesses() {
		if (processes == null) {
			processes = new EObjectContainmentEList<drover.model.Process>(drover.model.Process.class, this, DroverPackage.HOST__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CheckpointImage> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<CheckpointImage>(CheckpointImage.class, this, DroverPackage.HOST__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DroverPackage.HOST__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case DroverPackage.HOST__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
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
			case DroverPackage.HOST__NAME:
				return getName();
			case DroverPackage.HOST__ADDRESS:
				return getAddress();
			case DroverPackage.HOST__PORT:
				return getPort();
			case DroverPackage.HOST__USER:
				return getUser();
			case DroverPackage.HOST__KEY_FILE:
				return getKeyFile();
			case DroverPackage.HOST__AGENT_VERSION:
				return getAgentVersion();
			case DroverPackage.HOST__PROTOCOL_VERSION:
				return getProtocolVersion();
			case DroverPackage.HOST__HOSTNAME:
				return getHostname();
			case DroverPackage.HOST__KERNEL:
				return getKernel();
			case DroverPackage.HOST__CPU_MODEL:
				return getCpuModel();
			case DroverPackage.HOST__CPU_FLAGS:
				return getCpuFlags();
			case DroverPackage.HOST__CPU_COUNT:
				return getCpuCount();
			case DroverPackage.HOST__MEMORY_TOTAL:
				return getMemoryTotal();
			case DroverPackage.HOST__MEMORY_AVAILABLE:
				return getMemoryAvailable();
			case DroverPackage.HOST__CRIU_PATH:
				return getCriuPath();
			case DroverPackage.HOST__CRIU_VERSION:
				return getCriuVersion();
			case DroverPackage.HOST__CRIU_CHECK_OK:
				return isCriuCheckOk();
			case DroverPackage.HOST__CRIU_CHECK_MESSAGE:
				return getCriuCheckMessage();
			case DroverPackage.HOST__STATUS:
				return getStatus();
			case DroverPackage.HOST__STATUS_MESSAGE:
				return getStatusMessage();
			case DroverPackage.HOST__LAST_REFRESH:
				return getLastRefresh();
			case DroverPackage.HOST__INVENTORY_MILLIS:
				return getInventoryMillis();
			case DroverPackage.HOST__PROCESSES:
				return getProcesses();
			case DroverPackage.HOST__IMAGES:
				return getImages();
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
			case DroverPackage.HOST__NAME:
				setName((String)newValue);
				return;
			case DroverPackage.HOST__ADDRESS:
				setAddress((String)newValue);
				return;
			case DroverPackage.HOST__PORT:
				setPort((Integer)newValue);
				return;
			case DroverPackage.HOST__USER:
				setUser((String)newValue);
				return;
			case DroverPackage.HOST__KEY_FILE:
				setKeyFile((String)newValue);
				return;
			case DroverPackage.HOST__AGENT_VERSION:
				setAgentVersion((String)newValue);
				return;
			case DroverPackage.HOST__PROTOCOL_VERSION:
				setProtocolVersion((Integer)newValue);
				return;
			case DroverPackage.HOST__HOSTNAME:
				setHostname((String)newValue);
				return;
			case DroverPackage.HOST__KERNEL:
				setKernel((String)newValue);
				return;
			case DroverPackage.HOST__CPU_MODEL:
				setCpuModel((String)newValue);
				return;
			case DroverPackage.HOST__CPU_FLAGS:
				setCpuFlags((String)newValue);
				return;
			case DroverPackage.HOST__CPU_COUNT:
				setCpuCount((Integer)newValue);
				return;
			case DroverPackage.HOST__MEMORY_TOTAL:
				setMemoryTotal((Long)newValue);
				return;
			case DroverPackage.HOST__MEMORY_AVAILABLE:
				setMemoryAvailable((Long)newValue);
				return;
			case DroverPackage.HOST__CRIU_PATH:
				setCriuPath((String)newValue);
				return;
			case DroverPackage.HOST__CRIU_VERSION:
				setCriuVersion((String)newValue);
				return;
			case DroverPackage.HOST__CRIU_CHECK_OK:
				setCriuCheckOk((Boolean)newValue);
				return;
			case DroverPackage.HOST__CRIU_CHECK_MESSAGE:
				setCriuCheckMessage((String)newValue);
				return;
			case DroverPackage.HOST__STATUS:
				setStatus((ConnectionStatus)newValue);
				return;
			case DroverPackage.HOST__STATUS_MESSAGE:
				setStatusMessage((String)newValue);
				return;
			case DroverPackage.HOST__LAST_REFRESH:
				setLastRefresh((Long)newValue);
				return;
			case DroverPackage.HOST__INVENTORY_MILLIS:
				setInventoryMillis((Long)newValue);
				return;
			case DroverPackage.HOST__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends drover.model.Process>)newValue);
				return;
			case DroverPackage.HOST__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends CheckpointImage>)newValue);
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
			case DroverPackage.HOST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DroverPackage.HOST__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case DroverPackage.HOST__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case DroverPackage.HOST__USER:
				setUser(USER_EDEFAULT);
				return;
			case DroverPackage.HOST__KEY_FILE:
				setKeyFile(KEY_FILE_EDEFAULT);
				return;
			case DroverPackage.HOST__AGENT_VERSION:
				setAgentVersion(AGENT_VERSION_EDEFAULT);
				return;
			case DroverPackage.HOST__PROTOCOL_VERSION:
				setProtocolVersion(PROTOCOL_VERSION_EDEFAULT);
				return;
			case DroverPackage.HOST__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case DroverPackage.HOST__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case DroverPackage.HOST__CPU_MODEL:
				setCpuModel(CPU_MODEL_EDEFAULT);
				return;
			case DroverPackage.HOST__CPU_FLAGS:
				setCpuFlags(CPU_FLAGS_EDEFAULT);
				return;
			case DroverPackage.HOST__CPU_COUNT:
				setCpuCount(CPU_COUNT_EDEFAULT);
				return;
			case DroverPackage.HOST__MEMORY_TOTAL:
				setMemoryTotal(MEMORY_TOTAL_EDEFAULT);
				return;
			case DroverPackage.HOST__MEMORY_AVAILABLE:
				setMemoryAvailable(MEMORY_AVAILABLE_EDEFAULT);
				return;
			case DroverPackage.HOST__CRIU_PATH:
				setCriuPath(CRIU_PATH_EDEFAULT);
				return;
			case DroverPackage.HOST__CRIU_VERSION:
				setCriuVersion(CRIU_VERSION_EDEFAULT);
				return;
			case DroverPackage.HOST__CRIU_CHECK_OK:
				setCriuCheckOk(CRIU_CHECK_OK_EDEFAULT);
				return;
			case DroverPackage.HOST__CRIU_CHECK_MESSAGE:
				setCriuCheckMessage(CRIU_CHECK_MESSAGE_EDEFAULT);
				return;
			case DroverPackage.HOST__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case DroverPackage.HOST__STATUS_MESSAGE:
				setStatusMessage(STATUS_MESSAGE_EDEFAULT);
				return;
			case DroverPackage.HOST__LAST_REFRESH:
				setLastRefresh(LAST_REFRESH_EDEFAULT);
				return;
			case DroverPackage.HOST__INVENTORY_MILLIS:
				setInventoryMillis(INVENTORY_MILLIS_EDEFAULT);
				return;
			case DroverPackage.HOST__PROCESSES:
				getProcesses().clear();
				return;
			case DroverPackage.HOST__IMAGES:
				getImages().clear();
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
			case DroverPackage.HOST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DroverPackage.HOST__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case DroverPackage.HOST__PORT:
				return port != PORT_EDEFAULT;
			case DroverPackage.HOST__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case DroverPackage.HOST__KEY_FILE:
				return KEY_FILE_EDEFAULT == null ? keyFile != null : !KEY_FILE_EDEFAULT.equals(keyFile);
			case DroverPackage.HOST__AGENT_VERSION:
				return AGENT_VERSION_EDEFAULT == null ? agentVersion != null : !AGENT_VERSION_EDEFAULT.equals(agentVersion);
			case DroverPackage.HOST__PROTOCOL_VERSION:
				return protocolVersion != PROTOCOL_VERSION_EDEFAULT;
			case DroverPackage.HOST__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case DroverPackage.HOST__KERNEL:
				return KERNEL_EDEFAULT == null ? kernel != null : !KERNEL_EDEFAULT.equals(kernel);
			case DroverPackage.HOST__CPU_MODEL:
				return CPU_MODEL_EDEFAULT == null ? cpuModel != null : !CPU_MODEL_EDEFAULT.equals(cpuModel);
			case DroverPackage.HOST__CPU_FLAGS:
				return CPU_FLAGS_EDEFAULT == null ? cpuFlags != null : !CPU_FLAGS_EDEFAULT.equals(cpuFlags);
			case DroverPackage.HOST__CPU_COUNT:
				return cpuCount != CPU_COUNT_EDEFAULT;
			case DroverPackage.HOST__MEMORY_TOTAL:
				return memoryTotal != MEMORY_TOTAL_EDEFAULT;
			case DroverPackage.HOST__MEMORY_AVAILABLE:
				return memoryAvailable != MEMORY_AVAILABLE_EDEFAULT;
			case DroverPackage.HOST__CRIU_PATH:
				return CRIU_PATH_EDEFAULT == null ? criuPath != null : !CRIU_PATH_EDEFAULT.equals(criuPath);
			case DroverPackage.HOST__CRIU_VERSION:
				return CRIU_VERSION_EDEFAULT == null ? criuVersion != null : !CRIU_VERSION_EDEFAULT.equals(criuVersion);
			case DroverPackage.HOST__CRIU_CHECK_OK:
				return criuCheckOk != CRIU_CHECK_OK_EDEFAULT;
			case DroverPackage.HOST__CRIU_CHECK_MESSAGE:
				return CRIU_CHECK_MESSAGE_EDEFAULT == null ? criuCheckMessage != null : !CRIU_CHECK_MESSAGE_EDEFAULT.equals(criuCheckMessage);
			case DroverPackage.HOST__STATUS:
				return status != STATUS_EDEFAULT;
			case DroverPackage.HOST__STATUS_MESSAGE:
				return STATUS_MESSAGE_EDEFAULT == null ? statusMessage != null : !STATUS_MESSAGE_EDEFAULT.equals(statusMessage);
			case DroverPackage.HOST__LAST_REFRESH:
				return lastRefresh != LAST_REFRESH_EDEFAULT;
			case DroverPackage.HOST__INVENTORY_MILLIS:
				return inventoryMillis != INVENTORY_MILLIS_EDEFAULT;
			case DroverPackage.HOST__PROCESSES:
				return processes != null && !processes.isEmpty();
			case DroverPackage.HOST__IMAGES:
				return images != null && !images.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", address: ");
		result.append(address);
		result.append(", port: ");
		result.append(port);
		result.append(", user: ");
		result.append(user);
		result.append(", keyFile: ");
		result.append(keyFile);
		result.append(", agentVersion: ");
		result.append(agentVersion);
		result.append(", protocolVersion: ");
		result.append(protocolVersion);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", kernel: ");
		result.append(kernel);
		result.append(", cpuModel: ");
		result.append(cpuModel);
		result.append(", cpuFlags: ");
		result.append(cpuFlags);
		result.append(", cpuCount: ");
		result.append(cpuCount);
		result.append(", memoryTotal: ");
		result.append(memoryTotal);
		result.append(", memoryAvailable: ");
		result.append(memoryAvailable);
		result.append(", criuPath: ");
		result.append(criuPath);
		result.append(", criuVersion: ");
		result.append(criuVersion);
		result.append(", criuCheckOk: ");
		result.append(criuCheckOk);
		result.append(", criuCheckMessage: ");
		result.append(criuCheckMessage);
		result.append(", status: ");
		result.append(status);
		result.append(", statusMessage: ");
		result.append(statusMessage);
		result.append(", lastRefresh: ");
		result.append(lastRefresh);
		result.append(", inventoryMillis: ");
		result.append(inventoryMillis);
		result.append(')');
		return result.toString();
	}

} //HostImpl

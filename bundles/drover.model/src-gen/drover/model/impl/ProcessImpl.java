/**
 */
package drover.model.impl;

import drover.model.DroverPackage;
import drover.model.MemoryMapSummary;
import drover.model.OpenResource;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.ProcessImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getPpid <em>Ppid</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getCommandLine <em>Command Line</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getExecutable <em>Executable</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getUser <em>User</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getState <em>State</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getResidentMemory <em>Resident Memory</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getVirtualMemory <em>Virtual Memory</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getCgroup <em>Cgroup</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getReadError <em>Read Error</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link drover.model.impl.ProcessImpl#getMemoryMaps <em>Memory Maps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends MinimalEObjectImpl.Container implements drover.model.Process {
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
	 * The default value of the '{@link #getPpid() <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPpid()
	 * @generated
	 * @ordered
	 */
	protected static final int PPID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPpid() <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPpid()
	 * @generated
	 * @ordered
	 */
	protected int ppid = PPID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected drover.model.Process parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<drover.model.Process> children;

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
	 * The default value of the '{@link #getCommandLine() <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommandLine()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommandLine() <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommandLine()
	 * @generated
	 * @ordered
	 */
	protected String commandLine = COMMAND_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutable() <em>Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutable()
	 * @generated
	 * @ordered
	 */
	protected static final String EXECUTABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExecutable() <em>Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutable()
	 * @generated
	 * @ordered
	 */
	protected String executable = EXECUTABLE_EDEFAULT;

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
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final int UID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected int uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidentMemory() <em>Resident Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long RESIDENT_MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getResidentMemory() <em>Resident Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentMemory()
	 * @generated
	 * @ordered
	 */
	protected long residentMemory = RESIDENT_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualMemory() <em>Virtual Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long VIRTUAL_MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVirtualMemory() <em>Virtual Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMemory()
	 * @generated
	 * @ordered
	 */
	protected long virtualMemory = VIRTUAL_MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final long START_TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected long startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCgroup() <em>Cgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCgroup()
	 * @generated
	 * @ordered
	 */
	protected static final String CGROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCgroup() <em>Cgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCgroup()
	 * @generated
	 * @ordered
	 */
	protected String cgroup = CGROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadError() <em>Read Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadError()
	 * @generated
	 * @ordered
	 */
	protected static final String READ_ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadError() <em>Read Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadError()
	 * @generated
	 * @ordered
	 */
	protected String readError = READ_ERROR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<OpenResource> resources;

	/**
	 * The cached value of the '{@link #getMemoryMaps() <em>Memory Maps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMaps()
	 * @generated
	 * @ordered
	 */
	protected MemoryMapSummary memoryMaps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.PROCESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPpid() {
		return ppid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPpid(int newPpid) {
		int oldPpid = ppid;
		ppid = newPpid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__PPID, oldPpid, ppid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public drover.model.Process getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (drover.model.Process)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DroverPackage.PROCESS__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public drover.model.Process basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(drover.model.Process newParent, NotificationChain msgs) {
		drover.model.Process oldParent = parent;
		parent = newParent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__PARENT, oldParent, newParent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(drover.model.Process newParent) {
		if (newParent != parent) {
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, DroverPackage.PROCESS__CHILDREN, drover.model.Process.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, DroverPackage.PROCESS__CHILDREN, drover.model.Process.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<drover.model.Process> getChildren() {
		if (children == null) {
			children = new EObjectWithInverseResolvingEList<drover.model.Process>(drover.model.Process.class, this, DroverPackage.PROCESS__CHILDREN, DroverPackage.PROCESS__PARENT);
		}
		return children;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommandLine() {
		return commandLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommandLine(String newCommandLine) {
		String oldCommandLine = commandLine;
		commandLine = newCommandLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__COMMAND_LINE, oldCommandLine, commandLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExecutable() {
		return executable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutable(String newExecutable) {
		String oldExecutable = executable;
		executable = newExecutable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__EXECUTABLE, oldExecutable, executable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(int newUid) {
		int oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResidentMemory() {
		return residentMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidentMemory(long newResidentMemory) {
		long oldResidentMemory = residentMemory;
		residentMemory = newResidentMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__RESIDENT_MEMORY, oldResidentMemory, residentMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVirtualMemory() {
		return virtualMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualMemory(long newVirtualMemory) {
		long oldVirtualMemory = virtualMemory;
		virtualMemory = newVirtualMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__VIRTUAL_MEMORY, oldVirtualMemory, virtualMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(long newStartTime) {
		long oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCgroup() {
		return cgroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCgroup(String newCgroup) {
		String oldCgroup = cgroup;
		cgroup = newCgroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__CGROUP, oldCgroup, cgroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReadError() {
		return readError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadError(String newReadError) {
		String oldReadError = readError;
		readError = newReadError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__READ_ERROR, oldReadError, readError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpenResource> getResources() {
		if (resources == null) {
			resources = new EObjectContainmentEList<OpenResource>(OpenResource.class, this, DroverPackage.PROCESS__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryMapSummary getMemoryMaps() {
		return memoryMaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMemoryMaps(MemoryMapSummary newMemoryMaps, NotificationChain msgs) {
		MemoryMapSummary oldMemoryMaps = memoryMaps;
		memoryMaps = newMemoryMaps;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__MEMORY_MAPS, oldMemoryMaps, newMemoryMaps);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMaps(MemoryMapSummary newMemoryMaps) {
		if (newMemoryMaps != memoryMaps) {
			NotificationChain msgs = null;
			if (memoryMaps != null)
				msgs = ((InternalEObject)memoryMaps).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DroverPackage.PROCESS__MEMORY_MAPS, null, msgs);
			if (newMemoryMaps != null)
				msgs = ((InternalEObject)newMemoryMaps).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DroverPackage.PROCESS__MEMORY_MAPS, null, msgs);
			msgs = basicSetMemoryMaps(newMemoryMaps, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.PROCESS__MEMORY_MAPS, newMemoryMaps, newMemoryMaps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DroverPackage.PROCESS__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, DroverPackage.PROCESS__CHILDREN, drover.model.Process.class, msgs);
				return basicSetParent((drover.model.Process)otherEnd, msgs);
			case DroverPackage.PROCESS__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DroverPackage.PROCESS__PARENT:
				return basicSetParent(null, msgs);
			case DroverPackage.PROCESS__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case DroverPackage.PROCESS__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case DroverPackage.PROCESS__MEMORY_MAPS:
				return basicSetMemoryMaps(null, msgs);
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
			case DroverPackage.PROCESS__PID:
				return getPid();
			case DroverPackage.PROCESS__PPID:
				return getPpid();
			case DroverPackage.PROCESS__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case DroverPackage.PROCESS__CHILDREN:
				return getChildren();
			case DroverPackage.PROCESS__NAME:
				return getName();
			case DroverPackage.PROCESS__COMMAND_LINE:
				return getCommandLine();
			case DroverPackage.PROCESS__EXECUTABLE:
				return getExecutable();
			case DroverPackage.PROCESS__USER:
				return getUser();
			case DroverPackage.PROCESS__UID:
				return getUid();
			case DroverPackage.PROCESS__STATE:
				return getState();
			case DroverPackage.PROCESS__THREADS:
				return getThreads();
			case DroverPackage.PROCESS__RESIDENT_MEMORY:
				return getResidentMemory();
			case DroverPackage.PROCESS__VIRTUAL_MEMORY:
				return getVirtualMemory();
			case DroverPackage.PROCESS__START_TIME:
				return getStartTime();
			case DroverPackage.PROCESS__CGROUP:
				return getCgroup();
			case DroverPackage.PROCESS__READ_ERROR:
				return getReadError();
			case DroverPackage.PROCESS__RESOURCES:
				return getResources();
			case DroverPackage.PROCESS__MEMORY_MAPS:
				return getMemoryMaps();
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
			case DroverPackage.PROCESS__PID:
				setPid((Integer)newValue);
				return;
			case DroverPackage.PROCESS__PPID:
				setPpid((Integer)newValue);
				return;
			case DroverPackage.PROCESS__PARENT:
				setParent((drover.model.Process)newValue);
				return;
			case DroverPackage.PROCESS__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends drover.model.Process>)newValue);
				return;
			case DroverPackage.PROCESS__NAME:
				setName((String)newValue);
				return;
			case DroverPackage.PROCESS__COMMAND_LINE:
				setCommandLine((String)newValue);
				return;
			case DroverPackage.PROCESS__EXECUTABLE:
				setExecutable((String)newValue);
				return;
			case DroverPackage.PROCESS__USER:
				setUser((String)newValue);
				return;
			case DroverPackage.PROCESS__UID:
				setUid((Integer)newValue);
				return;
			case DroverPackage.PROCESS__STATE:
				setState((String)newValue);
				return;
			case DroverPackage.PROCESS__THREADS:
				setThreads((Integer)newValue);
				return;
			case DroverPackage.PROCESS__RESIDENT_MEMORY:
				setResidentMemory((Long)newValue);
				return;
			case DroverPackage.PROCESS__VIRTUAL_MEMORY:
				setVirtualMemory((Long)newValue);
				return;
			case DroverPackage.PROCESS__START_TIME:
				setStartTime((Long)newValue);
				return;
			case DroverPackage.PROCESS__CGROUP:
				setCgroup((String)newValue);
				return;
			case DroverPackage.PROCESS__READ_ERROR:
				setReadError((String)newValue);
				return;
			case DroverPackage.PROCESS__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends OpenResource>)newValue);
				return;
			case DroverPackage.PROCESS__MEMORY_MAPS:
				setMemoryMaps((MemoryMapSummary)newValue);
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
			case DroverPackage.PROCESS__PID:
				setPid(PID_EDEFAULT);
				return;
			case DroverPackage.PROCESS__PPID:
				setPpid(PPID_EDEFAULT);
				return;
			case DroverPackage.PROCESS__PARENT:
				setParent((drover.model.Process)null);
				return;
			case DroverPackage.PROCESS__CHILDREN:
				getChildren().clear();
				return;
			case DroverPackage.PROCESS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DroverPackage.PROCESS__COMMAND_LINE:
				setCommandLine(COMMAND_LINE_EDEFAULT);
				return;
			case DroverPackage.PROCESS__EXECUTABLE:
				setExecutable(EXECUTABLE_EDEFAULT);
				return;
			case DroverPackage.PROCESS__USER:
				setUser(USER_EDEFAULT);
				return;
			case DroverPackage.PROCESS__UID:
				setUid(UID_EDEFAULT);
				return;
			case DroverPackage.PROCESS__STATE:
				setState(STATE_EDEFAULT);
				return;
			case DroverPackage.PROCESS__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case DroverPackage.PROCESS__RESIDENT_MEMORY:
				setResidentMemory(RESIDENT_MEMORY_EDEFAULT);
				return;
			case DroverPackage.PROCESS__VIRTUAL_MEMORY:
				setVirtualMemory(VIRTUAL_MEMORY_EDEFAULT);
				return;
			case DroverPackage.PROCESS__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case DroverPackage.PROCESS__CGROUP:
				setCgroup(CGROUP_EDEFAULT);
				return;
			case DroverPackage.PROCESS__READ_ERROR:
				setReadError(READ_ERROR_EDEFAULT);
				return;
			case DroverPackage.PROCESS__RESOURCES:
				getResources().clear();
				return;
			case DroverPackage.PROCESS__MEMORY_MAPS:
				setMemoryMaps((MemoryMapSummary)null);
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
			case DroverPackage.PROCESS__PID:
				return pid != PID_EDEFAULT;
			case DroverPackage.PROCESS__PPID:
				return ppid != PPID_EDEFAULT;
			case DroverPackage.PROCESS__PARENT:
				return parent != null;
			case DroverPackage.PROCESS__CHILDREN:
				return children != null && !children.isEmpty();
			case DroverPackage.PROCESS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DroverPackage.PROCESS__COMMAND_LINE:
				return COMMAND_LINE_EDEFAULT == null ? commandLine != null : !COMMAND_LINE_EDEFAULT.equals(commandLine);
			case DroverPackage.PROCESS__EXECUTABLE:
				return EXECUTABLE_EDEFAULT == null ? executable != null : !EXECUTABLE_EDEFAULT.equals(executable);
			case DroverPackage.PROCESS__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case DroverPackage.PROCESS__UID:
				return uid != UID_EDEFAULT;
			case DroverPackage.PROCESS__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case DroverPackage.PROCESS__THREADS:
				return threads != THREADS_EDEFAULT;
			case DroverPackage.PROCESS__RESIDENT_MEMORY:
				return residentMemory != RESIDENT_MEMORY_EDEFAULT;
			case DroverPackage.PROCESS__VIRTUAL_MEMORY:
				return virtualMemory != VIRTUAL_MEMORY_EDEFAULT;
			case DroverPackage.PROCESS__START_TIME:
				return startTime != START_TIME_EDEFAULT;
			case DroverPackage.PROCESS__CGROUP:
				return CGROUP_EDEFAULT == null ? cgroup != null : !CGROUP_EDEFAULT.equals(cgroup);
			case DroverPackage.PROCESS__READ_ERROR:
				return READ_ERROR_EDEFAULT == null ? readError != null : !READ_ERROR_EDEFAULT.equals(readError);
			case DroverPackage.PROCESS__RESOURCES:
				return resources != null && !resources.isEmpty();
			case DroverPackage.PROCESS__MEMORY_MAPS:
				return memoryMaps != null;
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
		result.append(" (pid: ");
		result.append(pid);
		result.append(", ppid: ");
		result.append(ppid);
		result.append(", name: ");
		result.append(name);
		result.append(", commandLine: ");
		result.append(commandLine);
		result.append(", executable: ");
		result.append(executable);
		result.append(", user: ");
		result.append(user);
		result.append(", uid: ");
		result.append(uid);
		result.append(", state: ");
		result.append(state);
		result.append(", threads: ");
		result.append(threads);
		result.append(", residentMemory: ");
		result.append(residentMemory);
		result.append(", virtualMemory: ");
		result.append(virtualMemory);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", cgroup: ");
		result.append(cgroup);
		result.append(", readError: ");
		result.append(readError);
		result.append(')');
		return result.toString();
	}

} //ProcessImpl

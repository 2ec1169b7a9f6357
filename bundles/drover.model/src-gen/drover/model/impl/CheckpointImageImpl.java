/**
 */
package drover.model.impl;

import drover.model.CheckpointImage;
import drover.model.DroverPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checkpoint Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getHost <em>Host</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getMemoryPagesSize <em>Memory Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getOtherSize <em>Other Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getTotalSize <em>Total Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getFileCount <em>File Count</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CheckpointImageImpl extends MinimalEObjectImpl.Container implements CheckpointImage {
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
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

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
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final long CREATED_AT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected long createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryPagesSize() <em>Memory Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryPagesSize() <em>Memory Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPagesSize()
	 * @generated
	 * @ordered
	 */
	protected long memoryPagesSize = MEMORY_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherSize() <em>Other Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherSize()
	 * @generated
	 * @ordered
	 */
	protected static final long OTHER_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOtherSize() <em>Other Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherSize()
	 * @generated
	 * @ordered
	 */
	protected long otherSize = OTHER_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalSize() <em>Total Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalSize()
	 * @generated
	 * @ordered
	 */
	protected static final long TOTAL_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTotalSize() <em>Total Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalSize()
	 * @generated
	 * @ordered
	 */
	protected long totalSize = TOTAL_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileCount() <em>File Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileCount()
	 * @generated
	 * @ordered
	 */
	protected static final int FILE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFileCount() <em>File Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileCount()
	 * @generated
	 * @ordered
	 */
	protected int fileCount = FILE_COUNT_EDEFAULT;

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
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CheckpointImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DroverPackage.Literals.CHECKPOINT_IMAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__HOST, oldHost, host));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__PID, oldPid, pid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__COMMAND, oldCommand, command));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(long newCreatedAt) {
		long oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryPagesSize() {
		return memoryPagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryPagesSize(long newMemoryPagesSize) {
		long oldMemoryPagesSize = memoryPagesSize;
		memoryPagesSize = newMemoryPagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE, oldMemoryPagesSize, memoryPagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOtherSize() {
		return otherSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherSize(long newOtherSize) {
		long oldOtherSize = otherSize;
		otherSize = newOtherSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE, oldOtherSize, otherSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotalSize() {
		return totalSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalSize(long newTotalSize) {
		long oldTotalSize = totalSize;
		totalSize = newTotalSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE, oldTotalSize, totalSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFileCount() {
		return fileCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileCount(int newFileCount) {
		int oldFileCount = fileCount;
		fileCount = newFileCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT, oldFileCount, fileCount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION, oldCriuVersion, criuVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DroverPackage.CHECKPOINT_IMAGE__NAME:
				return getName();
			case DroverPackage.CHECKPOINT_IMAGE__HOST:
				return getHost();
			case DroverPackage.CHECKPOINT_IMAGE__PID:
				return getPid();
			case DroverPackage.CHECKPOINT_IMAGE__COMMAND:
				return getCommand();
			case DroverPackage.CHECKPOINT_IMAGE__PATH:
				return getPath();
			case DroverPackage.CHECKPOINT_IMAGE__CREATED_AT:
				return getCreatedAt();
			case DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE:
				return getMemoryPagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE:
				return getOtherSize();
			case DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE:
				return getTotalSize();
			case DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT:
				return getFileCount();
			case DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION:
				return getCriuVersion();
			case DroverPackage.CHECKPOINT_IMAGE__SHA256:
				return getSha256();
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
			case DroverPackage.CHECKPOINT_IMAGE__NAME:
				setName((String)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__HOST:
				setHost((String)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PID:
				setPid((Integer)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__COMMAND:
				setCommand((String)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PATH:
				setPath((String)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__CREATED_AT:
				setCreatedAt((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE:
				setMemoryPagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE:
				setOtherSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE:
				setTotalSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT:
				setFileCount((Integer)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION:
				setCriuVersion((String)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__SHA256:
				setSha256((String)newValue);
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
			case DroverPackage.CHECKPOINT_IMAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PID:
				setPid(PID_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__COMMAND:
				setCommand(COMMAND_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE:
				setMemoryPagesSize(MEMORY_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE:
				setOtherSize(OTHER_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE:
				setTotalSize(TOTAL_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT:
				setFileCount(FILE_COUNT_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION:
				setCriuVersion(CRIU_VERSION_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__SHA256:
				setSha256(SHA256_EDEFAULT);
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
			case DroverPackage.CHECKPOINT_IMAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DroverPackage.CHECKPOINT_IMAGE__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case DroverPackage.CHECKPOINT_IMAGE__PID:
				return pid != PID_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__COMMAND:
				return COMMAND_EDEFAULT == null ? command != null : !COMMAND_EDEFAULT.equals(command);
			case DroverPackage.CHECKPOINT_IMAGE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case DroverPackage.CHECKPOINT_IMAGE__CREATED_AT:
				return createdAt != CREATED_AT_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE:
				return memoryPagesSize != MEMORY_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_SIZE:
				return otherSize != OTHER_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__TOTAL_SIZE:
				return totalSize != TOTAL_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_COUNT:
				return fileCount != FILE_COUNT_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__CRIU_VERSION:
				return CRIU_VERSION_EDEFAULT == null ? criuVersion != null : !CRIU_VERSION_EDEFAULT.equals(criuVersion);
			case DroverPackage.CHECKPOINT_IMAGE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
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
		result.append(", host: ");
		result.append(host);
		result.append(", pid: ");
		result.append(pid);
		result.append(", command: ");
		result.append(command);
		result.append(", path: ");
		result.append(path);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", memoryPagesSize: ");
		result.append(memoryPagesSize);
		result.append(", otherSize: ");
		result.append(otherSize);
		result.append(", totalSize: ");
		result.append(totalSize);
		result.append(", fileCount: ");
		result.append(fileCount);
		result.append(", criuVersion: ");
		result.append(criuVersion);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(')');
		return result.toString();
	}

} //CheckpointImageImpl

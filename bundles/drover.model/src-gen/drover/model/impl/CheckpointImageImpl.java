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
 *   <li>{@link drover.model.impl.CheckpointImageImpl#isCompositionRecorded <em>Composition Recorded</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getHeapPagesSize <em>Heap Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getStackPagesSize <em>Stack Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getAnonSharedPagesSize <em>Anon Shared Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getAnonPrivatePagesSize <em>Anon Private Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getPrivateFilePagesSize <em>Private File Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getOtherPagesSize <em>Other Pages Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getMetadataSize <em>Metadata Size</em>}</li>
 *   <li>{@link drover.model.impl.CheckpointImageImpl#getFileContentsSize <em>File Contents Size</em>}</li>
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
	 * The default value of the '{@link #isCompositionRecorded() <em>Composition Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompositionRecorded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPOSITION_RECORDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompositionRecorded() <em>Composition Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompositionRecorded()
	 * @generated
	 * @ordered
	 */
	protected boolean compositionRecorded = COMPOSITION_RECORDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeapPagesSize() <em>Heap Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeapPagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long HEAP_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHeapPagesSize() <em>Heap Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeapPagesSize()
	 * @generated
	 * @ordered
	 */
	protected long heapPagesSize = HEAP_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStackPagesSize() <em>Stack Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStackPagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long STACK_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStackPagesSize() <em>Stack Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStackPagesSize()
	 * @generated
	 * @ordered
	 */
	protected long stackPagesSize = STACK_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnonSharedPagesSize() <em>Anon Shared Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonSharedPagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long ANON_SHARED_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnonSharedPagesSize() <em>Anon Shared Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonSharedPagesSize()
	 * @generated
	 * @ordered
	 */
	protected long anonSharedPagesSize = ANON_SHARED_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnonPrivatePagesSize() <em>Anon Private Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonPrivatePagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long ANON_PRIVATE_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnonPrivatePagesSize() <em>Anon Private Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonPrivatePagesSize()
	 * @generated
	 * @ordered
	 */
	protected long anonPrivatePagesSize = ANON_PRIVATE_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrivateFilePagesSize() <em>Private File Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivateFilePagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long PRIVATE_FILE_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPrivateFilePagesSize() <em>Private File Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivateFilePagesSize()
	 * @generated
	 * @ordered
	 */
	protected long privateFilePagesSize = PRIVATE_FILE_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherPagesSize() <em>Other Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherPagesSize()
	 * @generated
	 * @ordered
	 */
	protected static final long OTHER_PAGES_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOtherPagesSize() <em>Other Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherPagesSize()
	 * @generated
	 * @ordered
	 */
	protected long otherPagesSize = OTHER_PAGES_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetadataSize() <em>Metadata Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadataSize()
	 * @generated
	 * @ordered
	 */
	protected static final long METADATA_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMetadataSize() <em>Metadata Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadataSize()
	 * @generated
	 * @ordered
	 */
	protected long metadataSize = METADATA_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileContentsSize() <em>File Contents Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileContentsSize()
	 * @generated
	 * @ordered
	 */
	protected static final long FILE_CONTENTS_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFileContentsSize() <em>File Contents Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileContentsSize()
	 * @generated
	 * @ordered
	 */
	protected long fileContentsSize = FILE_CONTENTS_SIZE_EDEFAULT;

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
	public boolean isCompositionRecorded() {
		return compositionRecorded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompositionRecorded(boolean newCompositionRecorded) {
		boolean oldCompositionRecorded = compositionRecorded;
		compositionRecorded = newCompositionRecorded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED, oldCompositionRecorded, compositionRecorded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHeapPagesSize() {
		return heapPagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeapPagesSize(long newHeapPagesSize) {
		long oldHeapPagesSize = heapPagesSize;
		heapPagesSize = newHeapPagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE, oldHeapPagesSize, heapPagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStackPagesSize() {
		return stackPagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStackPagesSize(long newStackPagesSize) {
		long oldStackPagesSize = stackPagesSize;
		stackPagesSize = newStackPagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE, oldStackPagesSize, stackPagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnonSharedPagesSize() {
		return anonSharedPagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonSharedPagesSize(long newAnonSharedPagesSize) {
		long oldAnonSharedPagesSize = anonSharedPagesSize;
		anonSharedPagesSize = newAnonSharedPagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE, oldAnonSharedPagesSize, anonSharedPagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnonPrivatePagesSize() {
		return anonPrivatePagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonPrivatePagesSize(long newAnonPrivatePagesSize) {
		long oldAnonPrivatePagesSize = anonPrivatePagesSize;
		anonPrivatePagesSize = newAnonPrivatePagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE, oldAnonPrivatePagesSize, anonPrivatePagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPrivateFilePagesSize() {
		return privateFilePagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivateFilePagesSize(long newPrivateFilePagesSize) {
		long oldPrivateFilePagesSize = privateFilePagesSize;
		privateFilePagesSize = newPrivateFilePagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE, oldPrivateFilePagesSize, privateFilePagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOtherPagesSize() {
		return otherPagesSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherPagesSize(long newOtherPagesSize) {
		long oldOtherPagesSize = otherPagesSize;
		otherPagesSize = newOtherPagesSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE, oldOtherPagesSize, otherPagesSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMetadataSize() {
		return metadataSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetadataSize(long newMetadataSize) {
		long oldMetadataSize = metadataSize;
		metadataSize = newMetadataSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE, oldMetadataSize, metadataSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFileContentsSize() {
		return fileContentsSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileContentsSize(long newFileContentsSize) {
		long oldFileContentsSize = fileContentsSize;
		fileContentsSize = newFileContentsSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE, oldFileContentsSize, fileContentsSize));
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
			case DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED:
				return isCompositionRecorded();
			case DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE:
				return getHeapPagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE:
				return getStackPagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE:
				return getAnonSharedPagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE:
				return getAnonPrivatePagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE:
				return getPrivateFilePagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE:
				return getOtherPagesSize();
			case DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE:
				return getMetadataSize();
			case DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE:
				return getFileContentsSize();
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
			case DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED:
				setCompositionRecorded((Boolean)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE:
				setHeapPagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE:
				setStackPagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE:
				setAnonSharedPagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE:
				setAnonPrivatePagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE:
				setPrivateFilePagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE:
				setOtherPagesSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE:
				setMetadataSize((Long)newValue);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE:
				setFileContentsSize((Long)newValue);
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
			case DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED:
				setCompositionRecorded(COMPOSITION_RECORDED_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE:
				setHeapPagesSize(HEAP_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE:
				setStackPagesSize(STACK_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE:
				setAnonSharedPagesSize(ANON_SHARED_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE:
				setAnonPrivatePagesSize(ANON_PRIVATE_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE:
				setPrivateFilePagesSize(PRIVATE_FILE_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE:
				setOtherPagesSize(OTHER_PAGES_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE:
				setMetadataSize(METADATA_SIZE_EDEFAULT);
				return;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE:
				setFileContentsSize(FILE_CONTENTS_SIZE_EDEFAULT);
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
			case DroverPackage.CHECKPOINT_IMAGE__COMPOSITION_RECORDED:
				return compositionRecorded != COMPOSITION_RECORDED_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__HEAP_PAGES_SIZE:
				return heapPagesSize != HEAP_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__STACK_PAGES_SIZE:
				return stackPagesSize != STACK_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE:
				return anonSharedPagesSize != ANON_SHARED_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE:
				return anonPrivatePagesSize != ANON_PRIVATE_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE:
				return privateFilePagesSize != PRIVATE_FILE_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__OTHER_PAGES_SIZE:
				return otherPagesSize != OTHER_PAGES_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__METADATA_SIZE:
				return metadataSize != METADATA_SIZE_EDEFAULT;
			case DroverPackage.CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE:
				return fileContentsSize != FILE_CONTENTS_SIZE_EDEFAULT;
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
		result.append(", compositionRecorded: ");
		result.append(compositionRecorded);
		result.append(", heapPagesSize: ");
		result.append(heapPagesSize);
		result.append(", stackPagesSize: ");
		result.append(stackPagesSize);
		result.append(", anonSharedPagesSize: ");
		result.append(anonSharedPagesSize);
		result.append(", anonPrivatePagesSize: ");
		result.append(anonPrivatePagesSize);
		result.append(", privateFilePagesSize: ");
		result.append(privateFilePagesSize);
		result.append(", otherPagesSize: ");
		result.append(otherPagesSize);
		result.append(", metadataSize: ");
		result.append(metadataSize);
		result.append(", fileContentsSize: ");
		result.append(fileContentsSize);
		result.append(')');
		return result.toString();
	}

} //CheckpointImageImpl

/**
 */
package drover.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see drover.model.DroverFactory
 * @model kind="package"
 * @generated
 */
public interface DroverPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://drover.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "drover";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DroverPackage eINSTANCE = drover.model.impl.DroverPackageImpl.init();

	/**
	 * The meta object id for the '{@link drover.model.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.ClusterImpl
	 * @see drover.model.impl.DroverPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__HOSTS = 1;

	/**
	 * The feature id for the '<em><b>Migrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__MIGRATIONS = 2;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.HostImpl
	 * @see drover.model.impl.DroverPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PORT = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__USER = 3;

	/**
	 * The feature id for the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__KEY_FILE = 4;

	/**
	 * The feature id for the '<em><b>Agent Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__AGENT_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PROTOCOL_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HOSTNAME = 7;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__KERNEL = 8;

	/**
	 * The feature id for the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_MODEL = 9;

	/**
	 * The feature id for the '<em><b>Cpu Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_FLAGS = 10;

	/**
	 * The feature id for the '<em><b>Cpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_COUNT = 11;

	/**
	 * The feature id for the '<em><b>Memory Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_TOTAL = 12;

	/**
	 * The feature id for the '<em><b>Memory Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_AVAILABLE = 13;

	/**
	 * The feature id for the '<em><b>Criu Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CRIU_PATH = 14;

	/**
	 * The feature id for the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CRIU_VERSION = 15;

	/**
	 * The feature id for the '<em><b>Criu Check Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CRIU_CHECK_OK = 16;

	/**
	 * The feature id for the '<em><b>Criu Check Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CRIU_CHECK_MESSAGE = 17;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__STATUS = 18;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__STATUS_MESSAGE = 19;

	/**
	 * The feature id for the '<em><b>Last Refresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_REFRESH = 20;

	/**
	 * The feature id for the '<em><b>Inventory Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__INVENTORY_MILLIS = 21;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PROCESSES = 22;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__IMAGES = 23;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 24;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.ProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.ProcessImpl
	 * @see drover.model.impl.DroverPackageImpl#getProcess()
	 * @generated
	 */
	int PROCESS = 2;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PID = 0;

	/**
	 * The feature id for the '<em><b>Ppid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PPID = 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__PARENT = 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__CHILDREN = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__NAME = 4;

	/**
	 * The feature id for the '<em><b>Command Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__COMMAND_LINE = 5;

	/**
	 * The feature id for the '<em><b>Executable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__EXECUTABLE = 6;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__USER = 7;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__UID = 8;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__STATE = 9;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__THREADS = 10;

	/**
	 * The feature id for the '<em><b>Resident Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__RESIDENT_MEMORY = 11;

	/**
	 * The feature id for the '<em><b>Virtual Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__VIRTUAL_MEMORY = 12;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__START_TIME = 13;

	/**
	 * The feature id for the '<em><b>Cgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__CGROUP = 14;

	/**
	 * The feature id for the '<em><b>Read Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__READ_ERROR = 15;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__RESOURCES = 16;

	/**
	 * The feature id for the '<em><b>Memory Maps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__MEMORY_MAPS = 17;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.OpenResourceImpl <em>Open Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.OpenResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getOpenResource()
	 * @generated
	 */
	int OPEN_RESOURCE = 3;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE__FD = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE__FLAGS = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Open Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Open Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPEN_RESOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.FileResourceImpl <em>File Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.FileResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getFileResource()
	 * @generated
	 */
	int FILE_RESOURCE = 4;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__PATH = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__OFFSET = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__SIZE = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE__DELETED = OPEN_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>File Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>File Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.DirectoryResourceImpl <em>Directory Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.DirectoryResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getDirectoryResource()
	 * @generated
	 */
	int DIRECTORY_RESOURCE = 5;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE__PATH = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Directory Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Directory Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.PipeResourceImpl <em>Pipe Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.PipeResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getPipeResource()
	 * @generated
	 */
	int PIPE_RESOURCE = 6;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__INODE = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fifo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__FIFO = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__PATH = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Write End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__WRITE_END = OPEN_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Peer Pids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__PEER_PIDS = OPEN_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Peers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE__PEERS = OPEN_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Pipe Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Pipe Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPE_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.UnixSocketResourceImpl <em>Unix Socket Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.UnixSocketResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getUnixSocketResource()
	 * @generated
	 */
	int UNIX_SOCKET_RESOURCE = 7;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__INODE = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__PATH = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Socket Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__SOCKET_TYPE = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__STATE = OPEN_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Peer Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__PEER_INODE = OPEN_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Peer Pids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__PEER_PIDS = OPEN_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Peers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE__PEERS = OPEN_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Unix Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Unix Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIX_SOCKET_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.InetSocketResourceImpl <em>Inet Socket Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.InetSocketResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getInetSocketResource()
	 * @generated
	 */
	int INET_SOCKET_RESOURCE = 8;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__INODE = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__FAMILY = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__LOCAL_ADDRESS = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__LOCAL_PORT = OPEN_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__REMOTE_ADDRESS = OPEN_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__REMOTE_PORT = OPEN_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE__STATE = OPEN_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Inet Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Inet Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INET_SOCKET_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.TcpSocketResourceImpl <em>Tcp Socket Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.TcpSocketResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getTcpSocketResource()
	 * @generated
	 */
	int TCP_SOCKET_RESOURCE = 9;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__FD = INET_SOCKET_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__TARGET = INET_SOCKET_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__FLAGS = INET_SOCKET_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__DESCRIPTION = INET_SOCKET_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__INODE = INET_SOCKET_RESOURCE__INODE;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__FAMILY = INET_SOCKET_RESOURCE__FAMILY;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__LOCAL_ADDRESS = INET_SOCKET_RESOURCE__LOCAL_ADDRESS;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__LOCAL_PORT = INET_SOCKET_RESOURCE__LOCAL_PORT;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__REMOTE_ADDRESS = INET_SOCKET_RESOURCE__REMOTE_ADDRESS;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__REMOTE_PORT = INET_SOCKET_RESOURCE__REMOTE_PORT;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE__STATE = INET_SOCKET_RESOURCE__STATE;

	/**
	 * The number of structural features of the '<em>Tcp Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE_FEATURE_COUNT = INET_SOCKET_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Tcp Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_SOCKET_RESOURCE_OPERATION_COUNT = INET_SOCKET_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.UdpSocketResourceImpl <em>Udp Socket Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.UdpSocketResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getUdpSocketResource()
	 * @generated
	 */
	int UDP_SOCKET_RESOURCE = 10;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__FD = INET_SOCKET_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__TARGET = INET_SOCKET_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__FLAGS = INET_SOCKET_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__DESCRIPTION = INET_SOCKET_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__INODE = INET_SOCKET_RESOURCE__INODE;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__FAMILY = INET_SOCKET_RESOURCE__FAMILY;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__LOCAL_ADDRESS = INET_SOCKET_RESOURCE__LOCAL_ADDRESS;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__LOCAL_PORT = INET_SOCKET_RESOURCE__LOCAL_PORT;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__REMOTE_ADDRESS = INET_SOCKET_RESOURCE__REMOTE_ADDRESS;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__REMOTE_PORT = INET_SOCKET_RESOURCE__REMOTE_PORT;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE__STATE = INET_SOCKET_RESOURCE__STATE;

	/**
	 * The number of structural features of the '<em>Udp Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE_FEATURE_COUNT = INET_SOCKET_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Udp Socket Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_SOCKET_RESOURCE_OPERATION_COUNT = INET_SOCKET_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.DeviceResourceImpl <em>Device Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.DeviceResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getDeviceResource()
	 * @generated
	 */
	int DEVICE_RESOURCE = 11;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__PATH = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE__TTY = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Device Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Device Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.AnonInodeResourceImpl <em>Anon Inode Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.AnonInodeResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getAnonInodeResource()
	 * @generated
	 */
	int ANON_INODE_RESOURCE = 12;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Anon Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__ANON_KIND = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE__NAME = OPEN_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Anon Inode Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Anon Inode Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANON_INODE_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.OtherResourceImpl <em>Other Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.OtherResourceImpl
	 * @see drover.model.impl.DroverPackageImpl#getOtherResource()
	 * @generated
	 */
	int OTHER_RESOURCE = 13;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE__FD = OPEN_RESOURCE__FD;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE__TARGET = OPEN_RESOURCE__TARGET;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE__FLAGS = OPEN_RESOURCE__FLAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE__DESCRIPTION = OPEN_RESOURCE__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Other Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE_FEATURE_COUNT = OPEN_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Other Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OTHER_RESOURCE_OPERATION_COUNT = OPEN_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.MemoryMapSummaryImpl <em>Memory Map Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.MemoryMapSummaryImpl
	 * @see drover.model.impl.DroverPackageImpl#getMemoryMapSummary()
	 * @generated
	 */
	int MEMORY_MAP_SUMMARY = 14;

	/**
	 * The feature id for the '<em><b>Mapping Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__MAPPING_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Virtual Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__VIRTUAL_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Anonymous Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE = 2;

	/**
	 * The feature id for the '<em><b>File Backed Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Shared Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__SHARED_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Stack Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__STACK_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Heap Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__HEAP_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Mapped Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY__MAPPED_FILES = 7;

	/**
	 * The number of structural features of the '<em>Memory Map Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Memory Map Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_MAP_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.MigrationImpl <em>Migration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.MigrationImpl
	 * @see drover.model.impl.DroverPackageImpl#getMigration()
	 * @generated
	 */
	int MIGRATION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Source Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__SOURCE_HOST = 1;

	/**
	 * The feature id for the '<em><b>Target Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__TARGET_HOST = 2;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__PID = 3;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__COMMAND = 4;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__PHASE = 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__STARTED_AT = 6;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__FINISHED_AT = 7;

	/**
	 * The feature id for the '<em><b>Downtime Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__DOWNTIME_MILLIS = 8;

	/**
	 * The feature id for the '<em><b>Bytes On Wire</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__BYTES_ON_WIRE = 9;

	/**
	 * The feature id for the '<em><b>Throughput</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__THROUGHPUT = 10;

	/**
	 * The feature id for the '<em><b>Failure Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__FAILURE_PHASE = 11;

	/**
	 * The feature id for the '<em><b>Failure Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__FAILURE_CAUSE = 12;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__OPERATOR = 13;

	/**
	 * The feature id for the '<em><b>Phase Costs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__PHASE_COSTS = 14;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__IMAGE = 15;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__KIND = 16;

	/**
	 * The feature id for the '<em><b>Differences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION__DIFFERENCES = 17;

	/**
	 * The number of structural features of the '<em>Migration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Migration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.PhaseCostImpl <em>Phase Cost</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.PhaseCostImpl
	 * @see drover.model.impl.DroverPackageImpl#getPhaseCost()
	 * @generated
	 */
	int PHASE_COST = 16;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST__PHASE = 0;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST__STARTED_AT = 1;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST__DURATION_MILLIS = 2;

	/**
	 * The feature id for the '<em><b>Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST__BYTES = 3;

	/**
	 * The number of structural features of the '<em>Phase Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Phase Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_COST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.impl.CheckpointImageImpl <em>Checkpoint Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.impl.CheckpointImageImpl
	 * @see drover.model.impl.DroverPackageImpl#getCheckpointImage()
	 * @generated
	 */
	int CHECKPOINT_IMAGE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__HOST = 1;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__PID = 2;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__COMMAND = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__PATH = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Memory Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Other Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__OTHER_SIZE = 7;

	/**
	 * The feature id for the '<em><b>Total Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__TOTAL_SIZE = 8;

	/**
	 * The feature id for the '<em><b>File Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__FILE_COUNT = 9;

	/**
	 * The feature id for the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__CRIU_VERSION = 10;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__SHA256 = 11;

	/**
	 * The feature id for the '<em><b>Composition Recorded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__COMPOSITION_RECORDED = 12;

	/**
	 * The feature id for the '<em><b>Heap Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__HEAP_PAGES_SIZE = 13;

	/**
	 * The feature id for the '<em><b>Stack Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__STACK_PAGES_SIZE = 14;

	/**
	 * The feature id for the '<em><b>Anon Shared Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE = 15;

	/**
	 * The feature id for the '<em><b>Anon Private Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE = 16;

	/**
	 * The feature id for the '<em><b>Private File Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE = 17;

	/**
	 * The feature id for the '<em><b>Other Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__OTHER_PAGES_SIZE = 18;

	/**
	 * The feature id for the '<em><b>Metadata Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__METADATA_SIZE = 19;

	/**
	 * The feature id for the '<em><b>File Contents Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE = 20;

	/**
	 * The number of structural features of the '<em>Checkpoint Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Checkpoint Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_IMAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link drover.model.ConnectionStatus <em>Connection Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.ConnectionStatus
	 * @see drover.model.impl.DroverPackageImpl#getConnectionStatus()
	 * @generated
	 */
	int CONNECTION_STATUS = 18;

	/**
	 * The meta object id for the '{@link drover.model.AnonKind <em>Anon Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.AnonKind
	 * @see drover.model.impl.DroverPackageImpl#getAnonKind()
	 * @generated
	 */
	int ANON_KIND = 19;

	/**
	 * The meta object id for the '{@link drover.model.MigrationPhase <em>Migration Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.MigrationPhase
	 * @see drover.model.impl.DroverPackageImpl#getMigrationPhase()
	 * @generated
	 */
	int MIGRATION_PHASE = 20;

	/**
	 * The meta object id for the '{@link drover.model.OperationKind <em>Operation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see drover.model.OperationKind
	 * @see drover.model.impl.DroverPackageImpl#getOperationKind()
	 * @generated
	 */
	int OPERATION_KIND = 21;


	/**
	 * Returns the meta object for class '{@link drover.model.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see drover.model.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Cluster#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see drover.model.Cluster#getName()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Cluster#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see drover.model.Cluster#getHosts()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Cluster#getMigrations <em>Migrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Migrations</em>'.
	 * @see drover.model.Cluster#getMigrations()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Migrations();

	/**
	 * Returns the meta object for class '{@link drover.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see drover.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see drover.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see drover.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see drover.model.Host#getPort()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Port();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see drover.model.Host#getUser()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_User();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getKeyFile <em>Key File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key File</em>'.
	 * @see drover.model.Host#getKeyFile()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_KeyFile();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getAgentVersion <em>Agent Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent Version</em>'.
	 * @see drover.model.Host#getAgentVersion()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_AgentVersion();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getProtocolVersion <em>Protocol Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Version</em>'.
	 * @see drover.model.Host#getProtocolVersion()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ProtocolVersion();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see drover.model.Host#getHostname()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see drover.model.Host#getKernel()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCpuModel <em>Cpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Model</em>'.
	 * @see drover.model.Host#getCpuModel()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuModel();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCpuFlags <em>Cpu Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Flags</em>'.
	 * @see drover.model.Host#getCpuFlags()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuFlags();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCpuCount <em>Cpu Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Count</em>'.
	 * @see drover.model.Host#getCpuCount()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuCount();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getMemoryTotal <em>Memory Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Total</em>'.
	 * @see drover.model.Host#getMemoryTotal()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryTotal();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getMemoryAvailable <em>Memory Available</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Available</em>'.
	 * @see drover.model.Host#getMemoryAvailable()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryAvailable();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCriuPath <em>Criu Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Path</em>'.
	 * @see drover.model.Host#getCriuPath()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CriuPath();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCriuVersion <em>Criu Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Version</em>'.
	 * @see drover.model.Host#getCriuVersion()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CriuVersion();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#isCriuCheckOk <em>Criu Check Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Check Ok</em>'.
	 * @see drover.model.Host#isCriuCheckOk()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CriuCheckOk();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getCriuCheckMessage <em>Criu Check Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Check Message</em>'.
	 * @see drover.model.Host#getCriuCheckMessage()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CriuCheckMessage();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see drover.model.Host#getStatus()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Status();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getStatusMessage <em>Status Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Message</em>'.
	 * @see drover.model.Host#getStatusMessage()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_StatusMessage();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getLastRefresh <em>Last Refresh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Refresh</em>'.
	 * @see drover.model.Host#getLastRefresh()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastRefresh();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Host#getInventoryMillis <em>Inventory Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inventory Millis</em>'.
	 * @see drover.model.Host#getInventoryMillis()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_InventoryMillis();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Host#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see drover.model.Host#getProcesses()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Processes();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Host#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see drover.model.Host#getImages()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Images();

	/**
	 * Returns the meta object for class '{@link drover.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see drover.model.Process
	 * @generated
	 */
	EClass getProcess();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see drover.model.Process#getPid()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Pid();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getPpid <em>Ppid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ppid</em>'.
	 * @see drover.model.Process#getPpid()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Ppid();

	/**
	 * Returns the meta object for the reference '{@link drover.model.Process#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see drover.model.Process#getParent()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Parent();

	/**
	 * Returns the meta object for the reference list '{@link drover.model.Process#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see drover.model.Process#getChildren()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Children();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see drover.model.Process#getName()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Name();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getCommandLine <em>Command Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command Line</em>'.
	 * @see drover.model.Process#getCommandLine()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_CommandLine();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getExecutable <em>Executable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executable</em>'.
	 * @see drover.model.Process#getExecutable()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Executable();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see drover.model.Process#getUser()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_User();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see drover.model.Process#getUid()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Uid();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see drover.model.Process#getState()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_State();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see drover.model.Process#getThreads()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Threads();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getResidentMemory <em>Resident Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resident Memory</em>'.
	 * @see drover.model.Process#getResidentMemory()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_ResidentMemory();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getVirtualMemory <em>Virtual Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Memory</em>'.
	 * @see drover.model.Process#getVirtualMemory()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_VirtualMemory();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see drover.model.Process#getStartTime()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getCgroup <em>Cgroup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cgroup</em>'.
	 * @see drover.model.Process#getCgroup()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Cgroup();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Process#getReadError <em>Read Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Error</em>'.
	 * @see drover.model.Process#getReadError()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_ReadError();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Process#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see drover.model.Process#getResources()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Resources();

	/**
	 * Returns the meta object for the containment reference '{@link drover.model.Process#getMemoryMaps <em>Memory Maps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Memory Maps</em>'.
	 * @see drover.model.Process#getMemoryMaps()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_MemoryMaps();

	/**
	 * Returns the meta object for class '{@link drover.model.OpenResource <em>Open Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Open Resource</em>'.
	 * @see drover.model.OpenResource
	 * @generated
	 */
	EClass getOpenResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.OpenResource#getFd <em>Fd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fd</em>'.
	 * @see drover.model.OpenResource#getFd()
	 * @see #getOpenResource()
	 * @generated
	 */
	EAttribute getOpenResource_Fd();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.OpenResource#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see drover.model.OpenResource#getTarget()
	 * @see #getOpenResource()
	 * @generated
	 */
	EAttribute getOpenResource_Target();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.OpenResource#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see drover.model.OpenResource#getFlags()
	 * @see #getOpenResource()
	 * @generated
	 */
	EAttribute getOpenResource_Flags();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.OpenResource#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see drover.model.OpenResource#getDescription()
	 * @see #getOpenResource()
	 * @generated
	 */
	EAttribute getOpenResource_Description();

	/**
	 * Returns the meta object for class '{@link drover.model.FileResource <em>File Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Resource</em>'.
	 * @see drover.model.FileResource
	 * @generated
	 */
	EClass getFileResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.FileResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.FileResource#getPath()
	 * @see #getFileResource()
	 * @generated
	 */
	EAttribute getFileResource_Path();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.FileResource#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see drover.model.FileResource#getOffset()
	 * @see #getFileResource()
	 * @generated
	 */
	EAttribute getFileResource_Offset();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.FileResource#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see drover.model.FileResource#getSize()
	 * @see #getFileResource()
	 * @generated
	 */
	EAttribute getFileResource_Size();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.FileResource#isDeleted <em>Deleted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted</em>'.
	 * @see drover.model.FileResource#isDeleted()
	 * @see #getFileResource()
	 * @generated
	 */
	EAttribute getFileResource_Deleted();

	/**
	 * Returns the meta object for class '{@link drover.model.DirectoryResource <em>Directory Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory Resource</em>'.
	 * @see drover.model.DirectoryResource
	 * @generated
	 */
	EClass getDirectoryResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.DirectoryResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.DirectoryResource#getPath()
	 * @see #getDirectoryResource()
	 * @generated
	 */
	EAttribute getDirectoryResource_Path();

	/**
	 * Returns the meta object for class '{@link drover.model.PipeResource <em>Pipe Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pipe Resource</em>'.
	 * @see drover.model.PipeResource
	 * @generated
	 */
	EClass getPipeResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PipeResource#getInode <em>Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inode</em>'.
	 * @see drover.model.PipeResource#getInode()
	 * @see #getPipeResource()
	 * @generated
	 */
	EAttribute getPipeResource_Inode();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PipeResource#isFifo <em>Fifo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fifo</em>'.
	 * @see drover.model.PipeResource#isFifo()
	 * @see #getPipeResource()
	 * @generated
	 */
	EAttribute getPipeResource_Fifo();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PipeResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.PipeResource#getPath()
	 * @see #getPipeResource()
	 * @generated
	 */
	EAttribute getPipeResource_Path();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PipeResource#isWriteEnd <em>Write End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write End</em>'.
	 * @see drover.model.PipeResource#isWriteEnd()
	 * @see #getPipeResource()
	 * @generated
	 */
	EAttribute getPipeResource_WriteEnd();

	/**
	 * Returns the meta object for the attribute list '{@link drover.model.PipeResource#getPeerPids <em>Peer Pids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Peer Pids</em>'.
	 * @see drover.model.PipeResource#getPeerPids()
	 * @see #getPipeResource()
	 * @generated
	 */
	EAttribute getPipeResource_PeerPids();

	/**
	 * Returns the meta object for the reference list '{@link drover.model.PipeResource#getPeers <em>Peers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Peers</em>'.
	 * @see drover.model.PipeResource#getPeers()
	 * @see #getPipeResource()
	 * @generated
	 */
	EReference getPipeResource_Peers();

	/**
	 * Returns the meta object for class '{@link drover.model.UnixSocketResource <em>Unix Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unix Socket Resource</em>'.
	 * @see drover.model.UnixSocketResource
	 * @generated
	 */
	EClass getUnixSocketResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.UnixSocketResource#getInode <em>Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inode</em>'.
	 * @see drover.model.UnixSocketResource#getInode()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_Inode();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.UnixSocketResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.UnixSocketResource#getPath()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_Path();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.UnixSocketResource#getSocketType <em>Socket Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket Type</em>'.
	 * @see drover.model.UnixSocketResource#getSocketType()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_SocketType();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.UnixSocketResource#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see drover.model.UnixSocketResource#getState()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_State();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.UnixSocketResource#getPeerInode <em>Peer Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer Inode</em>'.
	 * @see drover.model.UnixSocketResource#getPeerInode()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_PeerInode();

	/**
	 * Returns the meta object for the attribute list '{@link drover.model.UnixSocketResource#getPeerPids <em>Peer Pids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Peer Pids</em>'.
	 * @see drover.model.UnixSocketResource#getPeerPids()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EAttribute getUnixSocketResource_PeerPids();

	/**
	 * Returns the meta object for the reference list '{@link drover.model.UnixSocketResource#getPeers <em>Peers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Peers</em>'.
	 * @see drover.model.UnixSocketResource#getPeers()
	 * @see #getUnixSocketResource()
	 * @generated
	 */
	EReference getUnixSocketResource_Peers();

	/**
	 * Returns the meta object for class '{@link drover.model.InetSocketResource <em>Inet Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inet Socket Resource</em>'.
	 * @see drover.model.InetSocketResource
	 * @generated
	 */
	EClass getInetSocketResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getInode <em>Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inode</em>'.
	 * @see drover.model.InetSocketResource#getInode()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_Inode();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see drover.model.InetSocketResource#getFamily()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_Family();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getLocalAddress <em>Local Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Address</em>'.
	 * @see drover.model.InetSocketResource#getLocalAddress()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_LocalAddress();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getLocalPort <em>Local Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Port</em>'.
	 * @see drover.model.InetSocketResource#getLocalPort()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_LocalPort();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getRemoteAddress <em>Remote Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Address</em>'.
	 * @see drover.model.InetSocketResource#getRemoteAddress()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_RemoteAddress();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getRemotePort <em>Remote Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Port</em>'.
	 * @see drover.model.InetSocketResource#getRemotePort()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_RemotePort();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.InetSocketResource#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see drover.model.InetSocketResource#getState()
	 * @see #getInetSocketResource()
	 * @generated
	 */
	EAttribute getInetSocketResource_State();

	/**
	 * Returns the meta object for class '{@link drover.model.TcpSocketResource <em>Tcp Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tcp Socket Resource</em>'.
	 * @see drover.model.TcpSocketResource
	 * @generated
	 */
	EClass getTcpSocketResource();

	/**
	 * Returns the meta object for class '{@link drover.model.UdpSocketResource <em>Udp Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Udp Socket Resource</em>'.
	 * @see drover.model.UdpSocketResource
	 * @generated
	 */
	EClass getUdpSocketResource();

	/**
	 * Returns the meta object for class '{@link drover.model.DeviceResource <em>Device Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Resource</em>'.
	 * @see drover.model.DeviceResource
	 * @generated
	 */
	EClass getDeviceResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.DeviceResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.DeviceResource#getPath()
	 * @see #getDeviceResource()
	 * @generated
	 */
	EAttribute getDeviceResource_Path();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.DeviceResource#isTty <em>Tty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tty</em>'.
	 * @see drover.model.DeviceResource#isTty()
	 * @see #getDeviceResource()
	 * @generated
	 */
	EAttribute getDeviceResource_Tty();

	/**
	 * Returns the meta object for class '{@link drover.model.AnonInodeResource <em>Anon Inode Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anon Inode Resource</em>'.
	 * @see drover.model.AnonInodeResource
	 * @generated
	 */
	EClass getAnonInodeResource();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.AnonInodeResource#getAnonKind <em>Anon Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anon Kind</em>'.
	 * @see drover.model.AnonInodeResource#getAnonKind()
	 * @see #getAnonInodeResource()
	 * @generated
	 */
	EAttribute getAnonInodeResource_AnonKind();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.AnonInodeResource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see drover.model.AnonInodeResource#getName()
	 * @see #getAnonInodeResource()
	 * @generated
	 */
	EAttribute getAnonInodeResource_Name();

	/**
	 * Returns the meta object for class '{@link drover.model.OtherResource <em>Other Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Other Resource</em>'.
	 * @see drover.model.OtherResource
	 * @generated
	 */
	EClass getOtherResource();

	/**
	 * Returns the meta object for class '{@link drover.model.MemoryMapSummary <em>Memory Map Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Map Summary</em>'.
	 * @see drover.model.MemoryMapSummary
	 * @generated
	 */
	EClass getMemoryMapSummary();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getMappingCount <em>Mapping Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping Count</em>'.
	 * @see drover.model.MemoryMapSummary#getMappingCount()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_MappingCount();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getVirtualSize <em>Virtual Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Size</em>'.
	 * @see drover.model.MemoryMapSummary#getVirtualSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_VirtualSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getAnonymousSize <em>Anonymous Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anonymous Size</em>'.
	 * @see drover.model.MemoryMapSummary#getAnonymousSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_AnonymousSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getFileBackedSize <em>File Backed Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Backed Size</em>'.
	 * @see drover.model.MemoryMapSummary#getFileBackedSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_FileBackedSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getSharedSize <em>Shared Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Size</em>'.
	 * @see drover.model.MemoryMapSummary#getSharedSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_SharedSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getStackSize <em>Stack Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stack Size</em>'.
	 * @see drover.model.MemoryMapSummary#getStackSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_StackSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getHeapSize <em>Heap Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heap Size</em>'.
	 * @see drover.model.MemoryMapSummary#getHeapSize()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_HeapSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.MemoryMapSummary#getMappedFiles <em>Mapped Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapped Files</em>'.
	 * @see drover.model.MemoryMapSummary#getMappedFiles()
	 * @see #getMemoryMapSummary()
	 * @generated
	 */
	EAttribute getMemoryMapSummary_MappedFiles();

	/**
	 * Returns the meta object for class '{@link drover.model.Migration <em>Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration</em>'.
	 * @see drover.model.Migration
	 * @generated
	 */
	EClass getMigration();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see drover.model.Migration#getId()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Id();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getSourceHost <em>Source Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Host</em>'.
	 * @see drover.model.Migration#getSourceHost()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_SourceHost();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getTargetHost <em>Target Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Host</em>'.
	 * @see drover.model.Migration#getTargetHost()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_TargetHost();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see drover.model.Migration#getPid()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Pid();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see drover.model.Migration#getCommand()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Command();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see drover.model.Migration#getPhase()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Phase();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see drover.model.Migration#getStartedAt()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see drover.model.Migration#getFinishedAt()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getDowntimeMillis <em>Downtime Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Downtime Millis</em>'.
	 * @see drover.model.Migration#getDowntimeMillis()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_DowntimeMillis();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getBytesOnWire <em>Bytes On Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes On Wire</em>'.
	 * @see drover.model.Migration#getBytesOnWire()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_BytesOnWire();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getThroughput <em>Throughput</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Throughput</em>'.
	 * @see drover.model.Migration#getThroughput()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Throughput();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getFailurePhase <em>Failure Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Phase</em>'.
	 * @see drover.model.Migration#getFailurePhase()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_FailurePhase();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getFailureCause <em>Failure Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Cause</em>'.
	 * @see drover.model.Migration#getFailureCause()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_FailureCause();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see drover.model.Migration#getOperator()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Operator();

	/**
	 * Returns the meta object for the containment reference list '{@link drover.model.Migration#getPhaseCosts <em>Phase Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phase Costs</em>'.
	 * @see drover.model.Migration#getPhaseCosts()
	 * @see #getMigration()
	 * @generated
	 */
	EReference getMigration_PhaseCosts();

	/**
	 * Returns the meta object for the reference '{@link drover.model.Migration#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see drover.model.Migration#getImage()
	 * @see #getMigration()
	 * @generated
	 */
	EReference getMigration_Image();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.Migration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see drover.model.Migration#getKind()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link drover.model.Migration#getDifferences <em>Differences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Differences</em>'.
	 * @see drover.model.Migration#getDifferences()
	 * @see #getMigration()
	 * @generated
	 */
	EAttribute getMigration_Differences();

	/**
	 * Returns the meta object for class '{@link drover.model.PhaseCost <em>Phase Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase Cost</em>'.
	 * @see drover.model.PhaseCost
	 * @generated
	 */
	EClass getPhaseCost();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PhaseCost#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see drover.model.PhaseCost#getPhase()
	 * @see #getPhaseCost()
	 * @generated
	 */
	EAttribute getPhaseCost_Phase();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PhaseCost#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see drover.model.PhaseCost#getStartedAt()
	 * @see #getPhaseCost()
	 * @generated
	 */
	EAttribute getPhaseCost_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PhaseCost#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see drover.model.PhaseCost#getDurationMillis()
	 * @see #getPhaseCost()
	 * @generated
	 */
	EAttribute getPhaseCost_DurationMillis();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.PhaseCost#getBytes <em>Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bytes</em>'.
	 * @see drover.model.PhaseCost#getBytes()
	 * @see #getPhaseCost()
	 * @generated
	 */
	EAttribute getPhaseCost_Bytes();

	/**
	 * Returns the meta object for class '{@link drover.model.CheckpointImage <em>Checkpoint Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checkpoint Image</em>'.
	 * @see drover.model.CheckpointImage
	 * @generated
	 */
	EClass getCheckpointImage();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see drover.model.CheckpointImage#getName()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Name();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see drover.model.CheckpointImage#getHost()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Host();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see drover.model.CheckpointImage#getPid()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Pid();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see drover.model.CheckpointImage#getCommand()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Command();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see drover.model.CheckpointImage#getPath()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Path();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see drover.model.CheckpointImage#getCreatedAt()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getMemoryPagesSize <em>Memory Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getMemoryPagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_MemoryPagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getOtherSize <em>Other Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Size</em>'.
	 * @see drover.model.CheckpointImage#getOtherSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_OtherSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getTotalSize <em>Total Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Size</em>'.
	 * @see drover.model.CheckpointImage#getTotalSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_TotalSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getFileCount <em>File Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Count</em>'.
	 * @see drover.model.CheckpointImage#getFileCount()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_FileCount();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getCriuVersion <em>Criu Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criu Version</em>'.
	 * @see drover.model.CheckpointImage#getCriuVersion()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_CriuVersion();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see drover.model.CheckpointImage#getSha256()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#isCompositionRecorded <em>Composition Recorded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Composition Recorded</em>'.
	 * @see drover.model.CheckpointImage#isCompositionRecorded()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_CompositionRecorded();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getHeapPagesSize <em>Heap Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heap Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getHeapPagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_HeapPagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getStackPagesSize <em>Stack Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stack Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getStackPagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_StackPagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getAnonSharedPagesSize <em>Anon Shared Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anon Shared Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getAnonSharedPagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_AnonSharedPagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getAnonPrivatePagesSize <em>Anon Private Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anon Private Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getAnonPrivatePagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_AnonPrivatePagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getPrivateFilePagesSize <em>Private File Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Private File Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getPrivateFilePagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_PrivateFilePagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getOtherPagesSize <em>Other Pages Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Pages Size</em>'.
	 * @see drover.model.CheckpointImage#getOtherPagesSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_OtherPagesSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getMetadataSize <em>Metadata Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metadata Size</em>'.
	 * @see drover.model.CheckpointImage#getMetadataSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_MetadataSize();

	/**
	 * Returns the meta object for the attribute '{@link drover.model.CheckpointImage#getFileContentsSize <em>File Contents Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Contents Size</em>'.
	 * @see drover.model.CheckpointImage#getFileContentsSize()
	 * @see #getCheckpointImage()
	 * @generated
	 */
	EAttribute getCheckpointImage_FileContentsSize();

	/**
	 * Returns the meta object for enum '{@link drover.model.ConnectionStatus <em>Connection Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Status</em>'.
	 * @see drover.model.ConnectionStatus
	 * @generated
	 */
	EEnum getConnectionStatus();

	/**
	 * Returns the meta object for enum '{@link drover.model.AnonKind <em>Anon Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Anon Kind</em>'.
	 * @see drover.model.AnonKind
	 * @generated
	 */
	EEnum getAnonKind();

	/**
	 * Returns the meta object for enum '{@link drover.model.MigrationPhase <em>Migration Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Migration Phase</em>'.
	 * @see drover.model.MigrationPhase
	 * @generated
	 */
	EEnum getMigrationPhase();

	/**
	 * Returns the meta object for enum '{@link drover.model.OperationKind <em>Operation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operation Kind</em>'.
	 * @see drover.model.OperationKind
	 * @generated
	 */
	EEnum getOperationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DroverFactory getDroverFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link drover.model.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.ClusterImpl
		 * @see drover.model.impl.DroverPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__NAME = eINSTANCE.getCluster_Name();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__HOSTS = eINSTANCE.getCluster_Hosts();

		/**
		 * The meta object literal for the '<em><b>Migrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__MIGRATIONS = eINSTANCE.getCluster_Migrations();

		/**
		 * The meta object literal for the '{@link drover.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.HostImpl
		 * @see drover.model.impl.DroverPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PORT = eINSTANCE.getHost_Port();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__USER = eINSTANCE.getHost_User();

		/**
		 * The meta object literal for the '<em><b>Key File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__KEY_FILE = eINSTANCE.getHost_KeyFile();

		/**
		 * The meta object literal for the '<em><b>Agent Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__AGENT_VERSION = eINSTANCE.getHost_AgentVersion();

		/**
		 * The meta object literal for the '<em><b>Protocol Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__PROTOCOL_VERSION = eINSTANCE.getHost_ProtocolVersion();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HOSTNAME = eINSTANCE.getHost_Hostname();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__KERNEL = eINSTANCE.getHost_Kernel();

		/**
		 * The meta object literal for the '<em><b>Cpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_MODEL = eINSTANCE.getHost_CpuModel();

		/**
		 * The meta object literal for the '<em><b>Cpu Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_FLAGS = eINSTANCE.getHost_CpuFlags();

		/**
		 * The meta object literal for the '<em><b>Cpu Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_COUNT = eINSTANCE.getHost_CpuCount();

		/**
		 * The meta object literal for the '<em><b>Memory Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_TOTAL = eINSTANCE.getHost_MemoryTotal();

		/**
		 * The meta object literal for the '<em><b>Memory Available</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_AVAILABLE = eINSTANCE.getHost_MemoryAvailable();

		/**
		 * The meta object literal for the '<em><b>Criu Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CRIU_PATH = eINSTANCE.getHost_CriuPath();

		/**
		 * The meta object literal for the '<em><b>Criu Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CRIU_VERSION = eINSTANCE.getHost_CriuVersion();

		/**
		 * The meta object literal for the '<em><b>Criu Check Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CRIU_CHECK_OK = eINSTANCE.getHost_CriuCheckOk();

		/**
		 * The meta object literal for the '<em><b>Criu Check Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CRIU_CHECK_MESSAGE = eINSTANCE.getHost_CriuCheckMessage();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__STATUS = eINSTANCE.getHost_Status();

		/**
		 * The meta object literal for the '<em><b>Status Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__STATUS_MESSAGE = eINSTANCE.getHost_StatusMessage();

		/**
		 * The meta object literal for the '<em><b>Last Refresh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_REFRESH = eINSTANCE.getHost_LastRefresh();

		/**
		 * The meta object literal for the '<em><b>Inventory Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__INVENTORY_MILLIS = eINSTANCE.getHost_InventoryMillis();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__PROCESSES = eINSTANCE.getHost_Processes();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__IMAGES = eINSTANCE.getHost_Images();

		/**
		 * The meta object literal for the '{@link drover.model.impl.ProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.ProcessImpl
		 * @see drover.model.impl.DroverPackageImpl#getProcess()
		 * @generated
		 */
		EClass PROCESS = eINSTANCE.getProcess();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PID = eINSTANCE.getProcess_Pid();

		/**
		 * The meta object literal for the '<em><b>Ppid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__PPID = eINSTANCE.getProcess_Ppid();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__PARENT = eINSTANCE.getProcess_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__CHILDREN = eINSTANCE.getProcess_Children();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__NAME = eINSTANCE.getProcess_Name();

		/**
		 * The meta object literal for the '<em><b>Command Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__COMMAND_LINE = eINSTANCE.getProcess_CommandLine();

		/**
		 * The meta object literal for the '<em><b>Executable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__EXECUTABLE = eINSTANCE.getProcess_Executable();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__USER = eINSTANCE.getProcess_User();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__UID = eINSTANCE.getProcess_Uid();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__STATE = eINSTANCE.getProcess_State();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__THREADS = eINSTANCE.getProcess_Threads();

		/**
		 * The meta object literal for the '<em><b>Resident Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__RESIDENT_MEMORY = eINSTANCE.getProcess_ResidentMemory();

		/**
		 * The meta object literal for the '<em><b>Virtual Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__VIRTUAL_MEMORY = eINSTANCE.getProcess_VirtualMemory();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__START_TIME = eINSTANCE.getProcess_StartTime();

		/**
		 * The meta object literal for the '<em><b>Cgroup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__CGROUP = eINSTANCE.getProcess_Cgroup();

		/**
		 * The meta object literal for the '<em><b>Read Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__READ_ERROR = eINSTANCE.getProcess_ReadError();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__RESOURCES = eINSTANCE.getProcess_Resources();

		/**
		 * The meta object literal for the '<em><b>Memory Maps</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__MEMORY_MAPS = eINSTANCE.getProcess_MemoryMaps();

		/**
		 * The meta object literal for the '{@link drover.model.impl.OpenResourceImpl <em>Open Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.OpenResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getOpenResource()
		 * @generated
		 */
		EClass OPEN_RESOURCE = eINSTANCE.getOpenResource();

		/**
		 * The meta object literal for the '<em><b>Fd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPEN_RESOURCE__FD = eINSTANCE.getOpenResource_Fd();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPEN_RESOURCE__TARGET = eINSTANCE.getOpenResource_Target();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPEN_RESOURCE__FLAGS = eINSTANCE.getOpenResource_Flags();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPEN_RESOURCE__DESCRIPTION = eINSTANCE.getOpenResource_Description();

		/**
		 * The meta object literal for the '{@link drover.model.impl.FileResourceImpl <em>File Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.FileResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getFileResource()
		 * @generated
		 */
		EClass FILE_RESOURCE = eINSTANCE.getFileResource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_RESOURCE__PATH = eINSTANCE.getFileResource_Path();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_RESOURCE__OFFSET = eINSTANCE.getFileResource_Offset();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_RESOURCE__SIZE = eINSTANCE.getFileResource_Size();

		/**
		 * The meta object literal for the '<em><b>Deleted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_RESOURCE__DELETED = eINSTANCE.getFileResource_Deleted();

		/**
		 * The meta object literal for the '{@link drover.model.impl.DirectoryResourceImpl <em>Directory Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.DirectoryResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getDirectoryResource()
		 * @generated
		 */
		EClass DIRECTORY_RESOURCE = eINSTANCE.getDirectoryResource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY_RESOURCE__PATH = eINSTANCE.getDirectoryResource_Path();

		/**
		 * The meta object literal for the '{@link drover.model.impl.PipeResourceImpl <em>Pipe Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.PipeResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getPipeResource()
		 * @generated
		 */
		EClass PIPE_RESOURCE = eINSTANCE.getPipeResource();

		/**
		 * The meta object literal for the '<em><b>Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_RESOURCE__INODE = eINSTANCE.getPipeResource_Inode();

		/**
		 * The meta object literal for the '<em><b>Fifo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_RESOURCE__FIFO = eINSTANCE.getPipeResource_Fifo();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_RESOURCE__PATH = eINSTANCE.getPipeResource_Path();

		/**
		 * The meta object literal for the '<em><b>Write End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_RESOURCE__WRITE_END = eINSTANCE.getPipeResource_WriteEnd();

		/**
		 * The meta object literal for the '<em><b>Peer Pids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPE_RESOURCE__PEER_PIDS = eINSTANCE.getPipeResource_PeerPids();

		/**
		 * The meta object literal for the '<em><b>Peers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPE_RESOURCE__PEERS = eINSTANCE.getPipeResource_Peers();

		/**
		 * The meta object literal for the '{@link drover.model.impl.UnixSocketResourceImpl <em>Unix Socket Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.UnixSocketResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getUnixSocketResource()
		 * @generated
		 */
		EClass UNIX_SOCKET_RESOURCE = eINSTANCE.getUnixSocketResource();

		/**
		 * The meta object literal for the '<em><b>Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__INODE = eINSTANCE.getUnixSocketResource_Inode();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__PATH = eINSTANCE.getUnixSocketResource_Path();

		/**
		 * The meta object literal for the '<em><b>Socket Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__SOCKET_TYPE = eINSTANCE.getUnixSocketResource_SocketType();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__STATE = eINSTANCE.getUnixSocketResource_State();

		/**
		 * The meta object literal for the '<em><b>Peer Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__PEER_INODE = eINSTANCE.getUnixSocketResource_PeerInode();

		/**
		 * The meta object literal for the '<em><b>Peer Pids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIX_SOCKET_RESOURCE__PEER_PIDS = eINSTANCE.getUnixSocketResource_PeerPids();

		/**
		 * The meta object literal for the '<em><b>Peers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIX_SOCKET_RESOURCE__PEERS = eINSTANCE.getUnixSocketResource_Peers();

		/**
		 * The meta object literal for the '{@link drover.model.impl.InetSocketResourceImpl <em>Inet Socket Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.InetSocketResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getInetSocketResource()
		 * @generated
		 */
		EClass INET_SOCKET_RESOURCE = eINSTANCE.getInetSocketResource();

		/**
		 * The meta object literal for the '<em><b>Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__INODE = eINSTANCE.getInetSocketResource_Inode();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__FAMILY = eINSTANCE.getInetSocketResource_Family();

		/**
		 * The meta object literal for the '<em><b>Local Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__LOCAL_ADDRESS = eINSTANCE.getInetSocketResource_LocalAddress();

		/**
		 * The meta object literal for the '<em><b>Local Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__LOCAL_PORT = eINSTANCE.getInetSocketResource_LocalPort();

		/**
		 * The meta object literal for the '<em><b>Remote Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__REMOTE_ADDRESS = eINSTANCE.getInetSocketResource_RemoteAddress();

		/**
		 * The meta object literal for the '<em><b>Remote Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__REMOTE_PORT = eINSTANCE.getInetSocketResource_RemotePort();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INET_SOCKET_RESOURCE__STATE = eINSTANCE.getInetSocketResource_State();

		/**
		 * The meta object literal for the '{@link drover.model.impl.TcpSocketResourceImpl <em>Tcp Socket Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.TcpSocketResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getTcpSocketResource()
		 * @generated
		 */
		EClass TCP_SOCKET_RESOURCE = eINSTANCE.getTcpSocketResource();

		/**
		 * The meta object literal for the '{@link drover.model.impl.UdpSocketResourceImpl <em>Udp Socket Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.UdpSocketResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getUdpSocketResource()
		 * @generated
		 */
		EClass UDP_SOCKET_RESOURCE = eINSTANCE.getUdpSocketResource();

		/**
		 * The meta object literal for the '{@link drover.model.impl.DeviceResourceImpl <em>Device Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.DeviceResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getDeviceResource()
		 * @generated
		 */
		EClass DEVICE_RESOURCE = eINSTANCE.getDeviceResource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_RESOURCE__PATH = eINSTANCE.getDeviceResource_Path();

		/**
		 * The meta object literal for the '<em><b>Tty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_RESOURCE__TTY = eINSTANCE.getDeviceResource_Tty();

		/**
		 * The meta object literal for the '{@link drover.model.impl.AnonInodeResourceImpl <em>Anon Inode Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.AnonInodeResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getAnonInodeResource()
		 * @generated
		 */
		EClass ANON_INODE_RESOURCE = eINSTANCE.getAnonInodeResource();

		/**
		 * The meta object literal for the '<em><b>Anon Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANON_INODE_RESOURCE__ANON_KIND = eINSTANCE.getAnonInodeResource_AnonKind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANON_INODE_RESOURCE__NAME = eINSTANCE.getAnonInodeResource_Name();

		/**
		 * The meta object literal for the '{@link drover.model.impl.OtherResourceImpl <em>Other Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.OtherResourceImpl
		 * @see drover.model.impl.DroverPackageImpl#getOtherResource()
		 * @generated
		 */
		EClass OTHER_RESOURCE = eINSTANCE.getOtherResource();

		/**
		 * The meta object literal for the '{@link drover.model.impl.MemoryMapSummaryImpl <em>Memory Map Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.MemoryMapSummaryImpl
		 * @see drover.model.impl.DroverPackageImpl#getMemoryMapSummary()
		 * @generated
		 */
		EClass MEMORY_MAP_SUMMARY = eINSTANCE.getMemoryMapSummary();

		/**
		 * The meta object literal for the '<em><b>Mapping Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__MAPPING_COUNT = eINSTANCE.getMemoryMapSummary_MappingCount();

		/**
		 * The meta object literal for the '<em><b>Virtual Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__VIRTUAL_SIZE = eINSTANCE.getMemoryMapSummary_VirtualSize();

		/**
		 * The meta object literal for the '<em><b>Anonymous Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE = eINSTANCE.getMemoryMapSummary_AnonymousSize();

		/**
		 * The meta object literal for the '<em><b>File Backed Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE = eINSTANCE.getMemoryMapSummary_FileBackedSize();

		/**
		 * The meta object literal for the '<em><b>Shared Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__SHARED_SIZE = eINSTANCE.getMemoryMapSummary_SharedSize();

		/**
		 * The meta object literal for the '<em><b>Stack Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__STACK_SIZE = eINSTANCE.getMemoryMapSummary_StackSize();

		/**
		 * The meta object literal for the '<em><b>Heap Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__HEAP_SIZE = eINSTANCE.getMemoryMapSummary_HeapSize();

		/**
		 * The meta object literal for the '<em><b>Mapped Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_MAP_SUMMARY__MAPPED_FILES = eINSTANCE.getMemoryMapSummary_MappedFiles();

		/**
		 * The meta object literal for the '{@link drover.model.impl.MigrationImpl <em>Migration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.MigrationImpl
		 * @see drover.model.impl.DroverPackageImpl#getMigration()
		 * @generated
		 */
		EClass MIGRATION = eINSTANCE.getMigration();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__ID = eINSTANCE.getMigration_Id();

		/**
		 * The meta object literal for the '<em><b>Source Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__SOURCE_HOST = eINSTANCE.getMigration_SourceHost();

		/**
		 * The meta object literal for the '<em><b>Target Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__TARGET_HOST = eINSTANCE.getMigration_TargetHost();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__PID = eINSTANCE.getMigration_Pid();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__COMMAND = eINSTANCE.getMigration_Command();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__PHASE = eINSTANCE.getMigration_Phase();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__STARTED_AT = eINSTANCE.getMigration_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__FINISHED_AT = eINSTANCE.getMigration_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Downtime Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__DOWNTIME_MILLIS = eINSTANCE.getMigration_DowntimeMillis();

		/**
		 * The meta object literal for the '<em><b>Bytes On Wire</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__BYTES_ON_WIRE = eINSTANCE.getMigration_BytesOnWire();

		/**
		 * The meta object literal for the '<em><b>Throughput</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__THROUGHPUT = eINSTANCE.getMigration_Throughput();

		/**
		 * The meta object literal for the '<em><b>Failure Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__FAILURE_PHASE = eINSTANCE.getMigration_FailurePhase();

		/**
		 * The meta object literal for the '<em><b>Failure Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__FAILURE_CAUSE = eINSTANCE.getMigration_FailureCause();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__OPERATOR = eINSTANCE.getMigration_Operator();

		/**
		 * The meta object literal for the '<em><b>Phase Costs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION__PHASE_COSTS = eINSTANCE.getMigration_PhaseCosts();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION__IMAGE = eINSTANCE.getMigration_Image();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__KIND = eINSTANCE.getMigration_Kind();

		/**
		 * The meta object literal for the '<em><b>Differences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION__DIFFERENCES = eINSTANCE.getMigration_Differences();

		/**
		 * The meta object literal for the '{@link drover.model.impl.PhaseCostImpl <em>Phase Cost</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.PhaseCostImpl
		 * @see drover.model.impl.DroverPackageImpl#getPhaseCost()
		 * @generated
		 */
		EClass PHASE_COST = eINSTANCE.getPhaseCost();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_COST__PHASE = eINSTANCE.getPhaseCost_Phase();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_COST__STARTED_AT = eINSTANCE.getPhaseCost_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_COST__DURATION_MILLIS = eINSTANCE.getPhaseCost_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_COST__BYTES = eINSTANCE.getPhaseCost_Bytes();

		/**
		 * The meta object literal for the '{@link drover.model.impl.CheckpointImageImpl <em>Checkpoint Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.impl.CheckpointImageImpl
		 * @see drover.model.impl.DroverPackageImpl#getCheckpointImage()
		 * @generated
		 */
		EClass CHECKPOINT_IMAGE = eINSTANCE.getCheckpointImage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__NAME = eINSTANCE.getCheckpointImage_Name();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__HOST = eINSTANCE.getCheckpointImage_Host();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__PID = eINSTANCE.getCheckpointImage_Pid();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__COMMAND = eINSTANCE.getCheckpointImage_Command();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__PATH = eINSTANCE.getCheckpointImage_Path();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__CREATED_AT = eINSTANCE.getCheckpointImage_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Memory Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE = eINSTANCE.getCheckpointImage_MemoryPagesSize();

		/**
		 * The meta object literal for the '<em><b>Other Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__OTHER_SIZE = eINSTANCE.getCheckpointImage_OtherSize();

		/**
		 * The meta object literal for the '<em><b>Total Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__TOTAL_SIZE = eINSTANCE.getCheckpointImage_TotalSize();

		/**
		 * The meta object literal for the '<em><b>File Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__FILE_COUNT = eINSTANCE.getCheckpointImage_FileCount();

		/**
		 * The meta object literal for the '<em><b>Criu Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__CRIU_VERSION = eINSTANCE.getCheckpointImage_CriuVersion();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__SHA256 = eINSTANCE.getCheckpointImage_Sha256();

		/**
		 * The meta object literal for the '<em><b>Composition Recorded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__COMPOSITION_RECORDED = eINSTANCE.getCheckpointImage_CompositionRecorded();

		/**
		 * The meta object literal for the '<em><b>Heap Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__HEAP_PAGES_SIZE = eINSTANCE.getCheckpointImage_HeapPagesSize();

		/**
		 * The meta object literal for the '<em><b>Stack Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__STACK_PAGES_SIZE = eINSTANCE.getCheckpointImage_StackPagesSize();

		/**
		 * The meta object literal for the '<em><b>Anon Shared Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE = eINSTANCE.getCheckpointImage_AnonSharedPagesSize();

		/**
		 * The meta object literal for the '<em><b>Anon Private Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE = eINSTANCE.getCheckpointImage_AnonPrivatePagesSize();

		/**
		 * The meta object literal for the '<em><b>Private File Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE = eINSTANCE.getCheckpointImage_PrivateFilePagesSize();

		/**
		 * The meta object literal for the '<em><b>Other Pages Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__OTHER_PAGES_SIZE = eINSTANCE.getCheckpointImage_OtherPagesSize();

		/**
		 * The meta object literal for the '<em><b>Metadata Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__METADATA_SIZE = eINSTANCE.getCheckpointImage_MetadataSize();

		/**
		 * The meta object literal for the '<em><b>File Contents Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE = eINSTANCE.getCheckpointImage_FileContentsSize();

		/**
		 * The meta object literal for the '{@link drover.model.ConnectionStatus <em>Connection Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.ConnectionStatus
		 * @see drover.model.impl.DroverPackageImpl#getConnectionStatus()
		 * @generated
		 */
		EEnum CONNECTION_STATUS = eINSTANCE.getConnectionStatus();

		/**
		 * The meta object literal for the '{@link drover.model.AnonKind <em>Anon Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.AnonKind
		 * @see drover.model.impl.DroverPackageImpl#getAnonKind()
		 * @generated
		 */
		EEnum ANON_KIND = eINSTANCE.getAnonKind();

		/**
		 * The meta object literal for the '{@link drover.model.MigrationPhase <em>Migration Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.MigrationPhase
		 * @see drover.model.impl.DroverPackageImpl#getMigrationPhase()
		 * @generated
		 */
		EEnum MIGRATION_PHASE = eINSTANCE.getMigrationPhase();

		/**
		 * The meta object literal for the '{@link drover.model.OperationKind <em>Operation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see drover.model.OperationKind
		 * @see drover.model.impl.DroverPackageImpl#getOperationKind()
		 * @generated
		 */
		EEnum OPERATION_KIND = eINSTANCE.getOperationKind();

	}

} //DroverPackage

/**
 */
package drover.model.impl;

import drover.model.AnonInodeResource;
import drover.model.AnonKind;
import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.DeviceResource;
import drover.model.DirectoryResource;
import drover.model.DroverFactory;
import drover.model.DroverPackage;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.InetSocketResource;
import drover.model.MemoryMapSummary;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OpenResource;
import drover.model.OperationKind;
import drover.model.OtherResource;
import drover.model.PhaseCost;
import drover.model.PipeResource;
import drover.model.TcpSocketResource;
import drover.model.UdpSocketResource;
import drover.model.UnixSocketResource;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DroverPackageImpl extends EPackageImpl implements DroverPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass openResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directoryResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pipeResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unixSocketResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inetSocketResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpSocketResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpSocketResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anonInodeResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass otherResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryMapSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phaseCostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checkpointImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum anonKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum migrationPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum operationKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see drover.model.DroverPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DroverPackageImpl() {
		super(eNS_URI, DroverFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DroverPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DroverPackage init() {
		if (isInited) return (DroverPackage)EPackage.Registry.INSTANCE.getEPackage(DroverPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDroverPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DroverPackageImpl theDroverPackage = registeredDroverPackage instanceof DroverPackageImpl ? (DroverPackageImpl)registeredDroverPackage : new DroverPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theDroverPackage.createPackageContents();

		// Initialize created meta-data
		theDroverPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDroverPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DroverPackage.eNS_URI, theDroverPackage);
		return theDroverPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCluster() {
		return clusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Name() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Hosts() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Migrations() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Address() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Port() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_User() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_KeyFile() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_AgentVersion() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ProtocolVersion() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Hostname() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Kernel() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuModel() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuFlags() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuCount() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_MemoryTotal() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_MemoryAvailable() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CriuPath() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CriuVersion() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CriuCheckOk() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CriuCheckMessage() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Status() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_StatusMessage() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastRefresh() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_InventoryMillis() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Processes() {
		return (EReference)hostEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Images() {
		return (EReference)hostEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcess() {
		return processEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Pid() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Ppid() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Parent() {
		return (EReference)processEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Children() {
		return (EReference)processEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Name() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_CommandLine() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Executable() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_User() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Uid() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_State() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Threads() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_ResidentMemory() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_VirtualMemory() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_StartTime() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_Cgroup() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcess_ReadError() {
		return (EAttribute)processEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_Resources() {
		return (EReference)processEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcess_MemoryMaps() {
		return (EReference)processEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpenResource() {
		return openResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpenResource_Fd() {
		return (EAttribute)openResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpenResource_Target() {
		return (EAttribute)openResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpenResource_Flags() {
		return (EAttribute)openResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpenResource_Description() {
		return (EAttribute)openResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileResource() {
		return fileResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileResource_Path() {
		return (EAttribute)fileResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileResource_Offset() {
		return (EAttribute)fileResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileResource_Size() {
		return (EAttribute)fileResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileResource_Deleted() {
		return (EAttribute)fileResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectoryResource() {
		return directoryResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectoryResource_Path() {
		return (EAttribute)directoryResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPipeResource() {
		return pipeResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPipeResource_Inode() {
		return (EAttribute)pipeResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPipeResource_Fifo() {
		return (EAttribute)pipeResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPipeResource_Path() {
		return (EAttribute)pipeResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPipeResource_WriteEnd() {
		return (EAttribute)pipeResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPipeResource_PeerPids() {
		return (EAttribute)pipeResourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPipeResource_Peers() {
		return (EReference)pipeResourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnixSocketResource() {
		return unixSocketResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_Inode() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_Path() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_SocketType() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_State() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_PeerInode() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnixSocketResource_PeerPids() {
		return (EAttribute)unixSocketResourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnixSocketResource_Peers() {
		return (EReference)unixSocketResourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInetSocketResource() {
		return inetSocketResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_Inode() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_Family() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_LocalAddress() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_LocalPort() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_RemoteAddress() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_RemotePort() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInetSocketResource_State() {
		return (EAttribute)inetSocketResourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTcpSocketResource() {
		return tcpSocketResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUdpSocketResource() {
		return udpSocketResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceResource() {
		return deviceResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceResource_Path() {
		return (EAttribute)deviceResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceResource_Tty() {
		return (EAttribute)deviceResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnonInodeResource() {
		return anonInodeResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnonInodeResource_AnonKind() {
		return (EAttribute)anonInodeResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnonInodeResource_Name() {
		return (EAttribute)anonInodeResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOtherResource() {
		return otherResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryMapSummary() {
		return memoryMapSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_MappingCount() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_VirtualSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_AnonymousSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_FileBackedSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_SharedSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_StackSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_HeapSize() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryMapSummary_MappedFiles() {
		return (EAttribute)memoryMapSummaryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigration() {
		return migrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Id() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_SourceHost() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_TargetHost() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Pid() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Command() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Phase() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_StartedAt() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_FinishedAt() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_DowntimeMillis() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_BytesOnWire() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Throughput() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_FailurePhase() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_FailureCause() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Operator() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigration_PhaseCosts() {
		return (EReference)migrationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigration_Image() {
		return (EReference)migrationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Kind() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigration_Differences() {
		return (EAttribute)migrationEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhaseCost() {
		return phaseCostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseCost_Phase() {
		return (EAttribute)phaseCostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseCost_StartedAt() {
		return (EAttribute)phaseCostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseCost_DurationMillis() {
		return (EAttribute)phaseCostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseCost_Bytes() {
		return (EAttribute)phaseCostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheckpointImage() {
		return checkpointImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Name() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Host() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Pid() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Command() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Path() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_CreatedAt() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_MemoryPagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_OtherSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_TotalSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_FileCount() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_CriuVersion() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_Sha256() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_CompositionRecorded() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_HeapPagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_StackPagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_AnonSharedPagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_AnonPrivatePagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_PrivateFilePagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_OtherPagesSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_MetadataSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointImage_FileContentsSize() {
		return (EAttribute)checkpointImageEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionStatus() {
		return connectionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnonKind() {
		return anonKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMigrationPhase() {
		return migrationPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOperationKind() {
		return operationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DroverFactory getDroverFactory() {
		return (DroverFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		clusterEClass = createEClass(CLUSTER);
		createEAttribute(clusterEClass, CLUSTER__NAME);
		createEReference(clusterEClass, CLUSTER__HOSTS);
		createEReference(clusterEClass, CLUSTER__MIGRATIONS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__NAME);
		createEAttribute(hostEClass, HOST__ADDRESS);
		createEAttribute(hostEClass, HOST__PORT);
		createEAttribute(hostEClass, HOST__USER);
		createEAttribute(hostEClass, HOST__KEY_FILE);
		createEAttribute(hostEClass, HOST__AGENT_VERSION);
		createEAttribute(hostEClass, HOST__PROTOCOL_VERSION);
		createEAttribute(hostEClass, HOST__HOSTNAME);
		createEAttribute(hostEClass, HOST__KERNEL);
		createEAttribute(hostEClass, HOST__CPU_MODEL);
		createEAttribute(hostEClass, HOST__CPU_FLAGS);
		createEAttribute(hostEClass, HOST__CPU_COUNT);
		createEAttribute(hostEClass, HOST__MEMORY_TOTAL);
		createEAttribute(hostEClass, HOST__MEMORY_AVAILABLE);
		createEAttribute(hostEClass, HOST__CRIU_PATH);
		createEAttribute(hostEClass, HOST__CRIU_VERSION);
		createEAttribute(hostEClass, HOST__CRIU_CHECK_OK);
		createEAttribute(hostEClass, HOST__CRIU_CHECK_MESSAGE);
		createEAttribute(hostEClass, HOST__STATUS);
		createEAttribute(hostEClass, HOST__STATUS_MESSAGE);
		createEAttribute(hostEClass, HOST__LAST_REFRESH);
		createEAttribute(hostEClass, HOST__INVENTORY_MILLIS);
		createEReference(hostEClass, HOST__PROCESSES);
		createEReference(hostEClass, HOST__IMAGES);

		processEClass = createEClass(PROCESS);
		createEAttribute(processEClass, PROCESS__PID);
		createEAttribute(processEClass, PROCESS__PPID);
		createEReference(processEClass, PROCESS__PARENT);
		createEReference(processEClass, PROCESS__CHILDREN);
		createEAttribute(processEClass, PROCESS__NAME);
		createEAttribute(processEClass, PROCESS__COMMAND_LINE);
		createEAttribute(processEClass, PROCESS__EXECUTABLE);
		createEAttribute(processEClass, PROCESS__USER);
		createEAttribute(processEClass, PROCESS__UID);
		createEAttribute(processEClass, PROCESS__STATE);
		createEAttribute(processEClass, PROCESS__THREADS);
		createEAttribute(processEClass, PROCESS__RESIDENT_MEMORY);
		createEAttribute(processEClass, PROCESS__VIRTUAL_MEMORY);
		createEAttribute(processEClass, PROCESS__START_TIME);
		createEAttribute(processEClass, PROCESS__CGROUP);
		createEAttribute(processEClass, PROCESS__READ_ERROR);
		createEReference(processEClass, PROCESS__RESOURCES);
		createEReference(processEClass, PROCESS__MEMORY_MAPS);

		openResourceEClass = createEClass(OPEN_RESOURCE);
		createEAttribute(openResourceEClass, OPEN_RESOURCE__FD);
		createEAttribute(openResourceEClass, OPEN_RESOURCE__TARGET);
		createEAttribute(openResourceEClass, OPEN_RESOURCE__FLAGS);
		createEAttribute(openResourceEClass, OPEN_RESOURCE__DESCRIPTION);

		fileResourceEClass = createEClass(FILE_RESOURCE);
		createEAttribute(fileResourceEClass, FILE_RESOURCE__PATH);
		createEAttribute(fileResourceEClass, FILE_RESOURCE__OFFSET);
		createEAttribute(fileResourceEClass, FILE_RESOURCE__SIZE);
		createEAttribute(fileResourceEClass, FILE_RESOURCE__DELETED);

		directoryResourceEClass = createEClass(DIRECTORY_RESOURCE);
		createEAttribute(directoryResourceEClass, DIRECTORY_RESOURCE__PATH);

		pipeResourceEClass = createEClass(PIPE_RESOURCE);
		createEAttribute(pipeResourceEClass, PIPE_RESOURCE__INODE);
		createEAttribute(pipeResourceEClass, PIPE_RESOURCE__FIFO);
		createEAttribute(pipeResourceEClass, PIPE_RESOURCE__PATH);
		createEAttribute(pipeResourceEClass, PIPE_RESOURCE__WRITE_END);
		createEAttribute(pipeResourceEClass, PIPE_RESOURCE__PEER_PIDS);
		createEReference(pipeResourceEClass, PIPE_RESOURCE__PEERS);

		unixSocketResourceEClass = createEClass(UNIX_SOCKET_RESOURCE);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__INODE);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__PATH);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__SOCKET_TYPE);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__STATE);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__PEER_INODE);
		createEAttribute(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__PEER_PIDS);
		createEReference(unixSocketResourceEClass, UNIX_SOCKET_RESOURCE__PEERS);

		inetSocketResourceEClass = createEClass(INET_SOCKET_RESOURCE);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__INODE);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__FAMILY);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__LOCAL_ADDRESS);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__LOCAL_PORT);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__REMOTE_ADDRESS);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__REMOTE_PORT);
		createEAttribute(inetSocketResourceEClass, INET_SOCKET_RESOURCE__STATE);

		tcpSocketResourceEClass = createEClass(TCP_SOCKET_RESOURCE);

		udpSocketResourceEClass = createEClass(UDP_SOCKET_RESOURCE);

		deviceResourceEClass = createEClass(DEVICE_RESOURCE);
		createEAttribute(deviceResourceEClass, DEVICE_RESOURCE__PATH);
		createEAttribute(deviceResourceEClass, DEVICE_RESOURCE__TTY);

		anonInodeResourceEClass = createEClass(ANON_INODE_RESOURCE);
		createEAttribute(anonInodeResourceEClass, ANON_INODE_RESOURCE__ANON_KIND);
		createEAttribute(anonInodeResourceEClass, ANON_INODE_RESOURCE__NAME);

		otherResourceEClass = createEClass(OTHER_RESOURCE);

		memoryMapSummaryEClass = createEClass(MEMORY_MAP_SUMMARY);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__MAPPING_COUNT);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__VIRTUAL_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__ANONYMOUS_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__FILE_BACKED_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__SHARED_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__STACK_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__HEAP_SIZE);
		createEAttribute(memoryMapSummaryEClass, MEMORY_MAP_SUMMARY__MAPPED_FILES);

		migrationEClass = createEClass(MIGRATION);
		createEAttribute(migrationEClass, MIGRATION__ID);
		createEAttribute(migrationEClass, MIGRATION__SOURCE_HOST);
		createEAttribute(migrationEClass, MIGRATION__TARGET_HOST);
		createEAttribute(migrationEClass, MIGRATION__PID);
		createEAttribute(migrationEClass, MIGRATION__COMMAND);
		createEAttribute(migrationEClass, MIGRATION__PHASE);
		createEAttribute(migrationEClass, MIGRATION__STARTED_AT);
		createEAttribute(migrationEClass, MIGRATION__FINISHED_AT);
		createEAttribute(migrationEClass, MIGRATION__DOWNTIME_MILLIS);
		createEAttribute(migrationEClass, MIGRATION__BYTES_ON_WIRE);
		createEAttribute(migrationEClass, MIGRATION__THROUGHPUT);
		createEAttribute(migrationEClass, MIGRATION__FAILURE_PHASE);
		createEAttribute(migrationEClass, MIGRATION__FAILURE_CAUSE);
		createEAttribute(migrationEClass, MIGRATION__OPERATOR);
		createEReference(migrationEClass, MIGRATION__PHASE_COSTS);
		createEReference(migrationEClass, MIGRATION__IMAGE);
		createEAttribute(migrationEClass, MIGRATION__KIND);
		createEAttribute(migrationEClass, MIGRATION__DIFFERENCES);

		phaseCostEClass = createEClass(PHASE_COST);
		createEAttribute(phaseCostEClass, PHASE_COST__PHASE);
		createEAttribute(phaseCostEClass, PHASE_COST__STARTED_AT);
		createEAttribute(phaseCostEClass, PHASE_COST__DURATION_MILLIS);
		createEAttribute(phaseCostEClass, PHASE_COST__BYTES);

		checkpointImageEClass = createEClass(CHECKPOINT_IMAGE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__NAME);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__HOST);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__PID);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__COMMAND);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__PATH);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__CREATED_AT);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__MEMORY_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__OTHER_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__TOTAL_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__FILE_COUNT);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__CRIU_VERSION);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__SHA256);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__COMPOSITION_RECORDED);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__HEAP_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__STACK_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__ANON_SHARED_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__ANON_PRIVATE_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__PRIVATE_FILE_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__OTHER_PAGES_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__METADATA_SIZE);
		createEAttribute(checkpointImageEClass, CHECKPOINT_IMAGE__FILE_CONTENTS_SIZE);

		// Create enums
		connectionStatusEEnum = createEEnum(CONNECTION_STATUS);
		anonKindEEnum = createEEnum(ANON_KIND);
		migrationPhaseEEnum = createEEnum(MIGRATION_PHASE);
		operationKindEEnum = createEEnum(OPERATION_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		fileResourceEClass.getESuperTypes().add(this.getOpenResource());
		directoryResourceEClass.getESuperTypes().add(this.getOpenResource());
		pipeResourceEClass.getESuperTypes().add(this.getOpenResource());
		unixSocketResourceEClass.getESuperTypes().add(this.getOpenResource());
		inetSocketResourceEClass.getESuperTypes().add(this.getOpenResource());
		tcpSocketResourceEClass.getESuperTypes().add(this.getInetSocketResource());
		udpSocketResourceEClass.getESuperTypes().add(this.getInetSocketResource());
		deviceResourceEClass.getESuperTypes().add(this.getOpenResource());
		anonInodeResourceEClass.getESuperTypes().add(this.getOpenResource());
		otherResourceEClass.getESuperTypes().add(this.getOpenResource());

		// Initialize classes, features, and operations; add parameters
		initEClass(clusterEClass, Cluster.class, "Cluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCluster_Name(), ecorePackage.getEString(), "name", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Migrations(), this.getMigration(), null, "migrations", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Address(), ecorePackage.getEString(), "address", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Port(), ecorePackage.getEInt(), "port", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_User(), ecorePackage.getEString(), "user", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_KeyFile(), ecorePackage.getEString(), "keyFile", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_AgentVersion(), ecorePackage.getEString(), "agentVersion", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_ProtocolVersion(), ecorePackage.getEInt(), "protocolVersion", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Hostname(), ecorePackage.getEString(), "hostname", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Kernel(), ecorePackage.getEString(), "kernel", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuModel(), ecorePackage.getEString(), "cpuModel", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuFlags(), ecorePackage.getEString(), "cpuFlags", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuCount(), ecorePackage.getEInt(), "cpuCount", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_MemoryTotal(), ecorePackage.getELong(), "memoryTotal", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_MemoryAvailable(), ecorePackage.getELong(), "memoryAvailable", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CriuPath(), ecorePackage.getEString(), "criuPath", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CriuVersion(), ecorePackage.getEString(), "criuVersion", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CriuCheckOk(), ecorePackage.getEBoolean(), "criuCheckOk", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CriuCheckMessage(), ecorePackage.getEString(), "criuCheckMessage", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Status(), this.getConnectionStatus(), "status", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_StatusMessage(), ecorePackage.getEString(), "statusMessage", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LastRefresh(), ecorePackage.getELong(), "lastRefresh", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_InventoryMillis(), ecorePackage.getELong(), "inventoryMillis", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Processes(), this.getProcess(), null, "processes", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Images(), this.getCheckpointImage(), null, "images", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processEClass, drover.model.Process.class, "Process", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcess_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Ppid(), ecorePackage.getEInt(), "ppid", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Parent(), this.getProcess(), this.getProcess_Children(), "parent", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Children(), this.getProcess(), this.getProcess_Parent(), "children", null, 0, -1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Name(), ecorePackage.getEString(), "name", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_CommandLine(), ecorePackage.getEString(), "commandLine", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Executable(), ecorePackage.getEString(), "executable", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_User(), ecorePackage.getEString(), "user", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Uid(), ecorePackage.getEInt(), "uid", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_State(), ecorePackage.getEString(), "state", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Threads(), ecorePackage.getEInt(), "threads", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_ResidentMemory(), ecorePackage.getELong(), "residentMemory", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_VirtualMemory(), ecorePackage.getELong(), "virtualMemory", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_StartTime(), ecorePackage.getELong(), "startTime", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_Cgroup(), ecorePackage.getEString(), "cgroup", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcess_ReadError(), ecorePackage.getEString(), "readError", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_Resources(), this.getOpenResource(), null, "resources", null, 0, -1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcess_MemoryMaps(), this.getMemoryMapSummary(), null, "memoryMaps", null, 0, 1, drover.model.Process.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(openResourceEClass, OpenResource.class, "OpenResource", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpenResource_Fd(), ecorePackage.getEInt(), "fd", null, 0, 1, OpenResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpenResource_Target(), ecorePackage.getEString(), "target", null, 0, 1, OpenResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpenResource_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, OpenResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpenResource_Description(), ecorePackage.getEString(), "description", null, 0, 1, OpenResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fileResourceEClass, FileResource.class, "FileResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, FileResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileResource_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, FileResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileResource_Size(), ecorePackage.getELong(), "size", null, 0, 1, FileResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileResource_Deleted(), ecorePackage.getEBoolean(), "deleted", null, 0, 1, FileResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directoryResourceEClass, DirectoryResource.class, "DirectoryResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDirectoryResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, DirectoryResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pipeResourceEClass, PipeResource.class, "PipeResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPipeResource_Inode(), ecorePackage.getELong(), "inode", null, 0, 1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPipeResource_Fifo(), ecorePackage.getEBoolean(), "fifo", null, 0, 1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPipeResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPipeResource_WriteEnd(), ecorePackage.getEBoolean(), "writeEnd", null, 0, 1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPipeResource_PeerPids(), ecorePackage.getEInt(), "peerPids", null, 0, -1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPipeResource_Peers(), this.getProcess(), null, "peers", null, 0, -1, PipeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unixSocketResourceEClass, UnixSocketResource.class, "UnixSocketResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnixSocketResource_Inode(), ecorePackage.getELong(), "inode", null, 0, 1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnixSocketResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnixSocketResource_SocketType(), ecorePackage.getEString(), "socketType", null, 0, 1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnixSocketResource_State(), ecorePackage.getEString(), "state", null, 0, 1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnixSocketResource_PeerInode(), ecorePackage.getELong(), "peerInode", null, 0, 1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnixSocketResource_PeerPids(), ecorePackage.getEInt(), "peerPids", null, 0, -1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnixSocketResource_Peers(), this.getProcess(), null, "peers", null, 0, -1, UnixSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inetSocketResourceEClass, InetSocketResource.class, "InetSocketResource", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInetSocketResource_Inode(), ecorePackage.getELong(), "inode", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_Family(), ecorePackage.getEString(), "family", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_LocalAddress(), ecorePackage.getEString(), "localAddress", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_LocalPort(), ecorePackage.getEInt(), "localPort", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_RemoteAddress(), ecorePackage.getEString(), "remoteAddress", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_RemotePort(), ecorePackage.getEInt(), "remotePort", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInetSocketResource_State(), ecorePackage.getEString(), "state", null, 0, 1, InetSocketResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tcpSocketResourceEClass, TcpSocketResource.class, "TcpSocketResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(udpSocketResourceEClass, UdpSocketResource.class, "UdpSocketResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(deviceResourceEClass, DeviceResource.class, "DeviceResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviceResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, DeviceResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceResource_Tty(), ecorePackage.getEBoolean(), "tty", null, 0, 1, DeviceResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anonInodeResourceEClass, AnonInodeResource.class, "AnonInodeResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnonInodeResource_AnonKind(), this.getAnonKind(), "anonKind", null, 0, 1, AnonInodeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnonInodeResource_Name(), ecorePackage.getEString(), "name", null, 0, 1, AnonInodeResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(otherResourceEClass, OtherResource.class, "OtherResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(memoryMapSummaryEClass, MemoryMapSummary.class, "MemoryMapSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryMapSummary_MappingCount(), ecorePackage.getEInt(), "mappingCount", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_VirtualSize(), ecorePackage.getELong(), "virtualSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_AnonymousSize(), ecorePackage.getELong(), "anonymousSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_FileBackedSize(), ecorePackage.getELong(), "fileBackedSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_SharedSize(), ecorePackage.getELong(), "sharedSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_StackSize(), ecorePackage.getELong(), "stackSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_HeapSize(), ecorePackage.getELong(), "heapSize", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryMapSummary_MappedFiles(), ecorePackage.getEInt(), "mappedFiles", null, 0, 1, MemoryMapSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(migrationEClass, Migration.class, "Migration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMigration_Id(), ecorePackage.getEString(), "id", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_SourceHost(), ecorePackage.getEString(), "sourceHost", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_TargetHost(), ecorePackage.getEString(), "targetHost", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Command(), ecorePackage.getEString(), "command", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Phase(), this.getMigrationPhase(), "phase", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_StartedAt(), ecorePackage.getELong(), "startedAt", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_FinishedAt(), ecorePackage.getELong(), "finishedAt", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_DowntimeMillis(), ecorePackage.getELong(), "downtimeMillis", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_BytesOnWire(), ecorePackage.getELong(), "bytesOnWire", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Throughput(), ecorePackage.getEDouble(), "throughput", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_FailurePhase(), this.getMigrationPhase(), "failurePhase", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_FailureCause(), ecorePackage.getEString(), "failureCause", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMigration_PhaseCosts(), this.getPhaseCost(), null, "phaseCosts", null, 0, -1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMigration_Image(), this.getCheckpointImage(), null, "image", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Kind(), this.getOperationKind(), "kind", null, 0, 1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMigration_Differences(), ecorePackage.getEString(), "differences", null, 0, -1, Migration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phaseCostEClass, PhaseCost.class, "PhaseCost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhaseCost_Phase(), this.getMigrationPhase(), "phase", null, 0, 1, PhaseCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseCost_StartedAt(), ecorePackage.getELong(), "startedAt", null, 0, 1, PhaseCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseCost_DurationMillis(), ecorePackage.getELong(), "durationMillis", null, 0, 1, PhaseCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseCost_Bytes(), ecorePackage.getELong(), "bytes", null, 0, 1, PhaseCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checkpointImageEClass, CheckpointImage.class, "CheckpointImage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCheckpointImage_Name(), ecorePackage.getEString(), "name", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_Host(), ecorePackage.getEString(), "host", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_Command(), ecorePackage.getEString(), "command", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_Path(), ecorePackage.getEString(), "path", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_CreatedAt(), ecorePackage.getELong(), "createdAt", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_MemoryPagesSize(), ecorePackage.getELong(), "memoryPagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_OtherSize(), ecorePackage.getELong(), "otherSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_TotalSize(), ecorePackage.getELong(), "totalSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_FileCount(), ecorePackage.getEInt(), "fileCount", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_CriuVersion(), ecorePackage.getEString(), "criuVersion", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_CompositionRecorded(), ecorePackage.getEBoolean(), "compositionRecorded", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_HeapPagesSize(), ecorePackage.getELong(), "heapPagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_StackPagesSize(), ecorePackage.getELong(), "stackPagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_AnonSharedPagesSize(), ecorePackage.getELong(), "anonSharedPagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_AnonPrivatePagesSize(), ecorePackage.getELong(), "anonPrivatePagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_PrivateFilePagesSize(), ecorePackage.getELong(), "privateFilePagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_OtherPagesSize(), ecorePackage.getELong(), "otherPagesSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_MetadataSize(), ecorePackage.getELong(), "metadataSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointImage_FileContentsSize(), ecorePackage.getELong(), "fileContentsSize", null, 0, 1, CheckpointImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(connectionStatusEEnum, ConnectionStatus.class, "ConnectionStatus");
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.DISCONNECTED);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.CONNECTING);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.CONNECTED);
		addEEnumLiteral(connectionStatusEEnum, ConnectionStatus.FAILED);

		initEEnum(anonKindEEnum, AnonKind.class, "AnonKind");
		addEEnumLiteral(anonKindEEnum, AnonKind.EVENTFD);
		addEEnumLiteral(anonKindEEnum, AnonKind.EPOLL);
		addEEnumLiteral(anonKindEEnum, AnonKind.SIGNALFD);
		addEEnumLiteral(anonKindEEnum, AnonKind.TIMERFD);
		addEEnumLiteral(anonKindEEnum, AnonKind.INOTIFY);
		addEEnumLiteral(anonKindEEnum, AnonKind.FANOTIFY);
		addEEnumLiteral(anonKindEEnum, AnonKind.PIDFD);
		addEEnumLiteral(anonKindEEnum, AnonKind.IO_URING);
		addEEnumLiteral(anonKindEEnum, AnonKind.OTHER);

		initEEnum(migrationPhaseEEnum, MigrationPhase.class, "MigrationPhase");
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.NONE);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.PREFLIGHT);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.FREEZE);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.DUMP);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.TRANSFER);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.VERIFY);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.RESTORE);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.CONFIRM);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.POSTCOPY);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.CLEANUP);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.ROLLBACK);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.DONE);
		addEEnumLiteral(migrationPhaseEEnum, MigrationPhase.FAILED);

		initEEnum(operationKindEEnum, OperationKind.class, "OperationKind");
		addEEnumLiteral(operationKindEEnum, OperationKind.CHECKPOINT);
		addEEnumLiteral(operationKindEEnum, OperationKind.RESTORE);
		addEEnumLiteral(operationKindEEnum, OperationKind.MIGRATION);
		addEEnumLiteral(operationKindEEnum, OperationKind.FORK);

		// Create resource
		createResource(eNS_URI);
	}

} //DroverPackageImpl

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
import drover.model.MemoryMapSummary;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OperationKind;
import drover.model.OtherResource;
import drover.model.PhaseCost;
import drover.model.PipeResource;
import drover.model.TcpSocketResource;
import drover.model.UdpSocketResource;
import drover.model.UnixSocketResource;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DroverFactoryImpl extends EFactoryImpl implements DroverFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DroverFactory init() {
		try {
			DroverFactory theDroverFactory = (DroverFactory)EPackage.Registry.INSTANCE.getEFactory(DroverPackage.eNS_URI);
			if (theDroverFactory != null) {
				return theDroverFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DroverFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DroverFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DroverPackage.CLUSTER: return createCluster();
			case DroverPackage.HOST: return createHost();
			case DroverPackage.PROCESS: return createProcess();
			case DroverPackage.FILE_RESOURCE: return createFileResource();
			case DroverPackage.DIRECTORY_RESOURCE: return createDirectoryResource();
			case DroverPackage.PIPE_RESOURCE: return createPipeResource();
			case DroverPackage.UNIX_SOCKET_RESOURCE: return createUnixSocketResource();
			case DroverPackage.TCP_SOCKET_RESOURCE: return createTcpSocketResource();
			case DroverPackage.UDP_SOCKET_RESOURCE: return createUdpSocketResource();
			case DroverPackage.DEVICE_RESOURCE: return createDeviceResource();
			case DroverPackage.ANON_INODE_RESOURCE: return createAnonInodeResource();
			case DroverPackage.OTHER_RESOURCE: return createOtherResource();
			case DroverPackage.MEMORY_MAP_SUMMARY: return createMemoryMapSummary();
			case DroverPackage.MIGRATION: return createMigration();
			case DroverPackage.PHASE_COST: return createPhaseCost();
			case DroverPackage.CHECKPOINT_IMAGE: return createCheckpointImage();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DroverPackage.CONNECTION_STATUS:
				return createConnectionStatusFromString(eDataType, initialValue);
			case DroverPackage.ANON_KIND:
				return createAnonKindFromString(eDataType, initialValue);
			case DroverPackage.MIGRATION_PHASE:
				return createMigrationPhaseFromString(eDataType, initialValue);
			case DroverPackage.OPERATION_KIND:
				return createOperationKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DroverPackage.CONNECTION_STATUS:
				return convertConnectionStatusToString(eDataType, instanceValue);
			case DroverPackage.ANON_KIND:
				return convertAnonKindToString(eDataType, instanceValue);
			case DroverPackage.MIGRATION_PHASE:
				return convertMigrationPhaseToString(eDataType, instanceValue);
			case DroverPackage.OPERATION_KIND:
				return convertOperationKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster createCluster() {
		ClusterImpl cluster = new ClusterImpl();
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public drover.model.Process createProcess() {
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileResource createFileResource() {
		FileResourceImpl fileResource = new FileResourceImpl();
		return fileResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectoryResource createDirectoryResource() {
		DirectoryResourceImpl directoryResource = new DirectoryResourceImpl();
		return directoryResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PipeResource createPipeResource() {
		PipeResourceImpl pipeResource = new PipeResourceImpl();
		return pipeResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnixSocketResource createUnixSocketResource() {
		UnixSocketResourceImpl unixSocketResource = new UnixSocketResourceImpl();
		return unixSocketResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TcpSocketResource createTcpSocketResource() {
		TcpSocketResourceImpl tcpSocketResource = new TcpSocketResourceImpl();
		return tcpSocketResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UdpSocketResource createUdpSocketResource() {
		UdpSocketResourceImpl udpSocketResource = new UdpSocketResourceImpl();
		return udpSocketResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceResource createDeviceResource() {
		DeviceResourceImpl deviceResource = new DeviceResourceImpl();
		return deviceResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnonInodeResource createAnonInodeResource() {
		AnonInodeResourceImpl anonInodeResource = new AnonInodeResourceImpl();
		return anonInodeResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OtherResource createOtherResource() {
		OtherResourceImpl otherResource = new OtherResourceImpl();
		return otherResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryMapSummary createMemoryMapSummary() {
		MemoryMapSummaryImpl memoryMapSummary = new MemoryMapSummaryImpl();
		return memoryMapSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Migration createMigration() {
		MigrationImpl migration = new MigrationImpl();
		return migration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaseCost createPhaseCost() {
		PhaseCostImpl phaseCost = new PhaseCostImpl();
		return phaseCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckpointImage createCheckpointImage() {
		CheckpointImageImpl checkpointImage = new CheckpointImageImpl();
		return checkpointImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionStatus createConnectionStatusFromString(EDataType eDataType, String initialValue) {
		ConnectionStatus result = ConnectionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnonKind createAnonKindFromString(EDataType eDataType, String initialValue) {
		AnonKind result = AnonKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnonKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MigrationPhase createMigrationPhaseFromString(EDataType eDataType, String initialValue) {
		MigrationPhase result = MigrationPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMigrationPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperationKind createOperationKindFromString(EDataType eDataType, String initialValue) {
		OperationKind result = OperationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DroverPackage getDroverPackage() {
		return (DroverPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DroverPackage getPackage() {
		return DroverPackage.eINSTANCE;
	}

} //DroverFactoryImpl

/**
 */
package drover.model.util;

import drover.model.AnonInodeResource;
import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.DeviceResource;
import drover.model.DirectoryResource;
import drover.model.DroverPackage;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.InetSocketResource;
import drover.model.MemoryMapSummary;
import drover.model.Migration;
import drover.model.OpenResource;
import drover.model.OtherResource;
import drover.model.PhaseCost;
import drover.model.PipeResource;
import drover.model.TcpSocketResource;
import drover.model.UdpSocketResource;
import drover.model.UnixSocketResource;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see drover.model.DroverPackage
 * @generated
 */
public class DroverAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DroverPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DroverAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DroverPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DroverSwitch<Adapter> modelSwitch =
		new DroverSwitch<Adapter>() {
			@Override
			public Adapter caseCluster(Cluster object) {
				return createClusterAdapter();
			}
			@Override
			public Adapter caseHost(Host object) {
				return createHostAdapter();
			}
			@Override
			public Adapter caseProcess(drover.model.Process object) {
				return createProcessAdapter();
			}
			@Override
			public Adapter caseOpenResource(OpenResource object) {
				return createOpenResourceAdapter();
			}
			@Override
			public Adapter caseFileResource(FileResource object) {
				return createFileResourceAdapter();
			}
			@Override
			public Adapter caseDirectoryResource(DirectoryResource object) {
				return createDirectoryResourceAdapter();
			}
			@Override
			public Adapter casePipeResource(PipeResource object) {
				return createPipeResourceAdapter();
			}
			@Override
			public Adapter caseUnixSocketResource(UnixSocketResource object) {
				return createUnixSocketResourceAdapter();
			}
			@Override
			public Adapter caseInetSocketResource(InetSocketResource object) {
				return createInetSocketResourceAdapter();
			}
			@Override
			public Adapter caseTcpSocketResource(TcpSocketResource object) {
				return createTcpSocketResourceAdapter();
			}
			@Override
			public Adapter caseUdpSocketResource(UdpSocketResource object) {
				return createUdpSocketResourceAdapter();
			}
			@Override
			public Adapter caseDeviceResource(DeviceResource object) {
				return createDeviceResourceAdapter();
			}
			@Override
			public Adapter caseAnonInodeResource(AnonInodeResource object) {
				return createAnonInodeResourceAdapter();
			}
			@Override
			public Adapter caseOtherResource(OtherResource object) {
				return createOtherResourceAdapter();
			}
			@Override
			public Adapter caseMemoryMapSummary(MemoryMapSummary object) {
				return createMemoryMapSummaryAdapter();
			}
			@Override
			public Adapter caseMigration(Migration object) {
				return createMigrationAdapter();
			}
			@Override
			public Adapter casePhaseCost(PhaseCost object) {
				return createPhaseCostAdapter();
			}
			@Override
			public Adapter caseCheckpointImage(CheckpointImage object) {
				return createCheckpointImageAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link drover.model.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.Cluster
	 * @generated
	 */
	public Adapter createClusterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.Host
	 * @generated
	 */
	public Adapter createHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.Process
	 * @generated
	 */
	public Adapter createProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.OpenResource <em>Open Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.OpenResource
	 * @generated
	 */
	public Adapter createOpenResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.FileResource <em>File Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.FileResource
	 * @generated
	 */
	public Adapter createFileResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.DirectoryResource <em>Directory Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.DirectoryResource
	 * @generated
	 */
	public Adapter createDirectoryResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.PipeResource <em>Pipe Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.PipeResource
	 * @generated
	 */
	public Adapter createPipeResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.UnixSocketResource <em>Unix Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.UnixSocketResource
	 * @generated
	 */
	public Adapter createUnixSocketResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.InetSocketResource <em>Inet Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.InetSocketResource
	 * @generated
	 */
	public Adapter createInetSocketResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.TcpSocketResource <em>Tcp Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.TcpSocketResource
	 * @generated
	 */
	public Adapter createTcpSocketResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.UdpSocketResource <em>Udp Socket Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.UdpSocketResource
	 * @generated
	 */
	public Adapter createUdpSocketResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.DeviceResource <em>Device Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.DeviceResource
	 * @generated
	 */
	public Adapter createDeviceResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.AnonInodeResource <em>Anon Inode Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.AnonInodeResource
	 * @generated
	 */
	public Adapter createAnonInodeResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.OtherResource <em>Other Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.OtherResource
	 * @generated
	 */
	public Adapter createOtherResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.MemoryMapSummary <em>Memory Map Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.MemoryMapSummary
	 * @generated
	 */
	public Adapter createMemoryMapSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.Migration <em>Migration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.Migration
	 * @generated
	 */
	public Adapter createMigrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.PhaseCost <em>Phase Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.PhaseCost
	 * @generated
	 */
	public Adapter createPhaseCostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link drover.model.CheckpointImage <em>Checkpoint Image</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see drover.model.CheckpointImage
	 * @generated
	 */
	public Adapter createCheckpointImageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DroverAdapterFactory

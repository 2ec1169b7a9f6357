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

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see drover.model.DroverPackage
 * @generated
 */
public class DroverSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DroverPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DroverSwitch() {
		if (modelPackage == null) {
			modelPackage = DroverPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DroverPackage.CLUSTER: {
				Cluster cluster = (Cluster)theEObject;
				T result = caseCluster(cluster);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.HOST: {
				Host host = (Host)theEObject;
				T result = caseHost(host);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.PROCESS: {
				drover.model.Process process = (drover.model.Process)theEObject;
				T result = caseProcess(process);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.OPEN_RESOURCE: {
				OpenResource openResource = (OpenResource)theEObject;
				T result = caseOpenResource(openResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.FILE_RESOURCE: {
				FileResource fileResource = (FileResource)theEObject;
				T result = caseFileResource(fileResource);
				if (result == null) result = caseOpenResource(fileResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.DIRECTORY_RESOURCE: {
				DirectoryResource directoryResource = (DirectoryResource)theEObject;
				T result = caseDirectoryResource(directoryResource);
				if (result == null) result = caseOpenResource(directoryResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.PIPE_RESOURCE: {
				PipeResource pipeResource = (PipeResource)theEObject;
				T result = casePipeResource(pipeResource);
				if (result == null) result = caseOpenResource(pipeResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.UNIX_SOCKET_RESOURCE: {
				UnixSocketResource unixSocketResource = (UnixSocketResource)theEObject;
				T result = caseUnixSocketResource(unixSocketResource);
				if (result == null) result = caseOpenResource(unixSocketResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.INET_SOCKET_RESOURCE: {
				InetSocketResource inetSocketResource = (InetSocketResource)theEObject;
				T result = caseInetSocketResource(inetSocketResource);
				if (result == null) result = caseOpenResource(inetSocketResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.TCP_SOCKET_RESOURCE: {
				TcpSocketResource tcpSocketResource = (TcpSocketResource)theEObject;
				T result = caseTcpSocketResource(tcpSocketResource);
				if (result == null) result = caseInetSocketResource(tcpSocketResource);
				if (result == null) result = caseOpenResource(tcpSocketResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.UDP_SOCKET_RESOURCE: {
				UdpSocketResource udpSocketResource = (UdpSocketResource)theEObject;
				T result = caseUdpSocketResource(udpSocketResource);
				if (result == null) result = caseInetSocketResource(udpSocketResource);
				if (result == null) result = caseOpenResource(udpSocketResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.DEVICE_RESOURCE: {
				DeviceResource deviceResource = (DeviceResource)theEObject;
				T result = caseDeviceResource(deviceResource);
				if (result == null) result = caseOpenResource(deviceResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.ANON_INODE_RESOURCE: {
				AnonInodeResource anonInodeResource = (AnonInodeResource)theEObject;
				T result = caseAnonInodeResource(anonInodeResource);
				if (result == null) result = caseOpenResource(anonInodeResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.OTHER_RESOURCE: {
				OtherResource otherResource = (OtherResource)theEObject;
				T result = caseOtherResource(otherResource);
				if (result == null) result = caseOpenResource(otherResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.MEMORY_MAP_SUMMARY: {
				MemoryMapSummary memoryMapSummary = (MemoryMapSummary)theEObject;
				T result = caseMemoryMapSummary(memoryMapSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.MIGRATION: {
				Migration migration = (Migration)theEObject;
				T result = caseMigration(migration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.PHASE_COST: {
				PhaseCost phaseCost = (PhaseCost)theEObject;
				T result = casePhaseCost(phaseCost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DroverPackage.CHECKPOINT_IMAGE: {
				CheckpointImage checkpointImage = (CheckpointImage)theEObject;
				T result = caseCheckpointImage(checkpointImage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cluster</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCluster(Cluster object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHost(Host object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Process</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Process</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcess(drover.model.Process object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Open Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Open Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpenResource(OpenResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>File Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>File Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFileResource(FileResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Directory Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Directory Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectoryResource(DirectoryResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pipe Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pipe Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePipeResource(PipeResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unix Socket Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unix Socket Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnixSocketResource(UnixSocketResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inet Socket Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inet Socket Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInetSocketResource(InetSocketResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tcp Socket Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tcp Socket Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTcpSocketResource(TcpSocketResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Udp Socket Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Udp Socket Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUdpSocketResource(UdpSocketResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceResource(DeviceResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anon Inode Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anon Inode Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnonInodeResource(AnonInodeResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Other Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Other Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOtherResource(OtherResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory Map Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory Map Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemoryMapSummary(MemoryMapSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Migration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Migration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMigration(Migration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Phase Cost</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Phase Cost</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhaseCost(PhaseCost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checkpoint Image</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checkpoint Image</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCheckpointImage(CheckpointImage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DroverSwitch

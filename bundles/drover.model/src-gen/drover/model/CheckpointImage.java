/**
 */
package drover.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checkpoint Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CRIU image directory kept on a host.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link drover.model.CheckpointImage#getName <em>Name</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getHost <em>Host</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getPid <em>Pid</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getCommand <em>Command</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getPath <em>Path</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getMemoryPagesSize <em>Memory Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getOtherSize <em>Other Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getTotalSize <em>Total Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getFileCount <em>File Count</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getCriuVersion <em>Criu Version</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#isCompositionRecorded <em>Composition Recorded</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getHeapPagesSize <em>Heap Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getStackPagesSize <em>Stack Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getAnonSharedPagesSize <em>Anon Shared Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getAnonPrivatePagesSize <em>Anon Private Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getPrivateFilePagesSize <em>Private File Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getOtherPagesSize <em>Other Pages Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getMetadataSize <em>Metadata Size</em>}</li>
 *   <li>{@link drover.model.CheckpointImage#getFileContentsSize <em>File Contents Size</em>}</li>
 * </ul>
 *
 * @see drover.model.DroverPackage#getCheckpointImage()
 * @model
 * @generated
 */
public interface CheckpointImage extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see drover.model.DroverPackage#getCheckpointImage_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_CreatedAt()
	 * @model
	 * @generated
	 */
	long getCreatedAt();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(long value);

	/**
	 * Returns the value of the '<em><b>Memory Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Pages Size</em>' attribute.
	 * @see #setMemoryPagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_MemoryPagesSize()
	 * @model
	 * @generated
	 */
	long getMemoryPagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getMemoryPagesSize <em>Memory Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Pages Size</em>' attribute.
	 * @see #getMemoryPagesSize()
	 * @generated
	 */
	void setMemoryPagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Other Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Size</em>' attribute.
	 * @see #setOtherSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_OtherSize()
	 * @model
	 * @generated
	 */
	long getOtherSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getOtherSize <em>Other Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Size</em>' attribute.
	 * @see #getOtherSize()
	 * @generated
	 */
	void setOtherSize(long value);

	/**
	 * Returns the value of the '<em><b>Total Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Size</em>' attribute.
	 * @see #setTotalSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_TotalSize()
	 * @model
	 * @generated
	 */
	long getTotalSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getTotalSize <em>Total Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Size</em>' attribute.
	 * @see #getTotalSize()
	 * @generated
	 */
	void setTotalSize(long value);

	/**
	 * Returns the value of the '<em><b>File Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Count</em>' attribute.
	 * @see #setFileCount(int)
	 * @see drover.model.DroverPackage#getCheckpointImage_FileCount()
	 * @model
	 * @generated
	 */
	int getFileCount();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getFileCount <em>File Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Count</em>' attribute.
	 * @see #getFileCount()
	 * @generated
	 */
	void setFileCount(int value);

	/**
	 * Returns the value of the '<em><b>Criu Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criu Version</em>' attribute.
	 * @see #setCriuVersion(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_CriuVersion()
	 * @model
	 * @generated
	 */
	String getCriuVersion();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getCriuVersion <em>Criu Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criu Version</em>' attribute.
	 * @see #getCriuVersion()
	 * @generated
	 */
	void setCriuVersion(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see drover.model.DroverPackage#getCheckpointImage_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Composition Recorded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the agent read what the image is made of (the *PagesSize, metadataSize and fileContentsSize below); records of older agents lack it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Composition Recorded</em>' attribute.
	 * @see #setCompositionRecorded(boolean)
	 * @see drover.model.DroverPackage#getCheckpointImage_CompositionRecorded()
	 * @model
	 * @generated
	 */
	boolean isCompositionRecorded();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#isCompositionRecorded <em>Composition Recorded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Composition Recorded</em>' attribute.
	 * @see #isCompositionRecorded()
	 * @generated
	 */
	void setCompositionRecorded(boolean value);

	/**
	 * Returns the value of the '<em><b>Heap Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heap Pages Size</em>' attribute.
	 * @see #setHeapPagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_HeapPagesSize()
	 * @model
	 * @generated
	 */
	long getHeapPagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getHeapPagesSize <em>Heap Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heap Pages Size</em>' attribute.
	 * @see #getHeapPagesSize()
	 * @generated
	 */
	void setHeapPagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Stack Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stack Pages Size</em>' attribute.
	 * @see #setStackPagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_StackPagesSize()
	 * @model
	 * @generated
	 */
	long getStackPagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getStackPagesSize <em>Stack Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stack Pages Size</em>' attribute.
	 * @see #getStackPagesSize()
	 * @generated
	 */
	void setStackPagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Anon Shared Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anon Shared Pages Size</em>' attribute.
	 * @see #setAnonSharedPagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_AnonSharedPagesSize()
	 * @model
	 * @generated
	 */
	long getAnonSharedPagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getAnonSharedPagesSize <em>Anon Shared Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon Shared Pages Size</em>' attribute.
	 * @see #getAnonSharedPagesSize()
	 * @generated
	 */
	void setAnonSharedPagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Anon Private Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anon Private Pages Size</em>' attribute.
	 * @see #setAnonPrivatePagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_AnonPrivatePagesSize()
	 * @model
	 * @generated
	 */
	long getAnonPrivatePagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getAnonPrivatePagesSize <em>Anon Private Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon Private Pages Size</em>' attribute.
	 * @see #getAnonPrivatePagesSize()
	 * @generated
	 */
	void setAnonPrivatePagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Private File Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Private File Pages Size</em>' attribute.
	 * @see #setPrivateFilePagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_PrivateFilePagesSize()
	 * @model
	 * @generated
	 */
	long getPrivateFilePagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getPrivateFilePagesSize <em>Private File Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Private File Pages Size</em>' attribute.
	 * @see #getPrivateFilePagesSize()
	 * @generated
	 */
	void setPrivateFilePagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Other Pages Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Pages Size</em>' attribute.
	 * @see #setOtherPagesSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_OtherPagesSize()
	 * @model
	 * @generated
	 */
	long getOtherPagesSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getOtherPagesSize <em>Other Pages Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Pages Size</em>' attribute.
	 * @see #getOtherPagesSize()
	 * @generated
	 */
	void setOtherPagesSize(long value);

	/**
	 * Returns the value of the '<em><b>Metadata Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata Size</em>' attribute.
	 * @see #setMetadataSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_MetadataSize()
	 * @model
	 * @generated
	 */
	long getMetadataSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getMetadataSize <em>Metadata Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata Size</em>' attribute.
	 * @see #getMetadataSize()
	 * @generated
	 */
	void setMetadataSize(long value);

	/**
	 * Returns the value of the '<em><b>File Contents Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Contents Size</em>' attribute.
	 * @see #setFileContentsSize(long)
	 * @see drover.model.DroverPackage#getCheckpointImage_FileContentsSize()
	 * @model
	 * @generated
	 */
	long getFileContentsSize();

	/**
	 * Sets the value of the '{@link drover.model.CheckpointImage#getFileContentsSize <em>File Contents Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Contents Size</em>' attribute.
	 * @see #getFileContentsSize()
	 * @generated
	 */
	void setFileContentsSize(long value);

} // CheckpointImage

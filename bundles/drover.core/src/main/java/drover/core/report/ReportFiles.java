package drover.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import drover.model.Cluster;
import drover.model.DroverPackage;

/**
 * Reads and writes report files: one Cluster (migrations, images) as XMI. The resource set is configured
 * here rather than through Eclipse extension points, so it works the same headless and in the workbench.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static void save(Cluster cluster, Path file) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(cluster);
		try {
			resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} finally {
			resource.getContents().clear(); // hand the cluster back to the caller untouched by this resource
		}
	}

	public static Cluster load(Path file) throws IOException {
		try {
			Resource resource = newResourceSet().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Cluster cluster)) {
				throw new IOException(file + " is not a Drover report (no cluster in it).");
			}
			return cluster;
		} catch (RuntimeException e) {
			throw new IOException("Cannot read report " + file + ": " + e.getMessage(), e);
		}
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(DroverPackage.eNS_URI, DroverPackage.eINSTANCE);
		return set;
	}
}

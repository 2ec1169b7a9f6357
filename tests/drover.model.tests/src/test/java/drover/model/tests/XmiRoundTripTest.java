package drover.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.model.Cluster;
import drover.model.DroverPackage;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.Migration;
import drover.model.PipeResource;
import drover.model.Process;
import drover.model.UnixSocketResource;

class XmiRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void clusterSurvivesXmiRoundTrip() throws IOException {
		Cluster original = SampleCluster.create();
		URI uri = URI.createFileURI(dir.resolve("cluster.xmi").toString());
		Resource out = newResourceSet().createResource(uri);
		out.getContents().add(original);
		out.save(Map.of());

		Resource in = newResourceSet().getResource(uri, true);
		Cluster loaded = (Cluster) in.getContents().get(0);

		assertTrue(new EcoreUtil.EqualityHelper().equals(original, loaded), "loaded cluster differs from the saved one");

		Host alpha = loaded.getHosts().get(0);
		assertSame(alpha, in.getEObject("alpha"), "Host.name is the XMI id");
		Process shell = alpha.getProcesses().get(1);
		Process server = alpha.getProcesses().get(2);
		Process reader = alpha.getProcesses().get(3);
		assertSame(alpha.getProcesses().get(0), shell.getParent());
		assertEquals(List.of(reader, server), shell.getChildren());
		assertSame(shell, server.getParent());

		FileResource file = (FileResource) server.getResources().get(0);
		assertEquals(123_456_789_012L, file.getOffset());
		assertTrue(file.isDeleted());
		PipeResource pipe = (PipeResource) server.getResources().get(2);
		assertEquals(List.of(201, 201), pipe.getPeerPids());
		assertEquals(List.of(reader), pipe.getPeers());
		UnixSocketResource unix = (UnixSocketResource) server.getResources().get(3);
		assertEquals(List.of(shell), unix.getPeers());
		assertEquals(57, server.getMemoryMaps().getMappingCount());

		Migration migration = loaded.getMigrations().get(0);
		assertSame(alpha.getImages().get(0), migration.getImage());
		assertEquals(3, migration.getPhaseCosts().size());
		assertEquals(123.5e6, migration.getThroughput());
	}

	@Test
	void sampleUsesEveryConcreteClass() {
		Cluster cluster = SampleCluster.create();
		Set<EClass> used = new HashSet<>();
		used.add(cluster.eClass());
		cluster.eAllContents().forEachRemaining(o -> used.add(((EObject) o).eClass()));
		DroverPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass e && !e.isAbstract())
				.forEach(c -> assertTrue(used.contains(c), "sample lacks a " + c.getName()));
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(DroverPackage.eNS_URI, DroverPackage.eINSTANCE);
		return set;
	}
}

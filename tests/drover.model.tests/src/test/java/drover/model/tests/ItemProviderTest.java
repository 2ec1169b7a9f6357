package drover.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import drover.model.FileResource;
import drover.model.Process;
import drover.model.provider.DroverItemProviderAdapterFactory;

/** The generated item providers find their strings (plugin.properties) outside Eclipse. */
class ItemProviderTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(new DroverItemProviderAdapterFactory());

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void processHasLabelAndProperties() {
		Process server = SampleCluster.create().getHosts().get(0).getProcesses().get(2);
		assertEquals("Process kv-server", label(server));
		List<String> names = propertyNames(server);
		assertTrue(names.contains("Pid"), names::toString);
		assertTrue(names.contains("Resident Memory"), names::toString);
	}

	@Test
	void fileResourceHasLabelAndProperties() {
		FileResource file = (FileResource) SampleCluster.create().getHosts().get(0).getProcesses().get(2)
				.getResources().get(0);
		assertEquals("File Resource /var/lib/kv/data.log (fd 3)", label(file));
		List<String> names = propertyNames(file);
		assertTrue(names.contains("Offset"), names::toString);
		assertTrue(names.contains("Fd"), names::toString);
	}

	private String label(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
		assertNotNull(labels);
		return labels.getText(object);
	}

	private List<String> propertyNames(Object object) {
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
		assertFalse(descriptors.isEmpty());
		descriptors.forEach(d -> assertFalse(d.getDescription(object).isEmpty()));
		return descriptors.stream().map(d -> d.getDisplayName(object)).toList();
	}
}

package drover.ui.internal.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.model.Migration;

/**
 * A self-contained copy of some migration records for a report: a new Cluster holding copies of the
 * migrations and of their images (under hosts named as the images' hosts), references between them kept.
 * The console's live model is left alone.
 */
public final class ReportSnapshot {

	private ReportSnapshot() {
	}

	/** UI thread (reads the live model). */
	public static Cluster of(String name, Collection<Migration> migrations) {
		List<Object> originals = new ArrayList<>();
		Map<CheckpointImage, String> imageHosts = new LinkedHashMap<>();
		for (Migration m : migrations) {
			originals.add(m);
			CheckpointImage image = m.getImage();
			if (image != null && !imageHosts.containsKey(image)) {
				imageHosts.put(image, image.eContainer() instanceof Host h ? h.getName() : m.getSourceHost());
				originals.add(image);
			}
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		for (Object o : originals) {
			copier.copy((org.eclipse.emf.ecore.EObject) o);
		}
		copier.copyReferences();
		Cluster cluster = DroverFactory.eINSTANCE.createCluster();
		cluster.setName(name);
		Map<String, Host> hosts = new LinkedHashMap<>();
		imageHosts.forEach((image, hostName) -> hosts.computeIfAbsent(hostName, n -> {
			Host host = DroverFactory.eINSTANCE.createHost();
			host.setName(n);
			cluster.getHosts().add(host);
			return host;
		}).getImages().add((CheckpointImage) copier.get(image)));
		for (Migration m : migrations) {
			cluster.getMigrations().add((Migration) copier.get(m));
		}
		return cluster;
	}
}

package drover.core.evacuation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.DroverHome;
import drover.protocol.EvacuationRules;
import drover.protocol.Json;

/**
 * The evacuation rules a cluster keeps ({@code evacuation-rules.json} beside hosts.json): the planner's defaults for
 * every {@code drover plan}, {@code drover evacuate} and the console's wizard, so that "post-copy above 2 GB" or
 * "two incoming per host, four into big1" is said once. An option given on the command line (or a choice in the
 * wizard) still wins for that evacuation. {@code drover evacuation-rules} shows and changes them.
 */
public final class ClusterRules {

	private static final ObjectMapper JSON = Json.newMapper();

	private ClusterRules() {
	}

	public static Path file(DroverHome home) {
		return home.dir().resolve("evacuation-rules.json");
	}

	/** The cluster's rules, or the built-in defaults when none were kept. */
	public static EvacuationRules load(DroverHome home) throws IOException {
		Path file = file(home);
		if (!Files.exists(file)) {
			return EvacuationRules.defaults();
		}
		try {
			return JSON.readValue(file.toFile(), EvacuationRules.class);
		} catch (IOException e) {
			throw new IOException("The cluster's evacuation rules in " + file + " cannot be read (" + e.getMessage()
					+ "): fix or remove the file ('drover evacuation-rules --reset').", e);
		}
	}

	/** Keeps {@code rules} as the cluster's (written aside and moved into place: a reader never sees half a file). */
	public static void save(DroverHome home, EvacuationRules rules) throws IOException {
		Path file = file(home);
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rules));
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public static void reset(DroverHome home) throws IOException {
		Files.deleteIfExists(file(home));
	}
}

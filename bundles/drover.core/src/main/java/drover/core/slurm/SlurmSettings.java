package drover.core.slurm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import drover.core.HostEntry;

/**
 * How a host takes part in a Slurm cluster, from its settings in hosts.json ({@code drover hosts set NAME
 * slurm.node=NODE}): the Slurm NodeName (which may differ from the Drover host name), and optionally which
 * slurm.conf and which {@code scontrol} to use on the node. Without {@code slurm.conf}, {@code scontrol} finds the
 * controller as Slurm's own tools do there (its compiled-in slurm.conf, {@code SLURM_CONF}, or a configless
 * slurmd's cached copy). Plain values, so an evacuation request can carry them to the host's agent as JSON.
 *
 * @param node     the Slurm NodeName of the host
 * @param conf     the slurm.conf to use on the node (sets {@code SLURM_CONF}), or null for Slurm's default
 * @param scontrol the scontrol program on the node, or null for {@code scontrol} on its PATH
 */
public record SlurmSettings(String node, String conf, String scontrol) {

	/** The host setting naming the host's Slurm NodeName; a host without it is no Slurm node. */
	public static final String NODE = "slurm.node";
	/** The host setting naming the slurm.conf on the node (absolute path). */
	public static final String CONF = "slurm.conf";
	/** The host setting naming the scontrol program on the node (absolute path, or a name on PATH). */
	public static final String SCONTROL = "slurm.scontrol";

	public SlurmSettings {
		if (node == null || !node.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("The Slurm node name '" + node
					+ "' must be letters, digits, '.', '_' or '-' (as 'sinfo -N' lists it).");
		}
		if (conf != null && conf.isBlank()) {
			conf = null;
		}
		if (conf != null && !conf.startsWith("/")) {
			throw new IllegalArgumentException("slurm.conf must be an absolute path on the node, not '" + conf + "'.");
		}
		if (scontrol != null && scontrol.isBlank()) {
			scontrol = null;
		}
	}

	/** A node that uses Slurm's defaults on its machine. */
	public static SlurmSettings node(String node) {
		return new SlurmSettings(node, null, null);
	}

	/** The host's Slurm settings, or empty when the host is no Slurm node (no {@value #NODE} setting). */
	public static Optional<SlurmSettings> of(HostEntry host) {
		return of(host.settings());
	}

	/**
	 * The Slurm settings among a host's settings (as an evacuation request carries them to the host's agent), or
	 * empty when they name no node.
	 */
	public static Optional<SlurmSettings> of(Map<String, String> settings) {
		String node = settings == null ? null : settings.get(NODE);
		if (settings == null || node == null || node.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new SlurmSettings(node.strip(), settings.get(CONF), settings.get(SCONTROL)));
	}

	/** These settings as host settings (for {@link HostEntry#withSettings}). */
	public Map<String, String> asHostSettings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put(NODE, node);
		if (conf != null) {
			settings.put(CONF, conf);
		}
		if (scontrol != null) {
			settings.put(SCONTROL, scontrol);
		}
		return settings;
	}

	/** The program to run. */
	String program() {
		return scontrol == null ? "scontrol" : scontrol;
	}
}

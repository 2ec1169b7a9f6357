package drover.core.hosts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import drover.core.HostEntry;
import drover.core.slurm.SlurmSettings;

/**
 * The settings a host may carry besides how to reach its agent ({@link HostEntry#settings()}), what each means, and
 * how {@code drover hosts set NAME KEY=VALUE...} changes them. Unknown keys are refused, so that a typo never
 * passes for a setting.
 */
public final class HostSettings {

	/** One known setting: its key and what it is for, as {@code drover hosts set --help} shows it. */
	public record Key(String key, String meaning, UnaryOperator<String> check) {
	}

	public static final List<Key> KNOWN = List.of(
			new Key(SlurmSettings.NODE, "the host's Slurm NodeName: an evacuation drains it first, its restore resumes it",
					v -> SlurmSettings.node(v).node()),
			new Key(SlurmSettings.CONF, "the slurm.conf scontrol reads on the node (default: Slurm's own)",
					v -> new SlurmSettings("x", v, null).conf()),
			new Key(SlurmSettings.SCONTROL, "the scontrol program on the node (default: scontrol on PATH)", v -> v));

	private HostSettings() {
	}

	/**
	 * {@code current} with each {@code KEY=VALUE} applied in order; {@code KEY=} removes the setting.
	 *
	 * @throws IllegalArgumentException an assignment without '=', an unknown key, or a value its key refuses
	 */
	public static Map<String, String> apply(Map<String, String> current, List<String> assignments) {
		Map<String, String> settings = new TreeMap<>(current);
		for (String assignment : assignments) {
			int eq = assignment.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException(
						"'" + assignment + "' is not KEY=VALUE (KEY= removes a setting). Known keys: " + keys() + ".");
			}
			String key = assignment.substring(0, eq).strip();
			String value = assignment.substring(eq + 1).strip();
			Key known = KNOWN.stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow(
					() -> new IllegalArgumentException("Unknown host setting '" + key + "'. Known keys: " + keys() + "."));
			if (value.isEmpty()) {
				settings.remove(key);
			} else {
				settings.put(key, known.check().apply(value));
			}
		}
		if (settings.keySet().stream().anyMatch(k -> k.startsWith("slurm.")) && !settings.containsKey(SlurmSettings.NODE)) {
			throw new IllegalArgumentException("The Slurm settings of a host need " + SlurmSettings.NODE
					+ "=NODENAME (without it the host is no Slurm node): set it too, or remove the others.");
		}
		return settings;
	}

	/** Every known key with its meaning, one per line. */
	public static Map<String, String> describe() {
		Map<String, String> out = new LinkedHashMap<>();
		KNOWN.forEach(k -> out.put(k.key(), k.meaning()));
		return out;
	}

	private static String keys() {
		return String.join(", ", KNOWN.stream().map(Key::key).toList());
	}
}

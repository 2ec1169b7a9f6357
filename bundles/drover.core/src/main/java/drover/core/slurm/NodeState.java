package drover.core.slurm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node as {@code scontrol show node NAME -o} reports it: its name, its state ({@code IDLE}, {@code
 * MIXED+DRAIN}, {@code DOWN+DRAIN+NOT_RESPONDING}, ...) split into the base state and its flags, and the reason an
 * administrator (or Drover) gave for draining it, without the {@code [user@time]} Slurm appends.
 * <p>
 * Slurm shows a node with the DRAIN flag as DRAINING while jobs still run on it and DRAINED once it is idle
 * ({@code sinfo}); either way the scheduler starts nothing new there.
 */
public record NodeState(String name, String state, String reason, Map<String, String> fields) {

	/** The text Slurm appends to a reason: who set it, when. */
	private static final Pattern SET_BY = Pattern.compile("\\s*\\[[^\\[\\]]*@[0-9T:-]+\\]\\s*$");
	/** Where a field starts: a space (or the start) then Key=. */
	private static final Pattern FIELD = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z_]*)=");

	public NodeState {
		fields = Map.copyOf(fields);
	}

	/**
	 * Reads the one-line form of {@code scontrol show node}. Reason is the last field Slurm 22.05 prints and may
	 * hold spaces and '=' of its own, so it runs to the end of the line.
	 */
	public static NodeState parse(String line) {
		String text = line.strip();
		String reason = null;
		int at = text.indexOf(" Reason=");
		if (at >= 0) {
			reason = SET_BY.matcher(text.substring(at + " Reason=".length())).replaceFirst("");
			text = text.substring(0, at);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = FIELD.matcher(text);
		String key = null;
		int valueStart = 0;
		while (m.find()) {
			if (key != null) {
				fields.put(key, text.substring(valueStart, m.start()).strip());
			}
			key = m.group(1);
			valueStart = m.end();
		}
		if (key != null) {
			fields.put(key, text.substring(valueStart).strip());
		}
		String name = fields.get("NodeName");
		String state = fields.get("State");
		if (name == null || state == null) {
			throw new IllegalArgumentException("not a line of 'scontrol show node -o': " + line);
		}
		return new NodeState(name, state, reason == null || reason.isBlank() || reason.equals("(null)") ? null : reason, fields);
	}

	/** The base state: IDLE, MIXED, ALLOCATED, DOWN, UNKNOWN, ... */
	public String base() {
		return state.split("\\+", 2)[0];
	}

	/** The flags after the base state: DRAIN, NOT_RESPONDING, COMPLETING, ... */
	public List<String> flags() {
		String[] parts = state.split("\\+");
		return List.of(parts).subList(1, parts.length);
	}

	/** The scheduler starts no new job here: the DRAIN flag (DRAINING or DRAINED in sinfo), or a DRAIN base state. */
	public boolean draining() {
		return flags().contains("DRAIN") || base().startsWith("DRAIN");
	}

	/** Drained and nothing runs there any more (sinfo's DRAINED). */
	public boolean drained() {
		return draining() && (base().equals("IDLE") || base().equals("DOWN") || base().equals("DRAINED"));
	}

	/** The node answers its controller (no NOT_RESPONDING flag, not DOWN). */
	public boolean responding() {
		return !flags().contains("NOT_RESPONDING") && !base().equals("DOWN");
	}

	/** In one line for people: {@code IDLE+DRAIN (drained: no job runs there, none starts), reason '...'}. */
	public String summary() {
		String what = drained() ? " (drained: no job runs there and none starts)"
				: draining() ? " (draining: running jobs finish, no new one starts)" : "";
		return state + what + (reason == null ? "" : ", reason '" + reason + "'");
	}
}

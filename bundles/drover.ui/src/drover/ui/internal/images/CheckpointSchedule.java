package drover.ui.internal.images;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One periodic checkpoint as the host's agent lists it ({@code schedules}): the agent answers plain JSON (the
 * CLI prints it the same way), so the console reads the fields it shows and ignores the rest.
 */
public record CheckpointSchedule(String id, int pid, long everyMillis, int keep, boolean leaveRunning, long createdAt,
		String user, long lastRun, String lastResult, int runs) {

	static List<CheckpointSchedule> parse(JsonNode list) {
		List<CheckpointSchedule> out = new ArrayList<>();
		for (JsonNode s : list) {
			out.add(new CheckpointSchedule(s.path("id").asText(), s.path("pid").asInt(), s.path("everyMillis").asLong(),
					s.path("keep").asInt(), s.path("leaveRunning").asBoolean(), s.path("createdAt").asLong(),
					s.path("user").asText(""), s.path("lastRun").asLong(), s.path("lastResult").asText(""),
					s.path("runs").asInt()));
		}
		return out;
	}

	/** "every 10 min, keeps 5": how it is set. */
	public String every() {
		long s = everyMillis / 1000;
		String period = s % 86400 == 0 ? s / 86400 + " d" : s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
		return "every " + period + ", keeps " + keep + (leaveRunning ? ", left running" : "");
	}
}

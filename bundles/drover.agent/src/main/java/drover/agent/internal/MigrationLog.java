package drover.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.ErrorInfo;
import drover.protocol.Json;

/**
 * The cost records of the migrations this node took part in, as the orchestrator reported them at the end
 * (STATE/migrations.jsonl, one JSON object a line): history that outlives the console that ran them.
 */
public final class MigrationLog {

	private final Path file;
	private final ObjectMapper json = Json.newMapper();

	public MigrationLog(Path file) {
		this.file = file;
	}

	public synchronized Object record(String text) throws RequestException, IOException {
		JsonNode record;
		try {
			record = json.readTree(text);
		} catch (IOException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "record-migration: not JSON: " + e.getMessage(), null);
		}
		if (record == null || !record.isObject() || !record.path("id").isTextual()) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "record-migration: a cost record is a JSON object with an id.", null);
		}
		Files.writeString(file, json.writeValueAsString(record) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		return Map.of("recorded", record.path("id").asText());
	}

	public synchronized List<JsonNode> read() throws IOException {
		List<JsonNode> records = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					records.add(json.readTree(line));
				}
			}
		}
		return records;
	}
}

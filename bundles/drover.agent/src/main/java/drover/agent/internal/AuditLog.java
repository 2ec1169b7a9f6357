package drover.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.Json;

/**
 * Every operation that changes the node, one JSON line each in STATE_DIR/audit.jsonl: when, who (SSH user
 * and key fingerprint), what, and the result. Append-only, so the node keeps its own account of what happened.
 */
public final class AuditLog {

	private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

	private final Path file;
	private final ObjectMapper json = Json.newMapper();

	public AuditLog(Path file) {
		this.file = file;
	}

	public synchronized void record(String user, String key, String operation, List<String> args, boolean ok,
			String result) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("time", Instant.now().toString());
		entry.put("user", user);
		entry.put("key", key);
		entry.put("operation", operation);
		entry.put("args", args);
		entry.put("ok", ok);
		entry.put("result", result);
		try {
			Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			// The operation itself happened; losing its audit line must be visible in the agent's log.
			LOG.error("cannot append to the audit log {}: {} (lost entry: {} {} {} by {})", file, e.getMessage(), operation, args,
					ok ? "ok" : "failed", user, e);
		}
	}

	/** A request whose outcome is audited either way. */
	public interface Audited<T> {
		T run() throws RequestException, java.io.IOException;
	}

	/** Runs {@code request} and records its outcome: {@code success} describes the result, a failure its message. */
	public <T> T audited(Caller caller, String operation, List<String> args, java.util.function.Function<T, String> success,
			Audited<T> request) throws RequestException, IOException {
		try {
			T result = request.run();
			record(caller.user(), caller.keyFingerprint(), operation, args, true, success.apply(result));
			return result;
		} catch (RequestException | IOException | RuntimeException e) {
			record(caller.user(), caller.keyFingerprint(), operation, args, false, e.getMessage());
			throw e;
		}
	}

	/** The last {@code limit} entries, oldest first. */
	public synchronized List<Map<String, Object>> read(int limit) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Map<String, Object>> entries = new java.util.ArrayList<>();
		for (String line : lines.subList(Math.max(0, lines.size() - limit), lines.size())) {
			if (!line.isBlank()) {
				entries.add(json.readValue(line, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
				}));
			}
		}
		return entries;
	}

	public Path file() {
		return file;
	}
}

package drover.ui.internal.evacuation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.EvacuationRecord;
import drover.protocol.Json;

/**
 * The console's copies of the evacuations it saw end, one JSON file each ({@code ID.json}, the agent's record as
 * it answered it) in the console's state directory, kept with its history: the report of an evacuation stays
 * readable after its host is gone or its agent forgot it.
 */
public final class EvacuationReports {

	private final Path dir;
	private final ObjectMapper json = Json.newMapper();

	public EvacuationReports(Path dir) {
		this.dir = dir;
	}

	public Path dir() {
		return dir;
	}

	/** Keeps (or replaces) the record; returns its file. */
	public synchronized Path keep(EvacuationRecord r) throws IOException {
		if (r.id == null || r.id.contains("/") || r.id.startsWith(".")) {
			throw new IOException("Not keeping an evacuation record without a plain id: " + r.id);
		}
		Files.createDirectories(dir);
		Path file = dir.resolve(r.id + ".json");
		Path tmp = dir.resolve(r.id + ".json.tmp");
		json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), r);
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return file;
	}

	/** Every kept record, newest first; a file that cannot be read is skipped. */
	public synchronized List<EvacuationRecord> all() {
		List<EvacuationRecord> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return out;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
				try {
					out.add(json.readValue(f.toFile(), EvacuationRecord.class));
				} catch (IOException e) {
					// a damaged copy: the agent's own record is still the truth
				}
			}
		} catch (IOException e) {
			return out;
		}
		out.sort(Comparator.comparingLong((EvacuationRecord r) -> r.finishedAt).reversed());
		return out;
	}

	public synchronized EvacuationRecord get(String id) {
		return all().stream().filter(r -> id.equals(r.id)).findFirst().orElse(null);
	}
}

package drover.agent.internal.evacuation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.EvacuationRecord;
import drover.protocol.Json;

/**
 * STATE/evacuations/ID.json, one file per evacuation, replaced whole on every change (written beside, forced to
 * disk, renamed over): a reader, or the agent after a crash, sees the old record or the new one, never half.
 */
final class EvacuationStore {

	private static final Logger LOG = LoggerFactory.getLogger(EvacuationStore.class);

	private final Path dir;
	private final ObjectMapper json = Json.newMapper();

	EvacuationStore(Path dir) {
		this.dir = dir;
	}

	synchronized void save(EvacuationRecord record) throws IOException {
		Files.createDirectories(dir);
		Path tmp = dir.resolve(record.id + ".json.tmp");
		try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ch.write(java.nio.ByteBuffer.wrap(json.writeValueAsBytes(record)));
			ch.force(true);
		}
		Files.move(tmp, dir.resolve(record.id + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	synchronized List<EvacuationRecord> all() {
		List<EvacuationRecord> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return out;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
				try {
					out.add(json.readValue(f.toFile(), EvacuationRecord.class));
				} catch (IOException e) {
					LOG.warn("evacuation record {} is damaged and skipped: {}", f, e.getMessage());
				}
			}
		} catch (IOException e) {
			LOG.warn("cannot list {}: {}", dir, e.getMessage());
		}
		out.sort(Comparator.comparingLong((EvacuationRecord r) -> r.createdAt).thenComparing(r -> r.id));
		return out;
	}
}

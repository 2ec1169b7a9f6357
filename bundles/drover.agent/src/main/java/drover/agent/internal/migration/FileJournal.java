package drover.agent.internal.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationState;
import drover.core.migration.RecoveryDecision;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;

/**
 * The write-ahead journal of the migrations this agent owns: per migration, its request
 * (STATE/journal/ID.request.json) and one JSON line per state (ID.jsonl), each forced to the disk before the
 * state's work starts. The last complete line is where the migration stands; a migration whose journal ends in a
 * final state is removed once its record is kept.
 */
final class FileJournal {

	private final Path dir;
	private final ObjectMapper json = Json.newMapper();

	FileJournal(Path dir) {
		this.dir = dir;
	}

	void begin(String id, MigrationRequest request) throws IOException {
		Files.createDirectories(dir);
		try (FileChannel out = FileChannel.open(dir.resolve(id + ".request.json"), StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			out.write(ByteBuffer.wrap(json.writeValueAsBytes(request)));
			out.force(true);
		}
		forceDir();
	}

	MigrationJournal of(String id) {
		return (state, report, facts) -> append(id, new MigrationJournal.Entry(state, report, facts));
	}

	private synchronized void append(String id, MigrationJournal.Entry entry) throws IOException {
		byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
		try (FileChannel out = FileChannel.open(dir.resolve(id + ".jsonl"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			out.write(ByteBuffer.wrap(line));
			out.force(false);
		}
	}

	/** A journaled migration: its request and the last state it reached. */
	record Pending(String id, MigrationRequest request, MigrationJournal.Entry last) {
	}

	/** Migrations whose journal does not end in a final state, oldest first. */
	List<Pending> unfinished() throws IOException {
		List<Pending> pending = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return pending;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".request.json")).sorted().toList()) {
				String name = file.getFileName().toString();
				String id = name.substring(0, name.length() - ".request.json".length());
				MigrationRequest request = json.readValue(file.toFile(), MigrationRequest.class);
				MigrationJournal.Entry last = last(id);
				if (last == null) { // it died before its first state: nothing was touched
					MigrationReport report = new MigrationReport();
					report.id = id;
					report.pid = request.pid();
					report.target = request.targetName();
					last = new MigrationJournal.Entry(MigrationState.QUEUED, report, RecoveryDecision.Facts.initial());
				}
				if (!last.state().isFinal()) {
					pending.add(new Pending(id, request, last));
				} else {
					remove(id);
				}
			}
		}
		return pending;
	}

	private MigrationJournal.Entry last(String id) throws IOException {
		Path file = dir.resolve(id + ".jsonl");
		if (!Files.isRegularFile(file)) {
			return null;
		}
		MigrationJournal.Entry last = null;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			try {
				last = json.readValue(line, MigrationJournal.Entry.class);
			} catch (IOException e) {
				// a line torn by the death of the agent: the one before it is where the migration stood
			}
		}
		return last;
	}

	void remove(String id) throws IOException {
		Files.deleteIfExists(dir.resolve(id + ".jsonl"));
		Files.deleteIfExists(dir.resolve(id + ".request.json"));
	}

	private void forceDir() {
		try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
			d.force(true);
		} catch (IOException e) {
			// not every file system lets a directory be forced; the file itself was
		}
	}
}

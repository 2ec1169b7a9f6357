package drover.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationState;
import drover.core.migration.RecoveryDecision;
import drover.protocol.Json;
import drover.protocol.MigrationReport;

/**
 * A journal in memory: each entry as it was when written (the report goes through JSON, as in the agent's file
 * journal, so later changes to the runner's live report do not show in earlier entries), and a line in the shared
 * log, so a test can check that each state was written before the request it stands for.
 */
final class FakeJournal implements MigrationJournal {

	private static final ObjectMapper JSON = Json.newMapper();

	final List<Entry> entries = new ArrayList<>();
	private final List<String> log;
	/** Writes fail (a full or broken disk) from now on. */
	boolean failing;

	FakeJournal(List<String> log) {
		this.log = log;
	}

	@Override
	public void write(MigrationState state, MigrationReport report, RecoveryDecision.Facts facts) throws IOException {
		log.add("journal:" + state);
		if (failing) {
			throw new IOException("No space left on device (scripted)");
		}
		entries.add(new Entry(state, copy(report), facts));
	}

	static MigrationReport copy(MigrationReport report) {
		try {
			return JSON.readValue(JSON.writeValueAsBytes(report), MigrationReport.class);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<MigrationState> states() {
		return entries.stream().map(Entry::state).toList();
	}

	/** The first entry written in {@code state}, as the agent's journal would hand it back after a restart. */
	Entry first(MigrationState state) {
		Entry e = entries.stream().filter(x -> x.state() == state).findFirst().orElseThrow(() -> new AssertionError(
				"never journaled " + state + ": " + states()));
		return new Entry(e.state(), copy(e.report()), e.facts());
	}
}

package drover.core.migration;

import java.io.IOException;

import drover.protocol.MigrationReport;

/**
 * Where a migration's owner writes down each state before its work starts, with the record so far and what is
 * known of both sides; written through to the disk before the step runs (write-ahead), so that an owner that
 * dies and starts again can pick the migration up where it was ({@link MigrationRunner#resumed}).
 */
public interface MigrationJournal {

	/** One journal entry: the last one of a migration is where it stands. */
	record Entry(MigrationState state, MigrationReport report, RecoveryDecision.Facts facts) {
	}

	void write(MigrationState state, MigrationReport report, RecoveryDecision.Facts facts) throws IOException;

	/** No journal: a migration run by a console or CLI for itself (tests, older agents). */
	MigrationJournal NONE = (state, report, facts) -> {
	};
}

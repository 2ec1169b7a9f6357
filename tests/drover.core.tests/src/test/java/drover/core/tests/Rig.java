package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import drover.core.migration.MigrationJournal;
import drover.core.migration.MigrationListener;
import drover.core.migration.MigrationRunner;
import drover.core.migration.MigrationState;
import drover.protocol.Phase;

/**
 * Two fake agents, a fake journal and a listener, all writing to one log in the order things happened; and the
 * checks every runner test makes of it.
 */
final class Rig {

	static final String ID = "mig-test-1";
	static final String FINGERPRINT = "SHA256:fakefakefake";

	final List<String> log = new CopyOnWriteArrayList<>();
	final List<String> violations = new CopyOnWriteArrayList<>();
	final FakePeer source;
	final FakePeer target;
	final FakeJournal journal = new FakeJournal(log);
	final List<Phase> phases = new CopyOnWriteArrayList<>();
	/** What happens when the runner announces a phase (an operator who cancels, a disk that fills). */
	Consumer<Phase> onPhase = phase -> {
	};
	final MigrationListener listener = (phase, message) -> {
		phases.add(phase);
		log.add("phase:" + phase);
		onPhase.accept(phase);
	};

	Rig() {
		FakePeer[] pair = FakePeer.pair(log, violations);
		source = pair[0];
		target = pair[1];
	}

	/** A runner that holds at once (no 45 s of asking again), unless the test says otherwise. */
	MigrationRunner runner(boolean postCopy) {
		return new MigrationRunner(source, target, FINGERPRINT, listener).id(ID).postCopy(postCopy).journal(journal)
				.holdFor(Duration.ZERO);
	}

	/** The state a migration was picked up in after a restart (its predecessor journaled it), null for a new one. */
	MigrationState pickedUpAt;

	/** The runner an owner that restarted makes of its journal's last entry (which this rig's log starts with). */
	MigrationRunner pickUp(MigrationJournal.Entry entry) {
		pickedUpAt = entry.state();
		journal.entries.add(entry);
		log.add("journal:" + entry.state());
		return MigrationRunner.resumed(source, target, FINGERPRINT, listener, entry).journal(journal).holdFor(Duration.ZERO);
	}

	/** Where the process runs: the names of the hosts whose copy runs. */
	List<String> runningOn() {
		List<String> on = new ArrayList<>();
		if (source.tree == FakePeer.Tree.RUNNING) {
			on.add(source.host.name());
		}
		if (target.tree == FakePeer.Tree.RUNNING) {
			on.add(target.host.name());
		}
		return on;
	}

	int index(String entry) {
		return log.indexOf(entry);
	}

	/** The request that each state is journaled for: the state's line must come before the request's. */
	private static final Map<MigrationState, List<String>> JOURNALED_BEFORE = Map.of(
			MigrationState.PREFLIGHT, List.of("source.hello", "source.preflight", "target.preflightTarget"),
			MigrationState.DUMP, List.of("source.checkpointForMigration"),
			MigrationState.TRANSFER, List.of("source.pushImage"),
			MigrationState.RESTORE, List.of("target.restoreForMigration"),
			MigrationState.CONFIRM, List.of("target.inventory"),
			MigrationState.POSTCOPY, List.of("target.lazyWait"),
			MigrationState.CLEANUP, List.of("source.killTree", "source.lazyFinish"),
			MigrationState.ROLLBACK, List.of("target.migrationStatus", "target.migrationAbort", "source.resume"));

	/** What must hold of every run: the iron rule, legal transitions, and write-ahead journaling. */
	void assertWellBehaved() {
		assertEquals(List.of(), violations, "the iron rule held all along");
		List<MigrationState> states = journal.states();
		MigrationState first = pickedUpAt != null ? pickedUpAt : MigrationState.QUEUED;
		assertTrue(!states.isEmpty() && states.get(0) == first, "journaled " + first + " first: " + states);
		for (int i = 1; i < states.size(); i++) {
			MigrationState from = states.get(i - 1);
			MigrationState to = states.get(i);
			assertTrue(from == to || from.canGoTo(to), "journaled " + from + " -> " + to + ", not a transition: " + states);
		}
		for (Map.Entry<MigrationState, List<String>> e : JOURNALED_BEFORE.entrySet()) {
			for (String call : e.getValue()) {
				int at = index(call);
				if (at >= 0) {
					int journaled = index("journal:" + e.getKey());
					assertTrue(journaled >= 0 && journaled < at, "journal:" + e.getKey() + " before " + call + " in " + log);
				}
			}
		}
		journal.entries.stream().filter(e -> e.state().mayBeFrozen()).forEach(e -> assertTrue(e.facts().frozen(),
				"an entry in " + e.state() + " says the tree may be frozen"));
		journal.entries.stream().filter(e -> e.state() == MigrationState.RESTORE).forEach(e -> assertEquals(
				drover.core.migration.RecoveryDecision.Answer.LOST, e.facts().restore(),
				"the restore is journaled as asked-but-unanswered before it is asked"));
	}
}

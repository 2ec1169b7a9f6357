package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.migration.MigrationRunner;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.RecordKind;

/**
 * A remote fork that fails half-way, on two simulated hosts (real agents, real CRIU, a real counting process): the
 * target's restore fails, the target's agent dies, the owning source agent dies and starts again. Each time the
 * original runs on its source, not frozen, exactly once (its counter files stay 1..n: a copy writing through the
 * same offsets would break them), nothing of the fork stays on the target, and the record says what happened. The
 * agents run with fault pauses (the fork holds still as it enters a phase, so the fault lands exactly there). It
 * also checks that a plain migration reserves its image's room on the target and passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForkRecoveryTest {

	static final List<String> HOSTS = List.of("citest1", "citest2");

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true");
		try {
			hosts = new DemoHosts(home, 2);
		} finally {
			System.clearProperty("drover.demo.agentOpts");
		}
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	@AfterEach
	void noPauses() throws IOException {
		for (String host : HOSTS) {
			hosts.clearPauses(host);
		}
	}

	@Test
	@Order(1)
	void aMigrationReservesItsImagesRoomOnTheTargetAndPasses() throws Exception {
		CounterProcess counter = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "reserved", 0);
		int before = counter.assertKeepsCounting(3);
		MigrationReport record;
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, MigrationMode.STOP_AND_COPY));
			record = source.watch(id, e -> {
			});
		}
		assertEquals(Outcome.DONE, record.outcome, record.cause);
		assertTrue(record.verdicts.stream().anyMatch(v -> Preflight.Verdict.INFO.equals(v.severity())
				&& v.reason().contains("MB for " + record.id)), "the target reserved the image's room: " + record.verdicts);
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest2", counter, before);
		assertNothingOfItOn("citest2", record.id);
		DurableMigrationTest.kill(hosts, "citest2", counter);
	}

	@Test
	@Order(5)
	void aForkWhoseRestoreFailsOnTheTargetLeavesTheOriginalRunningOnceAndNothingThere() throws Exception {
		CounterProcess counter = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "forkrestore", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "RESTORE", 4000);
		int squatter = 0;
		MigrationReport record;
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, MigrationMode.FORK));
			awaitPhase(source, id, "RESTORE");
			// the image is on the target; now the tree's PID is taken there, so CRIU cannot give it back (last of the
			// class: taking a PID moves the target's PID counter into the range the source's processes use)
			squatter = hosts.takePid("citest2", counter.pid);
			assertEquals(counter.pid, squatter, "the tree's PID is taken on citest2");
			record = source.watch(id, e -> {
			});
		}
		try {
			assertEquals(Outcome.FAILED, record.outcome, record.cause);
			assertEquals(RecordKind.FORK, record.kind);
			assertEquals(Phase.RESTORE, record.failedPhase, record.cause);
			assertTrue(record.rollback.contains("the original keeps running on citest1"), record.rollback);
			assertFalse(frozenOn("citest1", counter.pid), "the original is not left frozen");
			DurableMigrationTest.assertRunsOnlyOn(hosts, List.of("citest1"), "citest1", counter, before);
			assertFalse(MigrationTest.runsOn(hosts, "citest2", counter.pid, counter.marker), "no copy runs on citest2");
			assertNothingOfItOn("citest2", record.id);
		} finally {
			hosts.exec("citest2", "kill", "-9", Integer.toString(squatter));
		}
		DurableMigrationTest.kill(hosts, "citest1", counter);
	}

	@Test
	@Order(4)
	void aForkWhoseTargetAgentDiesBeforeTheRestoreLeavesTheOriginalRunningOnceAndNothingThereOnceItIsBack() throws Exception {
		CounterProcess counter = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "forktarget", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "RESTORE", 3000);
		MigrationReport record;
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, MigrationMode.FORK));
			awaitPhase(source, id, "RESTORE");
			hosts.killAgent("citest2"); // the image arrived there whole; its agent dies before it is restored
			Thread back = Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(8000);
					hosts.restartAgent("citest2");
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			record = source.watch(id, e -> {
			});
			back.join();
		}
		assertEquals(Outcome.FAILED, record.outcome, record.cause);
		assertEquals(Phase.RESTORE, record.failedPhase, record.cause);
		assertTrue(record.rollback.contains("removed what reached citest2") && record.rollback.contains("keeps running on citest1"),
				"the copy was removed once citest2 answered again: " + record.rollback + " " + record.warnings);
		assertFalse(frozenOn("citest1", counter.pid), "the original is not left frozen");
		DurableMigrationTest.awaitReachable(hosts, "citest2");
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest1", counter, before);
		assertNothingOfItOn("citest2", record.id);
		DurableMigrationTest.kill(hosts, "citest1", counter);
	}

	@Test
	@Order(3)
	void aForkWhoseOwningSourceAgentDiesMidTransferIsUndoneWhenItComesBackTheOriginalRunsOnce() throws Exception {
		CounterProcess counter = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "forksource", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "TRANSFER", 5000);
		String id;
		try (AgentConnection source = hosts.connect("citest1")) {
			id = source.migrate(request(counter.pid, MigrationMode.FORK));
			awaitPhase(source, id, "TRANSFER");
		}
		hosts.killAgent("citest1"); // the coordinator of the fork dies; the original was dumped and runs on
		assertFalse(frozenOn("citest1", counter.pid), "a fork leaves no tree frozen behind its dump");
		hosts.clearPauses("citest1");
		hosts.restartAgent("citest1");
		MigrationReport record = awaitRecord("citest1", id);
		assertEquals(Outcome.FAILED, record.outcome, record.cause);
		assertEquals(RecordKind.FORK, record.kind);
		assertTrue(record.cause.contains("The agent of citest1 restarted") && record.cause.contains("TRANSFER"), record.cause);
		assertTrue(record.rollback.contains("the original keeps running on citest1"), record.rollback);
		assertFalse(frozenOn("citest1", counter.pid), "the original is not left frozen");
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest1", counter, before);
		assertNothingOfItOn("citest2", id);
		assertNothingOfItOn("citest1", id);
		DurableMigrationTest.kill(hosts, "citest1", counter);
	}

	@Test
	@Order(2)
	void aForkWhoseOwningSourceAgentDiesAfterTheRestoreEndsDoneWhenItComesBackBothRun() throws Exception {
		// a counter appending to its file: CRIU checks the size of a file a process writes without O_APPEND at
		// restore, which a fork's original, writing on through shared storage, has changed by then
		Path appended = files.resolve("forklate.appended");
		int pid;
		try (AgentConnection agent = hosts.connect("citest1")) {
			pid = agent.spawn(List.of("bash", "-c", "exec 3>>" + appended + "; i=0; while :; do i=$((i+1)); echo $i >&3;"
					+ " sleep 0.05; done")).pid();
		}
		hosts.pauseAt("citest1", "CONFIRM", 5000);
		String id;
		try (AgentConnection source = hosts.connect("citest1")) {
			id = source.migrate(request(pid, MigrationMode.FORK));
			awaitPhase(source, id, "CONFIRM");
		}
		hosts.killAgent("citest1"); // the copy runs on citest2; its coordinator dies before it confirmed that
		hosts.clearPauses("citest1");
		hosts.restartAgent("citest1");
		MigrationReport record = awaitRecord("citest1", id);
		assertEquals(Outcome.DONE, record.outcome, record.cause);
		assertTrue(record.warnings.stream().anyMatch(w -> w.contains("restarted") && w.contains("after the copy was restored")),
				"the record says the owner restarted after the restore: " + record.warnings);
		// a fork never kills its source tree: the original and its copy both run (both append to the shared file)
		assertTrue(MigrationTest.runsOn(hosts, "citest1", pid, appended), "the original runs on citest1");
		assertFalse(frozenOn("citest1", pid), "the original is not left frozen");
		assertTrue(MigrationTest.runsOn(hosts, "citest2", pid, appended), "its copy runs on citest2");
		assertNothingOfItOn("citest2", id);
		assertNothingOfItOn("citest1", id);
		for (String host : HOSTS) {
			try (AgentConnection agent = hosts.connect(host)) {
				agent.killTree(List.of(pid));
			}
		}
	}

	static MigrationRequest request(int pid, MigrationMode mode) throws IOException {
		HostEntry to = hosts.host("citest2");
		return new MigrationRequest(pid, to.name(), to.address(), to.port(), to.user(),
				MigrationRunner.pinnedFingerprint(hosts.client.pins(), to), mode, true);
	}

	/** No image, staging directory or running copy of {@code id} on {@code host} (read from its agent and its disk). */
	static void assertNothingOfItOn(String host, String id) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		Path images = hosts.demoDir().resolve(host).resolve("images");
		List<String> left;
		do {
			try (var list = Files.list(images)) {
				left = list.map(p -> p.getFileName().toString()).filter(n -> n.contains(id)).toList();
			}
			if (left.isEmpty()) {
				break;
			}
			Thread.sleep(250);
		} while (System.currentTimeMillis() < deadline);
		assertEquals(List.of(), left, "nothing of " + id + " is left in " + images);
		try (AgentConnection agent = hosts.connect(host)) {
			assertTrue(agent.images().stream().noneMatch(i -> i.name().equals(id)), "no image of " + id + " on " + host);
		}
	}

	/** Waits until the fork's events reached {@code phase}; a fork that ended before it fails with its record. */
	static void awaitPhase(AgentConnection source, String id, String phase) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			for (MigrationReport r : source.migrations()) {
				if (r.id.equals(id) && r.phase != null && r.phase.name().equals(phase)) {
					return;
				}
				if (r.id.equals(id) && r.outcome != null && r.outcome.isFinal()) {
					throw new AssertionError(id + " ended " + r.outcome + " before " + phase + ": " + r.cause + " " + r.rollback + " "
							+ r.warnings);
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError(id + " never reached " + phase);
	}

	/** Is the process stopped (state T) on that host? Read inside the host, so it works while its agent is down. */
	static boolean frozenOn(String host, int pid) throws IOException, InterruptedException {
		String stat = hosts.exec(host, "cat", "/proc/" + pid + "/stat");
		return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
	}

	static MigrationReport awaitRecord(String host, String id) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			try (AgentConnection agent = hosts.connect(host)) {
				for (MigrationReport r : agent.migrations()) {
					if (r.id.equals(id) && r.outcome != null && r.outcome.isFinal()) {
						return r;
					}
				}
			} catch (IOException e) {
				// the agent is starting again
			}
			Thread.sleep(500);
		}
		throw new AssertionError("no final record of " + id + " on " + host + " in time");
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.migration.MigrationRunner;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Outcome;
import drover.protocol.ProgressEvent;

/**
 * Migrations owned by their source agent, on four simulated hosts (real agents, real CRIU, real processes): the
 * coordinator that asked may die, either agent may die and start again, and the process still ends running on
 * exactly one host with its state, with a record that says what happened. Agents run with fault pauses enabled
 * (a migration holds still as it enters a phase, so the fault lands exactly there).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurableMigrationTest {

	/** How long a migration may take to settle after a fault (the bound the README documents). */
	static final long SETTLE_MILLIS = 60_000;
	static final List<String> HOSTS = List.of("citest1", "citest2", "citest3", "citest4");

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true -Ddrover.agent.maxOutgoing=2"
				+ " -Ddrover.agent.maxIncoming=2");
		try {
			hosts = new DemoHosts(home, 4);
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
	void aCliKilledDuringTheTransferLeavesTheMigrationToTheSourceAgentWhichFinishesIt() throws Exception {
		CounterProcess counter = counterOn("citest1", "clikilled", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "TRANSFER", 3000);
		Path log = files.resolve("clikilled.log");
		Process cli = hosts.cliProcess(log, "migrate", "citest1", Integer.toString(counter.pid), "citest2");
		String id = awaitLine(log, "TRANSFER", cli);
		cli.destroyForcibly().waitFor(); // kill -9 of the coordinator, its tree frozen on citest1
		long killed = System.currentTimeMillis();
		MigrationReport record = awaitRecord("citest1", id);
		long settled = System.currentTimeMillis() - killed;
		assertEquals(Outcome.DONE, record.outcome, record.cause);
		assertRunsOnlyOn("citest2", counter, before);
		assertTrue(settled < SETTLE_MILLIS, "settled in " + settled + " ms");
		kill("citest2", counter);
	}

	@Test
	@Order(2)
	void aCliKilledDuringAPostCopyFetchChangesNothing() throws Exception {
		CounterProcess counter = counterOn("citest1", "clikilledpc", 96);
		int before = counter.assertKeepsCounting(3);
		Path log = files.resolve("clikilledpc.log");
		Process cli = hosts.cliProcess(log, "migrate", "citest1", Integer.toString(counter.pid), "citest3", "--post-copy");
		String id = awaitLine(log, "POSTCOPY", cli);
		cli.destroyForcibly().waitFor();
		MigrationReport record = awaitRecord("citest1", id);
		assertEquals(Outcome.DONE, record.outcome, record.cause);
		assertEquals(MigrationMode.POST_COPY, record.mode);
		assertRunsOnlyOn("citest3", counter, before);
		counter.assertMemoryIntact();
		kill("citest3", counter);
	}

	@Test
	@Order(3)
	void aSecondRequestOnATreeUnderMigrationIsRefusedWithTheMigrationsName() throws Exception {
		CounterProcess counter = counterOn("citest1", "owned", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "TRANSFER", 6000);
		String id;
		try (AgentConnection source = hosts.connect("citest1")) {
			id = source.migrate(request(counter.pid, "citest2"));
			awaitPhase(source, id, "TRANSFER");
			// frozen now, and owned by the migration: nobody else may touch the tree
			for (String request : List.of("checkpoint " + counter.pid, "resume " + counter.pid, "kill-tree " + counter.pid)) {
				AgentException refused = assertThrows(AgentException.class, () -> source.request(request), request);
				assertEquals(ErrorInfo.UNDER_MIGRATION, refused.code(), request);
				assertTrue(refused.getMessage().contains(id), refused.getMessage());
			}
			AgentException again = assertThrows(AgentException.class, () -> source.migrate(request(counter.pid, "citest3")));
			assertEquals(ErrorInfo.UNDER_MIGRATION, again.code());
			AgentException late = assertThrows(AgentException.class, () -> source.cancel(id));
			assertEquals(ErrorInfo.TOO_LATE, late.code(), "a frozen tree cannot be cancelled, it finishes or rolls back");
			assertTrue(source.history().stream().anyMatch(e -> e.path("operation").asText().equals("cancel")
					&& !e.path("ok").asBoolean()), "the refused cancel is audited");
			MigrationReport record = source.watch(id, e -> {
			});
			assertEquals(Outcome.DONE, record.outcome, record.cause);
		}
		assertRunsOnlyOn("citest2", counter, before);
		kill("citest2", counter);
	}

	@Test
	@Order(4)
	void aMigrationCancelledBeforeItsFreezeTouchesNothing() throws Exception {
		CounterProcess counter = counterOn("citest1", "cancelled", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "PREFLIGHT", 4000);
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, "citest2"));
			awaitPhase(source, id, "PREFLIGHT");
			source.cancel(id);
			MigrationReport record = source.watch(id, e -> {
			});
			assertEquals(Outcome.REFUSED, record.outcome);
			assertTrue(record.cause.contains("Cancelled"), record.cause);
		}
		assertRunsOnlyOn("citest1", counter, before);
		kill("citest1", counter);
	}

	@Test
	@Order(5)
	void aSourceAgentKilledWhileItsTreeIsFrozenResumesItWhenItComesBack() throws Exception {
		CounterProcess counter = counterOn("citest1", "sourcekilled", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "TRANSFER", 5000);
		String id;
		try (AgentConnection source = hosts.connect("citest1")) {
			id = source.migrate(request(counter.pid, "citest2"));
			awaitPhase(source, id, "TRANSFER");
		}
		hosts.killAgent("citest1"); // the owner of the migration dies with the tree frozen
		assertTrue(frozenOn("citest1", counter.pid), "the tree is frozen while nobody owns it");
		hosts.clearPauses("citest1");
		long restarted = System.currentTimeMillis();
		hosts.restartAgent("citest1");
		MigrationReport record = awaitRecord("citest1", id);
		assertEquals(Outcome.FAILED, record.outcome, record.cause);
		assertTrue(record.rollback.contains("resumed PID " + counter.pid), record.rollback);
		assertTrue(System.currentTimeMillis() - restarted < SETTLE_MILLIS);
		assertRunsOnlyOn("citest1", counter, before);
		try (AgentConnection target = hosts.connect("citest2")) {
			assertTrue(target.images().stream().noneMatch(i -> i.name().equals(id)), "nothing of it left on citest2");
		}
		kill("citest1", counter);
	}

	@Test
	@Order(6)
	void aSourceAgentKilledAfterTheRestoreFinishesTheMigrationWhenItComesBack() throws Exception {
		CounterProcess counter = counterOn("citest1", "sourcekilledlate", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "CONFIRM", 5000);
		String id;
		try (AgentConnection source = hosts.connect("citest1")) {
			id = source.migrate(request(counter.pid, "citest2"));
			awaitPhase(source, id, "CONFIRM");
		}
		hosts.killAgent("citest1"); // the copy runs on citest2, the frozen source copy is left behind
		hosts.clearPauses("citest1");
		hosts.restartAgent("citest1");
		MigrationReport record = awaitRecord("citest1", id);
		assertEquals(Outcome.DONE, record.outcome, record.cause);
		assertRunsOnlyOn("citest2", counter, before);
		kill("citest2", counter);
	}

	@Test
	@Order(7)
	void aTargetAgentKilledDuringTheRestoreIsAskedAgainOnceItIsBack() throws Exception {
		CounterProcess counter = counterOn("citest1", "targetkilled", 0);
		int before = counter.assertKeepsCounting(3);
		hosts.pauseAt("citest1", "RESTORE", 3000);
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, "citest2"));
			awaitPhase(source, id, "RESTORE");
			hosts.killAgent("citest2");
			Thread back = Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(6000);
					hosts.restartAgent("citest2");
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			MigrationReport record = source.watch(id, e -> {
			});
			back.join();
			assertTrue(record.outcome == Outcome.DONE || record.outcome == Outcome.FAILED, record.outcome + ": " + record.cause);
			assertRunsOnlyOn(record.outcome == Outcome.DONE ? "citest2" : "citest1", counter, before);
			kill(record.outcome == Outcome.DONE ? "citest2" : "citest1", counter);
		}
	}

	@Test
	@Order(8)
	void eightConcurrentMigrationsAcrossFourHostsKeepTheirState() throws Exception {
		// each host sends two (to the next two hosts) and receives two
		List<CounterProcess> counters = new ArrayList<>();
		List<String> targets = new ArrayList<>();
		for (int h = 0; h < 4; h++) {
			for (int k = 1; k <= 2; k++) {
				counters.add(counterOn(HOSTS.get(h), "many" + h + k, 0));
				targets.add(HOSTS.get((h + k) % 4));
			}
		}
		List<Integer> before = new ArrayList<>();
		for (CounterProcess c : counters) {
			before.add(c.assertKeepsCounting(3));
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < counters.size(); i++) {
			try (AgentConnection source = hosts.connect(HOSTS.get(i / 2))) {
				ids.add(source.migrate(request(counters.get(i).pid, targets.get(i))));
			}
		}
		for (int i = 0; i < counters.size(); i++) {
			try (AgentConnection source = hosts.connect(HOSTS.get(i / 2))) {
				MigrationReport record = source.watch(ids.get(i), e -> {
				});
				assertEquals(Outcome.DONE, record.outcome, ids.get(i) + ": " + record.cause);
			}
		}
		for (int i = 0; i < counters.size(); i++) {
			assertRunsOnlyOn(targets.get(i), counters.get(i), before.get(i));
			kill(targets.get(i), counters.get(i));
		}
	}

	@Test
	@Order(9)
	void aMigrationOverTheOutgoingLimitWaitsInTheQueueAndThenRuns() throws Exception {
		List<CounterProcess> counters = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			counters.add(counterOn("citest4", "queued" + i, 0));
		}
		hosts.pauseAt("citest4", "TRANSFER", 3000);
		List<String> ids = new ArrayList<>();
		List<ProgressEvent> queueEvents = new CopyOnWriteArrayList<>();
		try (AgentConnection source = hosts.connect("citest4")) {
			for (int i = 0; i < 3; i++) {
				ids.add(source.migrate(request(counters.get(i).pid, List.of("citest1", "citest2", "citest3").get(i))));
			}
			// the limit is two: the third waits, and says where it is in the queue
			boolean listedQueued = source.migrations().stream().anyMatch(r -> r.id.equals(ids.get(2)) && r.outcome == Outcome.QUEUED
					&& r.queuePosition == 1);
			MigrationReport third = source.watch(ids.get(2), e -> {
				if (e.type() == ProgressEvent.Type.QUEUE) {
					queueEvents.add(e);
				}
			});
			assertTrue(listedQueued, "'drover migrations' shows the third as QUEUED, position 1");
			assertTrue(queueEvents.stream().anyMatch(e -> e.queuePosition() == 1), "its watch heard position 1: " + queueEvents);
			assertEquals(Outcome.DONE, third.outcome, third.cause);
			for (String id : ids.subList(0, 2)) {
				assertEquals(Outcome.DONE, source.watch(id, e -> {
				}).outcome);
			}
		}
		for (int i = 0; i < 3; i++) {
			kill(List.of("citest1", "citest2", "citest3").get(i), counters.get(i));
		}
	}

	@Test
	@Order(10)
	void aHeldMigrationSettlesByItselfOnceItsTargetAnswersAgain() throws Exception {
		CounterProcess counter = counterOn("citest1", "held", 0);
		int before = counter.assertKeepsCounting(3);
		String veth = "dv43-h"; // citest3's side of the bridge
		hosts.pauseAt("citest1", "RESTORE", 2000);
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(counter.pid, "citest3"));
			awaitPhase(source, id, "RESTORE");
			MigrationTest.link(veth, "down"); // the restore cannot reach citest3: did it restore or not?
			try {
				long deadline = System.currentTimeMillis() + 120_000;
				while (source.migrations().stream().noneMatch(r -> r.id.equals(id) && r.outcome == Outcome.HELD)) {
					if (System.currentTimeMillis() > deadline) {
						throw new AssertionError("the migration is not held while citest3 is out of reach: "
								+ source.migrations().stream().filter(r -> r.id.equals(id)).map(r -> r.outcome + " " + r.phase
										+ " " + r.warnings).toList()
								+ "\n" + tail(hosts.demoDir().resolve("citest1/agent.log")));
					}
					Thread.sleep(1000);
				}
				assertTrue(frozenOn("citest1", counter.pid), "held frozen: nobody can tell whether citest3 runs a copy");
			} finally {
				MigrationTest.link(veth, "up");
			}
			MigrationReport record = source.watch(id, e -> {
			});
			assertEquals(Outcome.FAILED, record.outcome, record.cause);
			assertTrue(record.rollback.contains("resumed PID " + counter.pid), record.rollback);
		}
		assertRunsOnlyOn("citest1", counter, before);
		kill("citest1", counter);
	}

	@Test
	@Order(11)
	void aFailedRestoreAndItsRollbackLeaveAUnixSocketServerReachableAtItsPath() throws Exception {
		// a server listening on a unix socket on shared storage, counting its answers in memory; socket first (fd 3),
		// then a log it writes (fd 4): CRIU binds the socket's path anew on the target before it finds the log gone
		Path socket = files.resolve("srv.sock");
		Path serverLog = files.resolve("srv.log");
		Path program = files.resolve("srv.py");
		Files.writeString(program, String.join("\n",
				"import socket, sys",
				"s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.bind(sys.argv[1]); s.listen(8)",
				"log = open(sys.argv[2], 'a'); n = 0",
				"while True:",
				"    c, _ = s.accept(); c.sendall(b'pong %d\\n' % n); c.close(); log.write('%d\\n' % n); log.flush(); n += 1",
				""));
		int pid;
		try (AgentConnection source = hosts.connect("citest1")) {
			pid = source.spawn(List.of("python3", program.toString(), socket.toString(), serverLog.toString())).pid();
		}
		awaitFile(socket);
		assertEquals("pong 0", ask(socket));
		hosts.pauseAt("citest1", "RESTORE", 2000);
		try (AgentConnection source = hosts.connect("citest1")) {
			String id = source.migrate(request(pid, "citest2"));
			awaitPhase(source, id, "RESTORE");
			Files.delete(serverLog); // gone from the shared disk before the restore: CRIU cannot open it again there
			MigrationReport record = source.watch(id, e -> {
			});
			assertEquals(Outcome.FAILED, record.outcome, record.cause);
			assertEquals(drover.protocol.Phase.RESTORE, record.failedPhase, record.cause);
			// the failed restore on citest2 had bound the path anew; the rollback put the source's socket back there
			assertTrue(record.rollback.contains("put back the unix socket path " + socket), record.rollback);
		}
		assertEquals("pong 1", ask(socket), "the resumed server answers at its path, its count going on");
		try (AgentConnection source = hosts.connect("citest1")) {
			source.killTree(List.of(pid));
		}
	}

	static String ask(Path socket) throws IOException {
		try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket))) {
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64);
			while (channel.read(buffer) >= 0) {
				// until the server closes
			}
			return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.US_ASCII).trim();
		}
	}

	static void awaitFile(Path file) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(Files.exists(file), file + " appeared");
	}

	// --- helpers

	static String tail(Path log) throws IOException {
		List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	static MigrationRequest request(int pid, String target) throws IOException {
		HostEntry to = hosts.host(target);
		return new MigrationRequest(pid, to.name(), to.address(), to.port(), to.user(),
				MigrationRunner.pinnedFingerprint(hosts.client.pins(), to), MigrationMode.STOP_AND_COPY, false);
	}

	static CounterProcess counterOn(String host, String name, int ballastMb) throws IOException {
		return counterOnHosts(hosts, files, host, name, ballastMb);
	}

	static CounterProcess counterOnHosts(DemoHosts hosts, Path files, String host, String name, int ballastMb) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			return ballastMb > 0 ? new CounterProcess(agent, files, name, ballastMb) : new CounterProcess(agent, files, name);
		}
	}

	/** Waits for the coordinator's output to reach {@code phase}; answers the migration's ID it printed. */
	static String awaitLine(Path log, String phase, Process cli) throws Exception {
		Pattern idLine = Pattern.compile("Migration (mig-\\S+) runs on");
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			String text = Files.exists(log) ? Files.readString(log) : "";
			Matcher m = idLine.matcher(text);
			if (m.find() && text.contains(" " + phase + " ")) {
				return m.group(1);
			}
			assertTrue(cli.isAlive(), "the CLI ended before " + phase + ": " + text);
			Thread.sleep(50);
		}
		throw new AssertionError("the CLI never reached " + phase + ": " + Files.readString(log));
	}

	/** Waits until the migration's events reached {@code phase}. */
	static void awaitPhase(AgentConnection source, String id, String phase) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			if (source.migrations().stream().anyMatch(r -> r.id.equals(id) && r.phase != null && r.phase.name().equals(phase))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(id + " never reached " + phase);
	}

	/** The final record the host's agent keeps of migration {@code id}, once there is one (bounded wait). */
	static MigrationReport awaitRecord(String host, String id) throws Exception {
		long deadline = System.currentTimeMillis() + SETTLE_MILLIS + 30_000;
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

	/** Is the process stopped (state T) on that host? Read inside the host, so it works while its agent is down. */
	static boolean frozenOn(String host, int pid) throws IOException, InterruptedException {
		String stat = hosts.exec(host, "cat", "/proc/" + pid + "/stat");
		return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
	}

	static void assertRunsOnlyOn(String expected, CounterProcess counter, int countBefore) throws Exception {
		assertRunsOnlyOn(hosts, HOSTS, expected, counter, countBefore);
	}

	/** The iron rule: running on exactly {@code expected} of {@code all}, not stopped, counting on without a gap. */
	static void assertRunsOnlyOn(DemoHosts hosts, List<String> all, String expected, CounterProcess counter, int countBefore)
			throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		for (String host : all) {
			boolean there = MigrationTest.runsOn(hosts, host, counter.pid, counter.marker);
			while (there != host.equals(expected) && System.currentTimeMillis() < deadline) {
				Thread.sleep(250); // a copy being stopped or resumed may take a moment to show
				there = MigrationTest.runsOn(hosts, host, counter.pid, counter.marker);
			}
			assertEquals(host.equals(expected), there, "process " + counter.pid + (there ? " runs" : " does not run") + " on " + host);
		}
		counter.assertKeepsCounting(countBefore);
	}

	/** After a link comes back up, the bridge may take a moment to forward again. */
	static void awaitReachable(DemoHosts hosts, String host) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try (AgentConnection agent = hosts.connect(host)) {
				agent.hello();
				return;
			} catch (IOException e) {
				if (System.currentTimeMillis() > deadline) {
					throw e;
				}
				Thread.sleep(250);
			}
		}
	}

	static void kill(String host, CounterProcess counter) throws IOException {
		kill(hosts, host, counter);
	}

	static void kill(DemoHosts hosts, String host, CounterProcess counter) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			agent.killTree(List.of(counter.pid));
		}
		assertFalse(MigrationTest.runsOn(hosts, host, counter.pid, counter.marker));
	}
}

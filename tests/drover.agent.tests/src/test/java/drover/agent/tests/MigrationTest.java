package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.migration.MigrationListener;
import drover.protocol.MigrationReport;
import drover.core.migration.MigrationRunner;
import drover.protocol.Phase;
import drover.protocol.Inventory;

/**
 * Real migrations between simulated hosts (own network, PID and mount namespaces, real agents, real CRIU),
 * and faults injected at each phase. After every one, the process runs on exactly one host with its state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTest {

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		hosts = new DemoHosts(home, 3);
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	MigrationReport migrate(String from, String to, int pid, MigrationListener listener) throws IOException {
		try (AgentConnection source = hosts.connect(from); AgentConnection target = hosts.connect(to)) {
			return new MigrationRunner(source, target, hosts.client.pins(), listener).migrate(pid, false);
		}
	}

	static boolean runsOn(DemoHosts hosts, String host, int pid, Path counter) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			Inventory inventory = agent.inventory();
			return inventory.processes().stream().anyMatch(p -> p.pid() == pid && !p.state().startsWith("T")
					&& p.state().length() > 0 && String.join(" ", p.commandLine()).contains(counter.toString()));
		}
	}

	/** The iron rule: running on exactly {@code expected} and not on the other hosts, still counting. */
	void assertRunsOnlyOn(String expected, CounterProcess counter, int countBefore) throws Exception {
		for (String host : List.of("citest1", "citest2", "citest3")) {
			boolean there = runsOn(hosts, host, counter.pid, counter.marker);
			assertEquals(host.equals(expected), there, "process " + counter.pid + (there ? " runs" : " does not run") + " on " + host);
		}
		counter.assertKeepsCounting(countBefore);
	}

	@Test
	@Order(1)
	void movesACounterWithHeapFileOffsetPipeAndChild() throws Exception {
		CounterProcess counter = startCounter("move");
		int before = counter.assertKeepsCounting(5);
		List<Phase> seen = new ArrayList<>();
		MigrationReport report;
		try (AgentConnection source = hosts.connect("citest1"); AgentConnection target = hosts.connect("citest2")) {
			// the pages stream to the target's page server during the dump (the way for large processes)
			report = new MigrationRunner(source, target, hosts.client.pins(), (phase, message) -> seen.add(phase))
					.streamPagesFrom(0).migrate(counter.pid, false);
		}
		assertEquals(drover.protocol.Outcome.DONE, report.outcome, report.cause);
		assertTrue(report.pagesStreamed);
		assertEquals(List.of(Phase.PREFLIGHT, Phase.DUMP, Phase.TRANSFER, Phase.VERIFY, Phase.RESTORE, Phase.CONFIRM,
				Phase.CLEANUP, Phase.DONE), seen);
		assertRunsOnlyOn("citest2", counter, before);
		assertTrue(report.memoryPagesBytes > 0 && report.otherImageBytes > 0 && report.bytesOnWire >= report.imageBytes());
		assertTrue(report.downtimeMillis > 0 && report.dumpStats.pagesWritten() > 0 && report.restoreStats.pagesRestored() > 0);
		assertTrue(report.pids.size() >= 2, "the child moved with it: " + report.pids);
		assertRecordSurvivesXmi(report);
		try (AgentConnection a = hosts.connect("citest1"); AgentConnection b = hosts.connect("citest2")) {
			for (AgentConnection agent : List.of(a, b)) {
				MigrationReport kept = agent.migrations().stream().filter(r -> r.id.equals(report.id)).findFirst()
						.orElseThrow(() -> new AssertionError("no record of " + report.id + " on " + agent.host().name()));
				assertEquals(report.downtimeMillis, kept.downtimeMillis);
				assertEquals(report.phases, kept.phases);
			}
		}
		Path reportFile = files.resolve("report.xmi");
		DemoHosts.cli("report", "citest1", "citest2", "-o", reportFile.toString());
		var saved = drover.core.report.ReportFiles.load(reportFile);
		assertTrue(saved.getMigrations().stream().anyMatch(m -> m.getId().equals(report.id)
				&& m.getDowntimeMillis() == report.downtimeMillis && m.getImage() != null), "drover report wrote the record");
		try (AgentConnection b = hosts.connect("citest2")) {
			assertTrue(b.history().stream().anyMatch(e -> e.path("operation").asText().equals("restore")
					&& e.path("ok").asBoolean()), "the target's audit log has the restore");
		}
		// and back again: the same PID is free on citest1 once the source copy is gone; a small process is dumped
		// on its host and the image sent after (faster than a page server's fixed cost)
		MigrationReport back = migrate("citest2", "citest1", counter.pid, MigrationListener.NONE);
		assertEquals(drover.protocol.Outcome.DONE, back.outcome, back.cause);
		assertFalse(back.pagesStreamed);
		assertTrue(back.memoryPagesBytes > 0 && back.bytesOnWire >= back.imageBytes());
		try (AgentConnection b = hosts.connect("citest2")) {
			assertTrue(b.migrations().stream().noneMatch(r -> r.kind == drover.protocol.RecordKind.CHECKPOINT && r.pid == counter.pid),
					"a migration's dump is not recorded as a checkpoint of its own");
		}
		assertRunsOnlyOn("citest1", counter, counter.assertConsecutive(counter.counter));
		try (AgentConnection a = hosts.connect("citest1")) {
			a.killTree(List.of(counter.pid));
		}
	}

	@Test
	@Order(2)
	void aPidTakenOnTheTargetIsRefusedBeforeAnythingIsFrozen() throws Exception {
		CounterProcess counter = startCounter("taken");
		assertEquals(counter.pid, hosts.takePid("citest2", counter.pid));
		int before = counter.assertKeepsCounting(3);
		MigrationReport report = migrate("citest1", "citest2", counter.pid, MigrationListener.NONE);
		assertEquals(drover.protocol.Outcome.REFUSED, report.outcome);
		assertEquals(Phase.PREFLIGHT, report.failedPhase);
		assertTrue(report.cause.contains("PID " + counter.pid + " is taken on citest2"), report.cause);
		assertTrue(report.rollback.contains("Nothing was frozen"), report.rollback);
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(3)
	void aRestoreThatFailsOnTheTargetRollsBackToTheSource() throws Exception {
		CounterProcess counter = startCounter("restorefail");
		int before = counter.assertKeepsCounting(3);
		MigrationReport report = migrate("citest1", "citest3", counter.pid, (phase, message) -> {
			if (phase == Phase.RESTORE) {
				try { // after the pre-flight said the PID was free: someone takes it meanwhile
					hosts.takePid("citest3", counter.pid);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		});
		assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
		assertEquals(Phase.RESTORE, report.failedPhase);
		assertTrue(report.cause.contains("PID " + counter.pid + " is taken on citest3")
				|| report.cause.contains("PID " + counter.pid + " is already in use"), report.cause);
		assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(4)
	void badInputGetsAClearErrorAndLosesNothing() throws Exception {
		CounterProcess counter = startCounter("badinput");
		int before = counter.assertKeepsCounting(3);
		MigrationReport unknown = migrate("citest1", "citest2", 77777, MigrationListener.NONE);
		assertEquals(drover.protocol.Outcome.REFUSED, unknown.outcome);
		assertTrue(unknown.cause.contains("There is no process 77777 on citest1"), unknown.cause);
		MigrationReport init = migrate("citest1", "citest2", 1, MigrationListener.NONE);
		assertTrue(init.cause.contains("init process"), init.cause);
		int agentPid;
		try (AgentConnection a = hosts.connect("citest1")) { // the agent as its own host sees it
			agentPid = a.inventory().processes().stream().filter(p -> p.name().equals("java") && String.join(" ",
					p.commandLine()).contains("--name citest1 --listen")).findFirst().orElseThrow().pid();
		}
		MigrationReport agent = migrate("citest1", "citest2", agentPid, MigrationListener.NONE);
		assertTrue(agent.cause.contains("is the Drover agent"), agent.cause);
		try (AgentConnection a = hosts.connect("citest1")) {
			var e = org.junit.jupiter.api.Assertions.assertThrows(drover.core.AgentException.class, () -> a.restore("../../etc"));
			assertEquals("bad-image-name", e.code());
		}
		String err = DemoHostsCli.err("migrate", "citest1", Integer.toString(counter.pid), "nowhere");
		assertTrue(err.contains("Unknown host 'nowhere'"), err);
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(5)
	void aProcessCriuCannotMoveIsRefusedWithTheTrueReason() throws Exception {
		try (ServerSocket peer = new ServerSocket(0, 5, InetAddress.getByName("10.213.7.1"));
				AgentConnection a = hosts.connect("citest1")) {
			int pid = a.spawn(List.of("bash", "-c", "exec 3<>/dev/tcp/10.213.7.1/" + peer.getLocalPort() + "; sleep 100000")).pid();
			try (Socket accepted = peer.accept()) {
				MigrationReport report = migrate("citest1", "citest2", pid, MigrationListener.NONE);
				assertEquals(drover.protocol.Outcome.REFUSED, report.outcome);
				assertTrue(report.cause.contains("TCP connection to a peer off this host"), report.cause);
				assertTrue(a.inventory().processes().stream().anyMatch(p -> p.pid() == pid && p.state().startsWith("S")),
						"left running");
			} finally {
				a.killTree(List.of(pid));
			}
		}
	}

	@Test
	@Order(6)
	void theLinkCutDuringTheTransferRollsBack() throws Exception {
		CounterProcess counter = startCounter("linkcut");
		int before = counter.assertKeepsCounting(3);
		String veth = "dv42-h"; // the bridge side of citest2's link (demo index 40 + 2)
		try {
			MigrationReport report = migrate("citest1", "citest2", counter.pid, (phase, message) -> {
				if (phase == Phase.TRANSFER) {
					link(veth, "down");
				}
			});
			assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
			assertEquals(Phase.TRANSFER, report.failedPhase);
			assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		} finally {
			link(veth, "up");
		}
		awaitReachable("citest2");
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(7)
	void aFullTargetDiskDuringTheTransferRollsBack() throws Exception {
		CounterProcess counter = startCounter("diskfull");
		int before = counter.assertKeepsCounting(3);
		Path images = hosts.demoDir().resolve("citest2").resolve("images");
		Files.createDirectories(images);
		Path filler = images.resolve("filler");
		// pre-flight sees room; then, as the transfer starts, the target's disk fills up (a tmpfs inside citest2)
		hosts.exec("citest2", "mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", images.toString());
		try {
			MigrationReport report = migrate("citest1", "citest2", counter.pid, (phase, message) -> {
				if (phase == Phase.TRANSFER) {
					try {
						hosts.exec("citest2", "sh", "-c", "dd if=/dev/zero of=" + filler + " bs=1M 2>/dev/null; true");
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}
			});
			assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
			assertEquals(Phase.TRANSFER, report.failedPhase);
			assertTrue(report.cause.contains("No space left") || report.cause.contains("disk is full")
					|| report.cause.contains("Free disk space on the target"), report.cause);
		} finally {
			hosts.exec("citest2", "umount", images.toString());
		}
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(20) // last: citest3 stays down with its agent
	void theTargetAgentKilledDuringTheTransferRollsBack() throws Exception {
		CounterProcess counter = startCounter("agentkilled");
		int before = counter.assertKeepsCounting(3);
		long targetAgent = hosts.agentPid("citest3");
		MigrationReport report = migrate("citest1", "citest3", counter.pid, (phase, message) -> {
			if (phase == Phase.TRANSFER) {
				ProcessHandle.of(targetAgent).ifPresent(ProcessHandle::destroyForcibly);
			}
		});
		assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
		assertEquals(Phase.TRANSFER, report.failedPhase);
		assertNotNull(report.rollback);
		assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		for (String host : List.of("citest1", "citest2")) { // citest3 went down with its agent
			assertEquals(host.equals("citest1"), runsOn(hosts, host, counter.pid, counter.marker), host);
		}
		counter.assertKeepsCounting(before);
		assertFalse(ProcessHandle.of(targetAgent).map(ProcessHandle::isAlive).orElse(false));
	}

	@Test
	@Order(9)
	void postCopyMovesAProcessWhoseMemoryFollowsIt() throws Exception {
		CounterProcess counter = ballastCounter("postcopy", 96);
		int before = counter.assertKeepsCounting(5);
		List<Phase> seen = new ArrayList<>();
		MigrationReport report;
		try (AgentConnection source = hosts.connect("citest1"); AgentConnection target = hosts.connect("citest2")) {
			report = new MigrationRunner(source, target, hosts.client.pins(), (phase, message) -> seen.add(phase))
					.postCopy(true).migrate(counter.pid, false);
		}
		assertEquals(drover.protocol.Outcome.DONE, report.outcome, report.cause);
		assertEquals(drover.protocol.MigrationMode.POST_COPY, report.mode);
		assertEquals(List.of(Phase.PREFLIGHT, Phase.DUMP, Phase.TRANSFER, Phase.VERIFY, Phase.RESTORE, Phase.CONFIRM,
				Phase.POSTCOPY, Phase.CLEANUP, Phase.DONE), seen);
		// the pages came after the restore: the image sent during the freeze held none of the 96 MB
		assertTrue(report.otherImageBytes < (16 << 20), "image sent while frozen: " + report.otherImageBytes);
		assertTrue(report.memoryPagesBytes > (80 << 20), "memory that followed: " + report.memoryPagesBytes);
		assertRunsOnlyOn("citest2", counter, before); // counting on, every page checked against its mark
		int after = counter.assertKeepsCounting(counter.assertConsecutive(counter.counter) + 40); // a full sweep
		counter.assertMemoryIntact();
		assertRecordSurvivesXmi(report);
		try (AgentConnection b = hosts.connect("citest2")) {
			assertTrue(b.history().stream().anyMatch(e -> e.path("operation").asText().equals("lazy-wait")
					&& e.path("ok").asBoolean()), "the target's audit log has the fetch of the memory");
		}
		// and back with the CLI: drover migrate --post-copy --json
		var back = drover.protocol.Json.newMapper().readTree(DemoHosts.cli("migrate", "citest2", Integer.toString(counter.pid),
				"citest1", "--post-copy", "--json"));
		assertEquals("DONE", back.path("outcome").asText(), back.path("cause").asText());
		assertEquals("post-copy", back.path("mode").asText());
		assertTrue(back.path("memoryPagesBytes").asLong() > (80 << 20), back.toString());
		assertRunsOnlyOn("citest1", counter, after);
		counter.assertMemoryIntact();
		try (AgentConnection a = hosts.connect("citest1")) {
			a.killTree(List.of(counter.pid));
		}
	}

	@Test
	@Order(10)
	void thePageFetcherDyingAfterAPostCopyRestoreRollsBackToTheSource() throws Exception {
		CounterProcess counter = ballastCounter("fetcherdies", 384);
		int before = counter.assertKeepsCounting(3);
		MigrationReport report;
		long targetAgent = hosts.agentPid("citest2");
		int[] held = { -1 };
		report = migratePostCopy(counter, (phase, message) -> {
			if (phase == Phase.POSTCOPY) { // the process runs on citest2, most of its memory still on citest1
				held[0] = userfaultfds(targetAgent);
				killMatching("criu lazy-pages --page-server");
			}
		});
		// citest2's agent held the copy's userfaultfds, so its faults waited instead of reading zeros; let go after
		assertTrue(held[0] >= 1, "userfaultfds held by citest2's agent while the memory followed: " + held[0]);
		assertEquals(0, userfaultfds(targetAgent), "citest2's agent let go of the userfaultfds");
		assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
		assertEquals(Phase.POSTCOPY, report.failedPhase);
		assertTrue(report.cause.contains("lazy-pages daemon") || report.cause.contains("no memory page arrived"), report.cause);
		assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		assertRunsOnlyOn("citest1", counter, before); // from the freeze, its memory intact
		// neither copy ever ran on memory that was not its own (the target's copy had pages still missing)
		counter.assertMemoryIntact();
	}

	@Test
	@Order(11)
	void theSourcesPageServerDyingAfterAPostCopyRestoreRollsBackToTheSource() throws Exception {
		CounterProcess counter = ballastCounter("serverdies", 384);
		int before = counter.assertKeepsCounting(3);
		MigrationReport report;
		report = migratePostCopy(counter, (phase, message) -> {
			if (phase == Phase.POSTCOPY) {
				killMatching("dump -t " + counter.pid + " ");
			}
		});
		assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
		assertEquals(Phase.POSTCOPY, report.failedPhase);
		assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		assertRunsOnlyOn("citest1", counter, before);
	}

	@Test
	@Order(12)
	void theLinkCutAfterAPostCopyRestoreRollsBackToTheSource() throws Exception {
		CounterProcess counter = ballastCounter("postcopycut", 384);
		int before = counter.assertKeepsCounting(3);
		String veth = "dv42-h"; // citest2's side of the bridge: the console and citest1 both lose it
		MigrationReport report;
		Thread back = new Thread(() -> { // the link comes back after a while (a switch restarting, a cable swapped)
			try {
				Thread.sleep(8_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			link(veth, "up");
		});
		try {
			report = migratePostCopy(counter, (phase, message) -> {
				if (phase == Phase.POSTCOPY && !back.isAlive() && back.getState() == Thread.State.NEW) {
					link(veth, "down"); // it runs on citest2 now, most of its memory still on citest1
					back.start();
				}
			});
		} finally {
			back.join();
			link(veth, "up");
		}
		assertEquals(drover.protocol.Outcome.FAILED, report.outcome);
		assertEquals(Phase.POSTCOPY, report.failedPhase);
		assertTrue(report.cause.contains("the link to it or the node is down"), report.cause);
		// nobody could tell citest2: the source was held frozen, its pages cut off, and citest2 asked again once
		// back; its agent had stopped the copy whose memory stopped arriving, so the source resumed
		assertTrue(report.rollback.contains("resumed PID " + counter.pid + " on citest1"), report.rollback);
		awaitReachable("citest2");
		long deadline = System.currentTimeMillis() + 60_000;
		while (runsOn(hosts, "citest2", counter.pid, counter.marker) && System.currentTimeMillis() < deadline) {
			Thread.sleep(500);
		}
		assertRunsOnlyOn("citest1", counter, before);
		try (AgentConnection b = hosts.connect("citest2")) {
			// its memory stopped coming: the link back carried the source's close, or nothing at all for 15 s
			// its memory stopped coming (its own agent stopped it), or the source, told it was still fetching, had it stopped
			assertTrue(b.history().stream().anyMatch(e -> e.path("args").toString().contains(report.id)
					&& (e.path("operation").asText().equals("post-copy-stop") || e.path("operation").asText().equals("migration-abort")
							&& e.path("result").asText().contains("stopped the copy"))),
					"citest2's agent says why its copy stopped: " + b.history());
		}
	}

	/** How many userfaultfds process {@code pid} holds (its descriptors, as the machine's root sees them). */
	static int userfaultfds(long pid) {
		try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			return (int) fds.filter(fd -> {
				try {
					return Files.readSymbolicLink(fd).toString().contains("userfaultfd");
				} catch (IOException e) {
					return false;
				}
			}).count();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	@Order(13)
	void aRestoreWhoseAnswerIsLostLeavesTheSourceFrozenForTheOperator() throws Exception {
		CounterProcess counter = startCounter("restorelost");
		int before = counter.assertKeepsCounting(3);
		String veth = "dv42-h";
		MigrationReport report;
		try {
			report = migrate("citest1", "citest2", counter.pid, (phase, message) -> {
				if (phase == Phase.RESTORE) { // the restore request cannot reach citest2: did it restore or not?
					link(veth, "down");
				}
			});
		} finally {
			link(veth, "up");
		}
		// nobody could tell whether citest2 restored it: held frozen (a runner without an owning agent stops asking)
		assertEquals(drover.protocol.Outcome.HELD, report.outcome);
		assertEquals(Phase.RESTORE, report.failedPhase);
		assertTrue(report.rollback.contains("stays frozen on citest1"), report.rollback);
		String advice = "drover resume citest1 " + String.join(" ", report.pids.stream().map(String::valueOf).toList()) + " --force";
		assertTrue(report.rollback.contains(advice), report.rollback);
		awaitReachable("citest2");
		assertFalse(runsOn(hosts, "citest2", counter.pid, counter.marker), "not on citest2");
		try (AgentConnection a = hosts.connect("citest1")) {
			assertTrue(a.inventory().processes().stream().anyMatch(p -> p.pid() == counter.pid && p.state().startsWith("T")),
					"held frozen on citest1");
		}
		// the operator checked citest2 and follows the advice
		DemoHosts.cli(advice.substring("drover ".length()).split(" "));
		assertRunsOnlyOn("citest1", counter, before);
	}

	/** SIGKILL to the processes (seen from the machine's root PID namespace) whose command line has {@code text}. */
	static void killMatching(String text) {
		try {
			DemoHosts.run("pkill", "-9", "-f", text);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The cost record goes into the EMF model and saves to XMI and loads back equal. */
	static void assertRecordSurvivesXmi(MigrationReport report) throws IOException {
		drover.model.Cluster cluster = drover.model.DroverFactory.eINSTANCE.createCluster();
		drover.model.Migration m = drover.core.migration.MigrationRecords.addTo(cluster, report);
		assertEquals(report.downtimeMillis, m.getDowntimeMillis());
		assertEquals(report.phases.size(), m.getPhaseCosts().size());
		assertEquals(report.memoryPagesBytes, m.getImage().getMemoryPagesSize());
		var set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
				new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
		set.getPackageRegistry().put(drover.model.DroverPackage.eNS_URI, drover.model.DroverPackage.eINSTANCE);
		var uri = org.eclipse.emf.common.util.URI.createFileURI(files.resolve(report.id + ".xmi").toString());
		var resource = set.createResource(uri);
		resource.getContents().add(cluster);
		resource.save(null);
		var loaded = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		loaded.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
				new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
		loaded.getPackageRegistry().put(drover.model.DroverPackage.eNS_URI, drover.model.DroverPackage.eINSTANCE);
		var back = loaded.getResource(uri, true).getContents().get(0);
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(cluster, back), "the record loads back equal");
	}

	/** A counter started on citest1, where every test begins. */
	static CounterProcess startCounter(String name) throws IOException {
		try (AgentConnection a = hosts.connect("citest1")) {
			return new CounterProcess(a, files, name);
		}
	}

	/** Post-copy from citest1 to citest2, {@code listener} seeing the phases (faults go in there). */
	static MigrationReport migratePostCopy(CounterProcess counter, MigrationListener listener) throws IOException {
		try (AgentConnection source = hosts.connect("citest1"); AgentConnection target = hosts.connect("citest2")) {
			return new MigrationRunner(source, target, hosts.client.pins(), listener).postCopy(true).migrate(counter.pid, false);
		}
	}

	/** A counter on citest1 holding {@code mb} of memory whose pages it checks (see CounterProcess). */
	static CounterProcess ballastCounter(String name, int mb) throws IOException {
		try (AgentConnection a = hosts.connect("citest1")) {
			return new CounterProcess(a, files, name, mb);
		}
	}

	static void link(String veth, String state) {
		try {
			DemoHosts.run("ip", "link", "set", veth, state);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** After a link comes back up, the bridge may take a moment to forward again (neighbour entries, port state). */
	static void awaitReachable(String host) throws Exception {
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
}

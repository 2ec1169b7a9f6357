package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.protocol.CheckpointResult;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;

/**
 * The image library on a real demo cluster: an image restored on another host later ({@code restore --from}), a
 * host that reboots and gets its checkpointed process back from its disk, a quota that refuses a checkpoint, and
 * images that must not linger (a finished migration's, one past the retention) removed by the agent on its own.
 * The agents run with a 64 MB quota, a 120 s retention (longer than a reboot of a loaded host takes, which the
 * reboot test's image must outlive), a sweep every 2 s and their migrations' memory pages always
 * compressed on the wire (the link here is too fast for the automatic choice to compress).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageLibraryTest {

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.agent.imageQuota=64M -Ddrover.agent.imageRetention=120s"
				+ " -Ddrover.agent.imageSweepSeconds=2 -Ddrover.agent.wireCompression=always");
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

	/** Processes on citest1 get PIDs far above the agent's threads, which a reboot starts again from the bottom. */
	static void pidsFromHigh(String host) throws Exception {
		hosts.exec(host, "sh", "-c", "echo 250000 > /proc/sys/kernel/ns_last_pid");
	}

	@Test
	@Order(1)
	void checkpointOnOneHostRestoreOnAnotherLater() throws Exception {
		pidsFromHigh("citest1");
		CounterProcess counter;
		CheckpointResult image;
		try (AgentConnection a = hosts.connect("citest1")) {
			counter = new CounterProcess(a, files, "later");
			counter.assertKeepsCounting(3);
			image = a.checkpoint(counter.pid, null, "kill");
		}
		int stopped = counter.assertConsecutive(counter.counter);
		Thread.sleep(1500);
		assertEquals(stopped, counter.assertConsecutive(counter.counter), "nothing counts while it is an image");

		// refused at pre-flight on the target, before anything is copied: its PID is taken there
		// (ns_last_pid goes far away at once, or the target agent's next threads would take the tree's other PIDs)
		int taker = Integer.parseInt(hosts.exec("citest2", "sh", "-c", "echo " + (counter.pid - 1) + " > /proc/sys/kernel/ns_last_pid;"
				+ " sleep 100000 >/dev/null 2>&1 & echo $!; echo 290000 > /proc/sys/kernel/ns_last_pid").trim());
		assertEquals(counter.pid, taker);
		String refused = DemoHostsCli.err("restore", "citest2", image.image().name(), "--from", "citest1");
		assertTrue(refused.contains("cannot be restored on citest2") && refused.contains("PID " + counter.pid + " is taken"), refused);
		try (AgentConnection b = hosts.connect("citest2")) {
			assertTrue(b.images().isEmpty(), "nothing was copied");
			b.killTree(List.of(taker));
		}
		Thread.sleep(300);

		String out = DemoHosts.cli("restore", "citest2", image.image().name(), "--from", "citest1");
		assertTrue(out.contains("SHA-256 of each file matches") && out.contains("PID " + counter.pid + " runs again"), out);
		counter.assertKeepsCounting(stopped);
		assertTrue(MigrationTest.runsOn(hosts, "citest2", counter.pid, counter.marker), "it runs on citest2");
		try (AgentConnection a = hosts.connect("citest1"); AgentConnection b = hosts.connect("citest2")) {
			assertTrue(a.images().stream().anyMatch(i -> i.name().equals(image.image().name())), "the image stays on citest1");
			assertTrue(b.images().isEmpty(), "the copy on citest2 was removed after the restore");
			assertTrue(b.history().stream().anyMatch(e -> e.path("operation").asText().equals("receive-image")
					&& e.path("ok").asBoolean()), "citest2's audit log has the copy");
			b.killTree(List.of(counter.pid));
			a.deleteImage(image.image().name());
		}
	}

	@Test
	@Order(2)
	void aRebootedHostGetsItsCheckpointedCounterBackFromItsDisk() throws Exception {
		pidsFromHigh("citest1");
		CounterProcess counter;
		CheckpointResult image;
		try (AgentConnection a = hosts.connect("citest1")) {
			counter = new CounterProcess(a, files, "reboot", 8); // 8 MB of heap, every page marked and checked
			counter.assertKeepsCounting(3);
			image = a.checkpoint(counter.pid, null, "kill");
		}
		int stopped = counter.assertConsecutive(counter.counter);
		long agentBefore = hosts.agentPid("citest1");
		String out = DemoHosts.cli("demo", "reboot", "citest1");
		assertTrue(out.contains("powered off") && out.contains("booted again"), out);
		assertTrue(hosts.agentPid("citest1") != agentBefore, "a new agent runs");
		try (AgentConnection a = hosts.connect("citest1")) {
			assertTrue(a.inventory().processes().stream().noneMatch(p -> String.join(" ", p.commandLine())
					.contains(counter.marker.toString())), "nothing of before the reboot runs");
			assertTrue(a.images().stream().anyMatch(i -> i.name().equals(image.image().name())), "the image survived the reboot");
		}
		out = DemoHosts.cli("restore", "citest1", image.image().name());
		assertTrue(out.contains("PID " + counter.pid + " runs again"), out);
		counter.assertKeepsCounting(stopped); // consecutive numbers from where it stopped
		counter.assertMemoryIntact();
		try (AgentConnection a = hosts.connect("citest1")) {
			a.killTree(List.of(counter.pid));
			a.deleteImage(image.image().name());
		}
	}

	@Test
	@Order(3)
	void aCheckpointPastTheQuotaIsRefusedBeforeAnythingIsWritten() throws Exception {
		try (AgentConnection a = hosts.connect("citest1")) {
			List<String> before = a.images().stream().map(i -> i.name()).toList();
			CounterProcess big = new CounterProcess(a, files, "big", 96);
			big.assertKeepsCounting(2);
			AgentException e = assertThrows(AgentException.class, () -> a.checkpoint(big.pid, null, "kill"));
			assertEquals("no-space", e.code());
			assertTrue(e.getMessage().contains("past their quota") && e.getMessage().contains("of 64 MB"), e.getMessage());
			big.assertKeepsCounting(big.assertConsecutive(big.counter)); // untouched, still counting
			assertEquals(before, a.images().stream().map(i -> i.name()).toList(), "nothing was written");
			a.killTree(List.of(big.pid));
		}
	}

	@Test
	@Order(4)
	void imagesThatMustNotLingerAreRemovedByTheAgent() throws Exception {
		try (AgentConnection a = hosts.connect("citest1")) {
			int sleeper = a.spawn(List.of("sleep", "100000")).pid();
			// an image a migration left behind (its clean-up could not reach this host), then its final record arrives
			a.checkpoint(sleeper, "mig-citest1-" + sleeper + "-1", "kill");
			int other = a.spawn(List.of("sleep", "100000")).pid();
			long keptAt = System.currentTimeMillis();
			a.checkpoint(other, "kept-for-now", "kill");
			MigrationReport ended = new MigrationReport();
			ended.id = "mig-citest1-" + sleeper + "-1";
			ended.source = "citest1";
			ended.target = "citest2";
			ended.pid = sleeper;
			ended.outcome = Outcome.FAILED;
			a.recordMigration(ended);
			awaitImages(a, names -> !names.contains(ended.id), 15_000, "the finished migration's image goes");
			assertTrue(a.images().stream().anyMatch(i -> i.name().equals("kept-for-now")), "an image within the retention stays");
			assertTrue(a.history().stream().anyMatch(e -> e.path("operation").asText().equals("image-sweep")
					&& e.path("result").asText().contains("its migration has ended")), "the audit log says why it went");
			awaitImages(a, names -> !names.contains("kept-for-now"), 150_000, "an image past the retention goes");
			assertTrue(System.currentTimeMillis() - keptAt >= 120_000, "not before the retention of 120 s");
		}
	}

	@Test
	@Order(5)
	void aMigrationWhosePagesGoCompressedOverTheWireArrivesWhole() throws Exception {
		pidsFromHigh("citest1");
		CounterProcess counter;
		try (AgentConnection a = hosts.connect("citest1")) {
			counter = new CounterProcess(a, files, "wire", 16);
		}
		int before = counter.assertKeepsCounting(3);
		MigrationReport report;
		try (AgentConnection a = hosts.connect("citest1"); AgentConnection b = hosts.connect("citest2")) {
			report = new drover.core.migration.MigrationRunner(a, b, hosts.client.pins(), drover.core.migration.MigrationListener.NONE)
					.streamPagesFrom(Long.MAX_VALUE).migrate(counter.pid, true);
			assertEquals(Outcome.DONE, report.outcome, report.cause);
			assertTrue(report.bytesOnWire * 2 < report.imageBytes(), "sent " + report.bytesOnWire + " of " + report.imageBytes());
			String push = a.history().stream().filter(e -> e.path("operation").asText().equals("push-image")
					&& e.path("ok").asBoolean()).reduce((x, y) -> y).orElseThrow().path("result").asText();
			assertTrue(push.contains("memory pages zstd level 1"), push);
			System.out.println("migration with compressed pages: " + push + "; image " + report.imageBytes() + " bytes");
			assertTrue(b.images().isEmpty() && a.images().stream().noneMatch(i -> i.name().equals(report.id)), "no image lingers");
		}
		counter.assertKeepsCounting(before);
		counter.assertMemoryIntact();
		assertTrue(MigrationTest.runsOn(hosts, "citest2", counter.pid, counter.marker));
		try (AgentConnection b = hosts.connect("citest2")) {
			b.killTree(List.of(counter.pid));
		}
	}

	@Test
	@Order(6)
	void schedulesFromTheCli() throws Exception {
		int pid;
		try (AgentConnection b = hosts.connect("citest2")) {
			pid = b.spawn(List.of("sleep", "100000")).pid();
		}
		String made = DemoHosts.cli("schedule", "checkpoint", "citest2", Integer.toString(pid), "--every", "1s", "--keep", "1",
				"--leave-running");
		assertTrue(made.contains("checkpointed every 1s, the newest 1 images kept, the process left running"), made);
		String id = made.substring("Schedule ".length(), made.indexOf(' ', "Schedule ".length()));
		try (AgentConnection b = hosts.connect("citest2")) {
			awaitImages(b, names -> names.stream().anyMatch(n -> n.startsWith(id + "-")), 15_000, "a scheduled checkpoint");
			String listed = DemoHosts.cli("schedules", "citest2");
			assertTrue(listed.contains(id) && listed.contains("leave-running"), listed);
			String cancelled = DemoHosts.cli("schedules", "cancel", "citest2", id);
			assertTrue(cancelled.contains("cancelled"), cancelled);
			assertTrue(DemoHosts.cli("schedules", "citest2").contains("No checkpoint schedules"), "none left");
			assertTrue(b.images().stream().filter(i -> i.name().startsWith(id + "-")).count() == 1, "it kept 1");
			b.killTree(List.of(pid));
		}
	}

	private static void awaitImages(AgentConnection a, java.util.function.Predicate<List<String>> done, long millis, String what)
			throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		List<String> names = List.of();
		while (System.currentTimeMillis() < deadline) {
			names = a.images().stream().map(i -> i.name()).toList();
			if (done.test(names)) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError(what + ": images still " + names);
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.core.AgentConnection;
import drover.core.slurm.NodeState;
import drover.core.slurm.SlurmScheduler;
import drover.protocol.EvacuationRecord;
import drover.protocol.EvacuationRecord.StepOutcome;
import drover.protocol.Json;

/**
 * An evacuation of a host that is also a Slurm node, on a real Slurm cluster ({@link SlurmCluster}: munged,
 * slurmctld, a slurmd inside each demo host): the host's own agent drains the node before its first migration ends
 * (seen while that migration is held at its transfer), the process moves with its state, and the restore resumes
 * the node. The node's settings travel in the request from the operator's registry, as for a scheduled run.
 */
class EvacuationSlurmTest {

	static final List<String> HOSTS = List.of("citest1", "citest2");
	static final ObjectMapper JSON = Json.newMapper();

	@TempDir
	static Path home;
	@TempDir
	static Path slurmDir;
	@TempDir
	static Path files;
	static DemoHosts hosts;
	static SlurmCluster slurm;

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true");
		try {
			hosts = new DemoHosts(home, 2);
		} finally {
			System.clearProperty("drover.demo.agentOpts");
		}
		slurm = new SlurmCluster(hosts, slurmDir, HOSTS);
	}

	@AfterAll
	static void down() throws Exception {
		try {
			if (slurm != null) {
				slurm.close();
			}
		} finally {
			if (hosts != null) {
				hosts.close();
			}
		}
	}

	NodeState node(String host) {
		return new SlurmScheduler(java.util.Map.of(host, slurm.settings(host)), slurm.on(host)).state(host);
	}

	@Test
	void theEvacuationDrainsTheNodeBeforeItsFirstMigrationEndsAndTheRestoreResumesIt() throws Exception {
		DemoHosts.cli("hosts", "set", "citest1", "slurm.node=" + slurm.settings("citest1").node(), "slurm.conf=" + slurm.conf);
		CounterProcess counter = DurableMigrationTest.counterOnHosts(hosts, files, "citest1", "slurmjob", 0);
		int before = counter.assertKeepsCounting(3);
		assertFalse(node("citest1").drained() || node("citest1").draining(), node("citest1").summary());

		hosts.pauseAt("citest1", "TRANSFER", 8000);
		String id;
		try {
			String out = DemoHosts.cli("evacuate", "citest1", "--pid", Integer.toString(counter.pid), "--detach", "--json");
			id = JSON.readValue(out, EvacuationRecord.class).id;
			// while the only migration is held before its image crosses, the node is already drained
			EvacuationRecord running = awaitRecord(id, r -> r.results.stream().anyMatch(s -> s.outcome == StepOutcome.RUNNING), 30_000);
			NodeState during = node("citest1");
			assertTrue(during.drained() || during.draining(), "drained before the first migration ends: " + during.summary());
			assertTrue(during.reason().contains(id), during.reason());
			assertTrue(running.results.stream().noneMatch(s -> s.outcome == StepOutcome.MOVED), "nothing has moved yet");
		} finally {
			hosts.clearPauses("citest1");
		}
		EvacuationRecord done = awaitRecord(id, r -> r.state.isFinal(), 120_000);
		assertEquals(EvacuationRecord.State.DONE, done.state, done.cause);
		assertTrue(done.warnings.stream().noneMatch(w -> w.contains("cluster scheduler")), done.warnings.toString());
		EvacuationRecord.Result moved = done.results.stream().filter(r -> r.pid == counter.pid).findFirst().orElseThrow();
		assertEquals(StepOutcome.MOVED, moved.outcome, moved.cause);
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest2", counter, before);

		String restored = DemoHosts.cli("evacuate", "citest1", "--restore", "--json");
		EvacuationRecord restore = JSON.readValue(restored, EvacuationRecord.class);
		assertEquals(EvacuationRecord.State.DONE, restore.state, restore.cause);
		assertTrue(restore.warnings.stream().noneMatch(w -> w.contains("cluster scheduler")), restore.warnings.toString());
		NodeState after = node("citest1");
		assertFalse(after.drained() || after.draining(), "the restore resumed the node: " + after.summary());
		DurableMigrationTest.assertRunsOnlyOn(hosts, HOSTS, "citest1", counter, before);
	}

	static EvacuationRecord awaitRecord(String id, java.util.function.Predicate<EvacuationRecord> condition, long millis)
			throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		EvacuationRecord last = null;
		while (System.currentTimeMillis() < deadline) {
			try (AgentConnection a = hosts.connect("citest1")) {
				for (EvacuationRecord r : a.evacuations()) {
					if (r.id.equals(id)) {
						last = r;
					}
				}
			}
			if (last != null && condition.test(last)) {
				return last;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("evacuation " + id + " did not get there in " + millis + " ms; last: "
				+ (last == null ? "none" : JSON.writeValueAsString(last)));
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.core.AgentConnection;
import drover.protocol.ImageInfo;
import drover.protocol.RestoreResult;

/**
 * Periodic checkpoints run by a real agent with real CRIU: a schedule takes checkpoints on its own, keeps only its
 * newest two images, goes on after the agent restarts, stops when cancelled; an older of its images restores.
 */
class ScheduleTest {

	@TempDir
	Path dir;

	@Test
	void aScheduleCheckpointsOnItsOwnKeepsTheNewestSurvivesARestartAndAnOlderImageRestores() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			int pid;
			String id;
			try (AgentConnection c = agent.connect()) {
				pid = c.spawn(List.of("sleep", "100000")).pid();
				JsonNode s = c.request("schedule-checkpoint " + pid + " --every 2s --keep 2 --leave-running");
				id = s.path("id").asText();
				assertTrue(id.startsWith("sched-" + pid + "-"), s.toString());
				int runs = awaitRuns(c, id, 3, 20_000);
				assertTrue(runs >= 3);
				assertEquals(2, images(c, id).size(), "only the newest two stay: " + images(c, id));
				assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "left running");
			}
			// the agent restarts: the schedule goes on from its file
			agent.agent.close();
			agent.agent = Agent.start(AgentConfig.inStateDir("test-node", "127.0.0.1", 0, agent.stateDir, null));
			try (AgentConnection c = agent.connect()) {
				JsonNode listed = c.request("schedules");
				assertEquals(1, listed.size(), listed.toString());
				int before = listed.get(0).path("runs").asInt();
				String newestBefore = images(c, id).get(1).name();
				awaitRuns(c, id, before + 2, 15_000);
				List<ImageInfo> kept = images(c, id);
				assertEquals(2, kept.size(), kept.toString());
				assertTrue(kept.stream().noneMatch(i -> i.name().equals(newestBefore)), "newer images replaced the old ones");

				c.request("schedule-cancel " + id);
				int stoppedAt = c.request("schedules").size();
				assertEquals(0, stoppedAt, "cancelled");
				Thread.sleep(3000);
				assertEquals(kept.stream().map(ImageInfo::name).toList(), images(c, id).stream().map(ImageInfo::name).toList(),
						"no run after the cancel; its images stay");

				// back to the older of the two
				c.killTree(List.of(pid));
				while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					Thread.sleep(50);
				}
				RestoreResult restored = c.restore(kept.get(0).name());
				assertEquals(pid, restored.pid());
				assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the older image runs again");
				assertTrue(c.history().stream().anyMatch(e -> e.path("operation").asText().equals("schedule-prune")),
						"the audit log says which images the schedule removed");
				c.killTree(List.of(pid));
			}
		}
	}

	private static List<ImageInfo> images(AgentConnection c, String id) throws Exception {
		return c.images().stream().filter(i -> i.name().startsWith(id + "-"))
				.sorted((a, b) -> Long.compare(a.createdAt(), b.createdAt())).toList();
	}

	private static int awaitRuns(AgentConnection c, String id, int runs, long millis) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		int now = 0;
		while (System.currentTimeMillis() < deadline) {
			for (JsonNode s : c.request("schedules")) {
				if (s.path("id").asText().equals(id)) {
					now = s.path("runs").asInt();
					assertTrue(now == 0 || s.path("lastResult").asText().startsWith("image "), s.toString());
				}
			}
			if (now >= runs) {
				return now;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("schedule " + id + " ran " + now + " times, not " + runs);
	}
}

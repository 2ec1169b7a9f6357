package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.core.AgentConnection;
import drover.protocol.CheckpointResult;
import drover.protocol.RestoreResult;

/** Checkpoint now, restart later: the image survives the agent's own restart and the process goes on from it. */
class CheckpointRestoreTest {

	@TempDir
	Path dir;

	@Test
	void checkpointToDiskRestartTheAgentRestore() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir)) {
			CounterProcess counter;
			CheckpointResult checkpoint;
			try (AgentConnection connection = agent.connect()) {
				counter = new CounterProcess(connection, dir, "restart");
				counter.assertKeepsCounting(3);
				checkpoint = connection.checkpoint(counter.pid, null, "kill");
			}
			assertEquals("killed", checkpoint.treeState());
			assertTrue(checkpoint.image().memoryPagesSize() > 0 && checkpoint.stats().pagesWritten() > 0);
			assertFalse(ProcessHandle.of(counter.pid).map(ProcessHandle::isAlive).orElse(false), "the tree is gone");
			int atCheckpoint = counter.assertConsecutive(counter.counter);
			Thread.sleep(300);
			assertEquals(atCheckpoint, counter.assertConsecutive(counter.counter), "nothing counts while checkpointed");

			// the agent itself stops and starts again; its image library is on disk
			agent.agent.close();
			agent.agent = Agent.start(AgentConfig.inStateDir("test-node", "127.0.0.1", 0, agent.stateDir, null));
			try (AgentConnection connection = agent.connect()) {
				assertTrue(connection.images().stream().anyMatch(i -> i.name().equals(checkpoint.image().name())));
				RestoreResult restored = connection.restore(checkpoint.image().name());
				assertEquals(counter.pid, restored.pid(), "the process gets its PID back");
				counter.assertKeepsCounting(atCheckpoint);
				connection.killTree(List.of(counter.pid));
				var records = connection.migrations();
				assertTrue(records.stream().anyMatch(r -> r.kind == drover.protocol.RecordKind.CHECKPOINT && r.pid == counter.pid
						&& r.memoryPagesBytes > 0), "the checkpoint's cost record is kept");
				assertTrue(records.stream().anyMatch(r -> r.kind == drover.protocol.RecordKind.RESTORE && r.restoredPid == counter.pid),
						"the restore's cost record is kept");
				assertTrue(connection.history().stream().map(e -> e.path("operation").asText()).toList()
						.containsAll(List.of("spawn", "checkpoint", "restore", "kill-tree")), "the audit log tells the story");
			}
		}
	}
}

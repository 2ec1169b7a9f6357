package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.protocol.ErrorInfo;

/**
 * CRIU's time limit fires: a dump that never ends is killed after the agent's limit, the request answers with
 * that reason, and the process keeps running untouched. A CRIU that hangs cannot be had for real, so this is
 * the one mock here: a wrapper around the real CRIU whose {@code dump} sleeps (everything else is the real one).
 */
class CriuTimeLimitTest {

	@TempDir
	Path dir;

	@Test
	void aDumpThatNeverEndsIsKilledAtTheTimeLimitAndTheProcessRunsOn() throws Exception {
		Path criu;
		try (LocalAgent probe = new LocalAgent(dir.resolve("probe")); AgentConnection agent = probe.connect()) {
			criu = Path.of(agent.hello().criu().path());
		}
		Path wrapper = dir.resolve("criu-hanging-dump");
		Files.writeString(wrapper, "#!/bin/sh\n[ \"$1\" = dump ] && exec sleep 600\nexec " + criu + " \"$@\"\n");
		Files.setPosixFilePermissions(wrapper, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		System.setProperty("drover.timeout.criuSeconds", "3");
		try (LocalAgent hanging = new LocalAgent(dir.resolve("hanging"), wrapper); AgentConnection agent = hanging.connect()) {
			int pid = agent.spawn(List.of("sleep", "1000")).pid();
			AgentException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(AgentException.class,
					() -> agent.checkpoint(pid, "hangs", "stop")), "the request answers instead of waiting for CRIU");
			assertEquals(ErrorInfo.CRIU_FAILED, e.code(), e.getMessage());
			assertTrue(e.getMessage().contains("killed after its time limit of 3 s"), e.getMessage());
			String state = agent.inventory().processes().stream().filter(p -> p.pid() == pid).findFirst().orElseThrow().state();
			assertTrue(!state.startsWith("T") && !state.startsWith("Z"), "PID " + pid + " runs on: " + state);
			assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 600")),
					"the hanging CRIU was killed");
			agent.killTree(List.of(pid));
		} finally {
			System.clearProperty("drover.timeout.criuSeconds");
		}
	}
}

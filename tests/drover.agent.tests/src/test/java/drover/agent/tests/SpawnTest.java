package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.protocol.SpawnResult;

/** {@code spawn} starts a real detached process with clean stdio, and audits it. */
class SpawnTest {

	@TempDir
	Path dir;

	@Test
	void startsADetachedProcessWithCleanDescriptors() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection connection = agent.connect()) {
			SpawnResult result = connection.spawn(List.of("sh", "-c", "echo 'started, quoted arg'; exec sleep 600"));
			ProcessHandle process = ProcessHandle.of(result.pid()).orElseThrow();
			try {
				assertTrue(process.isAlive());
				String stat = Files.readString(Path.of("/proc", Integer.toString(result.pid()), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				assertEquals(Integer.toString(result.pid()), fields[3], "it leads its own session");
				assertTrue(process.info().commandLine().orElse("").contains("sleep 600"));
				List<String> fds;
				try (var list = Files.list(Path.of("/proc", Integer.toString(result.pid()), "fd"))) {
					fds = list.map(p -> p.getFileName().toString()).sorted().toList();
				}
				assertEquals(List.of("0", "1", "2"), fds, "no descriptor inherited from the agent");
				assertEquals("/dev/null", Files.readSymbolicLink(Path.of("/proc", Integer.toString(result.pid()), "fd", "0")).toString());
				assertEquals("started, quoted arg", Files.readString(Path.of(result.log())).trim());
				String audit = Files.readString(agent.stateDir.resolve("audit.jsonl"));
				assertTrue(audit.contains("\"operation\":\"spawn\"") && audit.contains("pid " + result.pid())
						&& audit.contains("\"user\":\"tester\"") && audit.contains("SHA256:"), audit);
			} finally {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void aCommandThatCannotRunIsReportedNotGivenAPid() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection connection = agent.connect()) {
			AgentException e = assertThrows(AgentException.class,
					() -> connection.spawn(List.of("/nonexistent/program", "x")));
			assertEquals("spawn-failed", e.code());
			assertTrue(e.getMessage().contains("exited at once"), e.getMessage());
			assertTrue(Files.readString(agent.stateDir.resolve("audit.jsonl")).contains("\"ok\":false"));
		}
	}
}

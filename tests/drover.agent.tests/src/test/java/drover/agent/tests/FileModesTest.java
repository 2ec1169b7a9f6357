package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.Agent;
import drover.agent.AgentConfig;
import drover.core.AgentConnection;
import drover.core.KeyToolkit;
import drover.protocol.CheckpointResult;

/**
 * File modes: the agent refuses to start with an authorized_keys or state directory others may write (and says the
 * command that fixes it); its state directory is 0700; the audit log, CRIU's image files and logs are 0600.
 */
class FileModesTest {

	@TempDir
	Path dir;

	static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	Path state(String keysMode, String stateMode) throws IOException {
		Path state = dir.resolve("state-" + keysMode + "-" + stateMode);
		Files.createDirectories(state);
		KeyToolkit.ensureKeyPair(dir.resolve("key"), "operator");
		Files.writeString(state.resolve("authorized_keys"), KeyToolkit.publicKeyLine(dir.resolve("key")) + "\n");
		Files.setPosixFilePermissions(state.resolve("authorized_keys"), PosixFilePermissions.fromString(keysMode));
		Files.setPosixFilePermissions(state, PosixFilePermissions.fromString(stateMode));
		return state;
	}

	@Test
	void theAgentRefusesAWorldWritableAuthorizedKeysOrGroupWritableStateDir() throws Exception {
		Path open = state("rw-rw-rw-", "rwx------");
		IOException keys = assertThrows(IOException.class,
				() -> Agent.start(AgentConfig.inStateDir("modes", "127.0.0.1", 0, open, null)).close());
		assertTrue(keys.getMessage().contains("writable by every local user") && keys.getMessage().contains("chmod go-w "
				+ open.resolve("authorized_keys")), keys.getMessage());
		Path group = state("rw-r--r--", "rwxrwx---");
		IOException dirError = assertThrows(IOException.class,
				() -> Agent.start(AgentConfig.inStateDir("modes", "127.0.0.1", 0, group, null)).close());
		assertTrue(dirError.getMessage().contains("writable by its group") && dirError.getMessage().contains("chmod go-w " + group),
				dirError.getMessage());
	}

	@Test
	void stateIsPrivateAndImagesAndLogsAreRootsAlone() throws Exception {
		Files.createDirectories(dir.resolve("agent"));
		Files.setPosixFilePermissions(dir.resolve("agent"), PosixFilePermissions.fromString("rwxr-xr-x"));
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection c = agent.connect()) {
			assertEquals("rwx------", mode(agent.stateDir), "the state directory is made 0700 at start");
			int pid = c.spawn(List.of("sleep", "100")).pid();
			CheckpointResult checkpoint = c.checkpoint(pid, "modes", "kill");
			Path image = agent.stateDir.resolve("images").resolve(checkpoint.image().name());
			assertEquals("rw-------", mode(agent.stateDir.resolve("audit.jsonl")));
			try (Stream<Path> files = Files.list(image)) {
				for (Path file : files.toList()) {
					assertEquals("rw-------", mode(file), file + " (CRIU's under umask 077, the metadata by the agent)");
				}
			}
			assertTrue(Files.exists(image.resolve("dump.log")), "CRIU's log is among them");
		}
	}

	/**
	 * A spawned command's log is 0600 from its first byte, and a command that writes without end does not fill the
	 * disk: past the cap (here 64 KB, swept every second) the log is rotated once (its last half-cap in NAME.1, 0600)
	 * and truncated, the command writing on at its new end.
	 */
	@Test
	void spawnedLogsArePrivateAndCapped() throws Exception {
		System.setProperty("drover.agent.logMaxBytes", Integer.toString(64 << 10));
		System.setProperty("drover.agent.imageSweepSeconds", "1");
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection c = agent.connect()) {
			// about 160 KB/s: numbered lines of 8 KB
			drover.protocol.SpawnResult spawned = c.spawn(List.of("bash", "-c", "pad=$(head -c 8000 /dev/zero | tr '\\0' x);"
					+ " i=0; while :; do i=$((i+1)); printf '%08d %s\\n' $i \"$pad\"; sleep 0.05; done"));
			Path log = Path.of(spawned.log());
			assertTrue(log.startsWith(agent.stateDir.resolve("spawned")), log.toString());
			assertEquals("rw-------", mode(log));
			Path older = log.resolveSibling(log.getFileName() + ".1");
			long deadline = System.currentTimeMillis() + 30_000;
			long lastLine = 0;
			long largest = 0;
			while (System.currentTimeMillis() < deadline && lastLine < 200) { // 200 lines: 1.6 MB written in all
				Thread.sleep(200);
				largest = Math.max(largest, Files.size(log));
				List<String> lines = Files.readAllLines(log).stream().filter(l -> l.length() > 8 && l.charAt(8) == ' ').toList();
				if (!lines.isEmpty()) {
					lastLine = Math.max(lastLine, Long.parseLong(lines.get(lines.size() - 1).substring(0, 8)));
				}
			}
			c.killTree(List.of(spawned.pid()));
			assertTrue(lastLine >= 200, "the command wrote on after its log was rotated: line " + lastLine);
			assertTrue(largest < 512 << 10, "the log stays near its cap of 64 KB (plus a second's output): " + largest + " bytes");
			assertTrue(Files.exists(older), "the rotated tail is kept");
			assertEquals("rw-------", mode(older));
			assertTrue(Files.size(older) <= 32 << 10, "NAME.1 holds the last half-cap: " + Files.size(older));
		} finally {
			System.clearProperty("drover.agent.logMaxBytes");
			System.clearProperty("drover.agent.imageSweepSeconds");
		}
	}
}

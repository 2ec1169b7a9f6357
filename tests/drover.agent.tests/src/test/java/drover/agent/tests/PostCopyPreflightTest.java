package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.protocol.Preflight;

/**
 * A target whose kernel cannot restore with the memory following (no userfaultfd with non-cooperative
 * events) is refused for post-copy at pre-flight, before anything is frozen. This machine's kernel has it, so
 * the missing feature is the one mock here: a wrapper around the real CRIU that fails only that feature check.
 */
class PostCopyPreflightTest {

	@TempDir
	Path dir;

	@Test
	void aTargetWithoutUserfaultfdIsRefusedForPostCopyOnly() throws Exception {
		int free = 99_000 + (int) (ProcessHandle.current().pid() % 900); // a PID nobody holds here
		Path criu;
		try (LocalAgent with = new LocalAgent(dir.resolve("with")); AgentConnection target = with.connect()) {
			criu = Path.of(target.hello().criu().path()); // the CRIU the agent finds here, as in production
			assertFalse(resources(target.preflightTarget(List.of(free), 0, 0, true)).contains("userfaultfd"),
					"this machine's kernel takes post-copy");
		}
		Path wrapper = dir.resolve("criu-without-uffd");
		Files.writeString(wrapper, "#!/bin/sh\n[ \"$1 $2 $3\" = \"check --feature uffd-noncoop\" ] && { echo 'uffd is not supported' >&2;"
				+ " exit 1; }\nexec " + criu + " \"$@\"\n");
		Files.setPosixFilePermissions(wrapper, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		try (LocalAgent without = new LocalAgent(dir.resolve("without"), wrapper); AgentConnection target = without.connect()) {
			assertTrue(target.hello().criu().checkOk(), "the wrapped CRIU passes 'criu check'");
			assertTrue(resources(target.preflightTarget(List.of(free), 0, 0, true)).contains("userfaultfd"),
					"post-copy refused where userfaultfd is missing");
			assertFalse(resources(target.preflightTarget(List.of(free), 0, 0, false)).contains("userfaultfd"),
					"stop-and-copy does not need it");
		}
	}

	private static Set<String> resources(Preflight preflight) {
		return Stream.of(preflight.verdicts().toArray(Preflight.Verdict[]::new))
				.filter(v -> v.severity().equals(Preflight.Verdict.ERROR)).map(Preflight.Verdict::resource).collect(Collectors.toSet());
	}
}

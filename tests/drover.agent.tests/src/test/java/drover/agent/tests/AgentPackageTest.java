package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node packages the build made (bundles/drover.agent/target/packages): what the .deb and the tarball hold,
 * the unit's hardening, and systemd's own verdict on the unit where systemd-analyze exists. Running the unit
 * under a real systemd is not possible here (the machine's PID 1 is not systemd); AgentInstallTest runs the
 * package's launcher on a node without systemd.
 */
class AgentPackageTest {

	@TempDir
	Path dir;

	static Path packages() {
		return Path.of(System.getProperty("drover.agent.jar")).toAbsolutePath().getParent().resolve("packages");
	}

	static String run(Path cwd, String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
		assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
		return out;
	}

	static Path only(String glob) throws IOException {
		try (Stream<Path> files = Files.list(packages())) {
			List<Path> found = files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName())).toList();
			assertEquals(1, found.size(), glob + " in " + packages() + ": " + found);
			return found.get(0);
		}
	}

	@Test
	void theTarballHoldsTheLauncherTheJarTheCriuWrapperAndTheUnit() throws Exception {
		Path tarball = only("drover-agent-*.tar.gz");
		run(dir, "tar", "-xzf", tarball.toString());
		Path root;
		try (Stream<Path> top = Files.list(dir)) {
			root = top.findFirst().orElseThrow();
		}
		for (String file : List.of("bin/drover-agent", "lib/drover-agent/criu")) {
			assertTrue(Files.isExecutable(root.resolve(file)), file);
		}
		assertTrue(Files.size(root.resolve("lib/drover-agent/drover-agent.jar")) > 1_000_000, "the shaded jar");
		String unit = Files.readString(root.resolve("systemd/drover-agent.service"));
		assertTrue(unit.contains("ExecStart=/opt/drover-agent/bin/drover-agent\n"), "the tarball's unit starts it from /opt: " + unit);
		// the launcher runs the jar it sits beside: its version, on a Java 21+ it found by itself
		assertEquals("0.1.0", run(dir, root.resolve("bin/drover-agent").toString(), "--version").strip());
	}

	@Test
	void theDebianPackageInstallsTheHardenedUnitAndSystemdAcceptsIt() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg-deb")), "no dpkg-deb: the build made only the tarball");
		Path deb = only("drover-agent_*_all.deb");
		String control = run(dir, "dpkg-deb", "-f", deb.toString(), "Package", "Version", "Architecture");
		assertTrue(control.contains("Package: drover-agent") && control.contains("Version: 0.1.0~SNAPSHOT")
				&& control.contains("Architecture: all"), control);
		String listing = run(dir, "dpkg-deb", "-c", deb.toString());
		for (String file : List.of("./usr/bin/drover-agent", "./usr/lib/drover-agent/drover-agent.jar", "./usr/lib/drover-agent/criu",
				"./lib/systemd/system/drover-agent.service", "./etc/default/drover-agent")) {
			assertTrue(listing.contains(" " + file + "\n"), file + " in " + listing);
		}
		assertTrue(listing.lines().allMatch(l -> l.contains(" root/root ")), "owned by root: " + listing);
		Path root = dir.resolve("root");
		run(dir, "dpkg-deb", "-x", deb.toString(), root.toString());
		Path unitFile = root.resolve("lib/systemd/system/drover-agent.service");
		String unit = Files.readString(unitFile);
		for (String line : List.of("ExecStart=/usr/bin/drover-agent", "StateDirectory=drover-agent", "StateDirectoryMode=0700",
				"UMask=0077",
				"ProtectSystem=strict", "ReadWritePaths=/tmp", "KillMode=process", "Restart=on-failure", "StandardOutput=journal")) {
			assertTrue(unit.lines().anyMatch(line::equals), line + " in the unit");
		}
		for (String inherited : List.of("NoNewPrivileges=", "CapabilityBoundingSet=", "SystemCallFilter=", "MemoryMax=",
				"PrivateTmp=yes")) {
			assertTrue(unit.lines().noneMatch(l -> l.startsWith(inherited)), "restored processes would inherit " + inherited);
		}
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "no systemd-analyze to verify the unit");
		// systemd's own parser, in the unpacked package as root, with the targets the unit names
		Path units = root.resolve("lib/systemd/system");
		for (String target : List.of("multi-user.target", "network-online.target", "sysinit.target", "basic.target", "shutdown.target")) {
			Path from = Path.of("/lib/systemd/system", target);
			if (Files.exists(from)) {
				Files.copy(from, units.resolve(target));
			}
		}
		String verdict = run(dir, "systemd-analyze", "verify", "--man=no", "--root=" + root, unitFile.toString());
		assertEquals("", verdict.strip(), "systemd-analyze has nothing to say about the unit");
	}
}

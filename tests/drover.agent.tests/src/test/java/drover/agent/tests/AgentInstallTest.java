package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.cli.DroverCli;
import drover.core.DroverHome;
import drover.core.KeyToolkit;

/**
 * {@code drover agent install} onto a node reached through a real OpenSSH server (Debian's sshd, run as the
 * only service of a simulated host: its own network, PID and mount namespaces, no systemd), with the system
 * {@code ssh} and {@code scp} and an operator's ssh config. The agent must then run from the package and answer
 * {@code drover ps}; installing again must change nothing but the agent's process.
 * <p>
 * The simulated host shares the machine's file system (as nodes on shared storage do), so the package really is
 * installed on this machine: the test runs only where no drover-agent state exists yet, and purges what it
 * installed at the end.
 */
class AgentInstallTest {

	static final Path PACKAGE_STATE = Path.of("/var/lib/drover-agent");
	static final String NODE = "citestnode";

	@TempDir
	Path dir;

	record Run(int exit, String out, String err) {
		String all() {
			return out + err;
		}
	}

	static Run drover(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, out, new PrintWriter(err, true));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " hangs");
		assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
		return out;
	}

	@Test
	void installOverOpenSshRunsTheAgentFromThePackageAndAgainChangesNothingButItsProcess() throws Exception {
		assumeTrue("root".equals(System.getProperty("user.name")), "simulated hosts need root");
		assumeTrue(Files.isExecutable(Path.of("/usr/sbin/sshd")), "no OpenSSH server: scripts/install-deps.sh installs it");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg")), "the package path needs dpkg");
		assumeTrue(!Files.exists(PACKAGE_STATE) && !installed(), "this machine already has a drover-agent (" + PACKAGE_STATE
				+ "): the test would change it");
		String script = System.getProperty("drover.host.script");
		Path hosts = Files.createDirectories(dir.resolve("hosts"));
		Path home = dir.resolve("home");
		System.setProperty("drover.home", home.toString());
		try {
			// the operator: a Drover key, also the key the node's sshd accepts for root; an ssh config naming the node
			Path key = new DroverHome(home).defaultKey();
			KeyToolkit.ensureKeyPair(key, "installer@test");
			Path sshd = Files.createDirectories(dir.resolve("sshd"));
			run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", sshd.resolve("host_key").toString());
			Files.writeString(sshd.resolve("authorized_keys"), KeyToolkit.publicKeyLine(key) + "\n");
			Files.writeString(sshd.resolve("sshd_config"), String.join("\n", "Port 22", "ListenAddress 0.0.0.0",
					"HostKey " + sshd.resolve("host_key"), "AuthorizedKeysFile " + sshd.resolve("authorized_keys"),
					"PermitRootLogin prohibit-password", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
					"UsePAM no", "StrictModes no", "PidFile none", "Subsystem sftp /usr/lib/openssh/sftp-server", ""));
			Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
			String address = run(script, "start", NODE, "60", hosts.toString(), "--", "/usr/sbin/sshd", "-D", "-e", "-f",
					sshd.resolve("sshd_config").toString()).lines().reduce((a, b) -> b).orElseThrow().trim();
			Path config = dir.resolve("ssh_config");
			Files.writeString(config, String.join("\n", "Host node-over-ssh", "  HostName " + address, "  User root",
					"  IdentityFile " + key, "  IdentitiesOnly yes", "  BatchMode yes", "  StrictHostKeyChecking accept-new",
					"  UserKnownHostsFile " + dir.resolve("ssh_known_hosts"), ""));
			awaitSsh(config);

			Run first = drover("agent", "install", "node-over-ssh", "-F", config.toString(), "--name", NODE);
			assertEquals(0, first.exit(), first.all());
			System.out.println(first.out()); // what an operator sees, in the test's log
			assertTrue(first.out().contains("dpkg -i drover-agent_"), "the Debian package: " + first.out());
			assertTrue(first.out().contains("no systemd on this node (PID 1 is tini): started /usr/bin/drover-agent detached"),
					"no systemd in a demo host: started as the demo starts agents: " + first.out());
			assertTrue(first.out().contains("enrolled as operator"), first.out());
			assertTrue(first.out().contains("CRIU: ") && first.out().contains("check ok"), "CRIU checked there: " + first.out());
			assertTrue(first.out().contains("Pinned the agent's host key"), first.out());
			assertTrue(first.out().contains(NODE + ": agent 0.1.0 at " + address + ":2222"), first.out());

			long agentPid = agentPid();
			String cmdline = ProcessHandle.of(agentPid).orElseThrow().info().commandLine().orElse("");
			assertTrue(cmdline.contains("-jar /usr/lib/drover-agent/drover-agent.jar --state-dir /var/lib/drover-agent --criu"
					+ " /usr/lib/drover-agent/criu"), "the agent runs from the package: " + cmdline);
			assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(PACKAGE_STATE)));
			assertAnswersPs(address);
			String pins = Files.readString(home.resolve("known_hosts"));
			String authorized = Files.readString(PACKAGE_STATE.resolve("authorized_keys"));
			assertEquals(1, authorized.lines().count(), authorized);
			assertTrue(authorized.startsWith("drover-role=\"operator\" ecdsa-sha2-nistp256 "), authorized);

			Run again = drover("agent", "install", "node-over-ssh", "-F", config.toString(), "--name", NODE);
			assertEquals(0, again.exit(), again.all());
			System.out.println(again.out());
			assertTrue(again.out().contains("already enrolled as operator"), again.out());
			assertTrue(again.out().contains("stopped the running agent (PID "), again.out());
			assertEquals(authorized, Files.readString(PACKAGE_STATE.resolve("authorized_keys")), "the key is enrolled once");
			assertEquals(pins, Files.readString(home.resolve("known_hosts")), "the same host key, pinned once");
			long second = agentPid();
			assertNotEquals(agentPid, second, "the agent was restarted");
			assertFalse(ProcessHandle.of(agentPid).map(ProcessHandle::isAlive).orElse(false), "the old agent is gone");
			assertAnswersPs(address);
			assertEquals(1, drover("hosts", "--json").out().split("\"name\" : \"" + NODE + "\"", -1).length - 1, "registered once");
		} finally {
			System.clearProperty("drover.home");
			try {
				if (Files.exists(hosts.resolve(NODE + ".pid"))) {
					run(script, "stop", NODE, hosts.toString());
				}
			} finally {
				// leave the machine as found: the package purged, its state (keys, log) removed
				if (installed()) {
					run("dpkg", "--purge", "drover-agent");
				}
				run("rm", "-rf", PACKAGE_STATE.toString());
			}
		}
	}

	/** The agent answers {@code drover ps} with the node's processes: sshd, and itself, from the package. */
	private static void assertAnswersPs(String address) throws Exception {
		Run ps = drover("ps", NODE, "--json");
		assertEquals(0, ps.exit(), ps.all());
		JsonNode inventory = new ObjectMapper().readTree(ps.out()).get("result"); // the agent's envelope, as it sent it
		List<String> commands = new ArrayList<>();
		inventory.get("processes").forEach(p -> commands.add(String.join(" ", new ObjectMapper().convertValue(p.get("commandLine"),
				String[].class))));
		assertTrue(commands.stream().anyMatch(c -> c.startsWith("sshd: /usr/sbin/sshd -D") && c.contains("[listener]")),
				"the node's sshd: " + commands);
		assertTrue(commands.stream().anyMatch(c -> c.contains("/usr/lib/drover-agent/drover-agent.jar")), "the agent itself: " + commands);
		assertTrue(drover("hosts").out().contains(address + ":2222"), "registered at the node's address");
	}

	/** The root-namespace PID of the one agent that runs from the package (exactly one). */
	private static long agentPid() {
		List<ProcessHandle> agents = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/java")
				&& p.info().commandLine().orElse("").contains("/usr/lib/drover-agent/drover-agent.jar")).toList();
		assertEquals(1, agents.size(),
				"one agent from the package: " + agents.stream().map(p -> p.info().commandLine().orElse("")).toList());
		return agents.get(0).pid();
	}

	private static boolean installed() throws IOException, InterruptedException {
		Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${Status}", "drover-agent").redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(30, TimeUnit.SECONDS);
		return out.contains("installed") && !out.contains("not-installed") || out.contains("config-files");
	}

	/** Waits until the node's sshd lets the operator in (it starts in the background of the simulated host). */
	private static void awaitSsh(Path config) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		String last = "";
		while (System.nanoTime() < deadline) {
			Process p = new ProcessBuilder("ssh", "-F", config.toString(), "node-over-ssh", "true").redirectErrorStream(true)
					.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
			last = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the node's sshd did not let the operator in within 30 s: " + last);
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.migration.MigrationListener;
import drover.core.migration.MigrationRunner;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.SpawnResult;

/**
 * Each kind of verdict, checked against what really happened: what a verdict says Drover will do (carry,
 * close, refuse) is what a real migration between two demo hosts then did. And spawn's report of a daemon.
 */
class VerdictTruthTest {

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;

	@BeforeAll
	static void up() throws Exception {
		hosts = new DemoHosts(home, 2);
	}

	@AfterAll
	static void down() throws Exception {
		if (hosts != null) {
			hosts.close();
		}
	}

	static MigrationReport migrate(String from, String to, int pid, boolean acceptWarnings) throws IOException {
		try (AgentConnection source = hosts.connect(from); AgentConnection target = hosts.connect(to)) {
			return new MigrationRunner(source, target, hosts.client.pins(), MigrationListener.NONE).migrate(pid, acceptWarnings);
		}
	}

	static int spawn(String host, String... command) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			return agent.spawn(List.of(command)).pid();
		}
	}

	static void kill(String host, int pid) {
		try (AgentConnection agent = hosts.connect(host)) {
			agent.killTree(List.of(pid));
		} catch (IOException e) {
			// gone already
		}
	}

	static String tmux(String host, Path socket, String... args) throws Exception {
		String[] argv = new String[args.length + 3];
		argv[0] = "tmux";
		argv[1] = "-S";
		argv[2] = socket.toString();
		System.arraycopy(args, 0, argv, 3, args.length);
		return hosts.exec(host, argv);
	}

	/** Sends a line to the shell in a tmux session and waits until the pane shows {@code expect}. */
	static String typeAndSee(String host, Path socket, String line, String expect) throws Exception {
		tmux(host, socket, "send-keys", "-t", "s", line, "Enter");
		String pane = "";
		for (int i = 0; i < 30 && !pane.contains(expect); i++) {
			Thread.sleep(100);
			pane = tmux(host, socket, "capture-pane", "-p", "-t", "s");
		}
		return pane;
	}

	@Test
	void spawnOfADaemonReportsThePidItLeftRunningAndSaysItDaemonized() throws Exception {
		try (AgentConnection agent = hosts.connect("citest1")) {
			SpawnResult daemon = agent.spawn(List.of("sh", "-c", "sleep 100000 & exit 0"));
			assertTrue(daemon.daemonized(), daemon.toString());
			assertTrue(daemon.firstPid() != daemon.pid(), daemon.toString());
			assertTrue(daemon.describe().contains("daemonized"), daemon.describe());
			assertTrue(agent.inventory().processes().stream().anyMatch(p -> p.pid() == daemon.pid() && p.name().equals("sleep")),
					"the PID reported is the daemon's");
			agent.killTree(List.of(daemon.pid()));
			SpawnResult plain = agent.spawn(List.of("sleep", "100000"));
			assertFalse(plain.daemonized());
			agent.killTree(List.of(plain.pid()));
			AgentException failed = org.junit.jupiter.api.Assertions.assertThrows(AgentException.class,
					() -> agent.spawn(List.of("sh", "-c", "echo no config; exit 3")));
			assertTrue(failed.getMessage().contains("exited at once with status 3") && failed.getMessage().contains("no config"),
					failed.getMessage());
		}
		// and through the CLI: the daemon's PID on stdout
		String out = DemoHosts.cli("demo", "run", "citest1", "--", "sh", "-c", "sleep 100001 & exit 0").trim();
		int pid = Integer.parseInt(out);
		try (AgentConnection agent = hosts.connect("citest1")) {
			assertTrue(agent.inventory().processes().stream().anyMatch(p -> p.pid() == pid && String.join(" ", p.commandLine())
					.equals("sleep 100001")), "demo run printed the daemon's PID " + pid);
			agent.killTree(List.of(pid));
		}
	}

	@Test
	void aPtyPairInsideTheTreeIsCarriedWholeAndATakenIndexOnTheTargetIsRefused() throws Exception {
		Path a = files.resolve("a.sock");
		Path b = files.resolve("b.sock");
		int server = spawn("citest1", "tmux", "-S", a.toString(), "new-session", "-d", "-s", "s", "bash", "--norc");
		int other = spawn("citest2", "tmux", "-S", b.toString(), "new-session", "-d", "-s", "s", "bash", "--norc");
		try {
			assertTrue(typeAndSee("citest1", a, "Y=7; echo set-$Y", "set-7").contains("set-7"));
			try (AgentConnection source = hosts.connect("citest1")) {
				Preflight tree = source.preflight(server);
				assertFalse(tree.criuFlags().contains("--shell-job"), "a pair inside the tree needs no --shell-job: " + tree.criuFlags());
				assertTrue(tree.verdicts().stream().noneMatch(v -> !v.severity().equals(Preflight.Verdict.INFO)),
						tree.verdicts().toString());
				assertEquals(List.of(0), tree.ptys());
			}
			// citest2 has its own devpts, where its own tmux holds index 0: a real collision, found before the freeze
			MigrationReport refused = migrate("citest1", "citest2", server, false);
			assertEquals(Outcome.REFUSED, refused.outcome, refused.cause);
			assertTrue(refused.cause.contains("pseudo-terminal 0 is taken on citest2"), refused.cause);
			assertTrue(typeAndSee("citest1", a, "echo still-$Y", "still-7").contains("still-7"), "the session runs on citest1");
			kill("citest2", other);
			MigrationReport moved = migrate("citest1", "citest2", server, false);
			assertEquals(Outcome.DONE, moved.outcome, moved.cause);
			assertTrue(typeAndSee("citest2", a, "echo moved-$Y", "moved-7").contains("moved-7"), "carried whole: the shell answers");
		} finally {
			kill("citest1", server);
			kill("citest2", server);
			kill("citest2", other);
		}
	}

	@Test
	void aTerminalOutsideTheTreeIsRefusedAndTheProcessKeepsItsTerminal() throws Exception {
		Path socket = files.resolve("c.sock");
		int server = spawn("citest1", "tmux", "-S", socket.toString(), "new-session", "-d", "-s", "s", "bash", "--norc");
		try {
			typeAndSee("citest1", socket, "Z=5; echo z-$Z", "z-5");
			int shell = Integer.parseInt(hosts.exec("citest1", "ps", "-o", "pid=", "--ppid", Integer.toString(server)).trim());
			MigrationReport report = migrate("citest1", "citest2", shell, true); // even when the operator accepts warnings
			assertEquals(Outcome.REFUSED, report.outcome, report.cause);
			assertEquals(Phase.PREFLIGHT, report.failedPhase);
			assertTrue(report.cause.contains("a terminal whose other side is outside the tree"), report.cause);
			assertTrue(typeAndSee("citest1", socket, "echo again-$Z", "again-5").contains("again-5"), "its shell still answers");
		} finally {
			kill("citest1", server);
		}
	}

	@Test
	void fileLocksAreRefusedForAMigrationAndTheLockStaysHeld() throws Exception {
		Path lock = files.resolve("held.lock");
		Files.writeString(lock, "");
		int pid = spawn("citest1", "/usr/bin/python3", "-c", "import fcntl, time\nf = open('" + lock + "', 'w')\n"
				+ "fcntl.flock(f, fcntl.LOCK_EX)\nwhile True: time.sleep(1)");
		try {
			Thread.sleep(500);
			// seen before this verdict: the restore on citest2 waited for the lock the frozen source held
			MigrationReport report = migrate("citest1", "citest2", pid, true);
			assertEquals(Outcome.REFUSED, report.outcome, report.cause);
			assertTrue(report.cause.contains("refused: the tree holds file locks"), report.cause);
			String tried = hosts.exec("citest1", "sh", "-c", "flock -n " + lock + " true && echo free || echo held");
			assertEquals("held", tried.trim(), "the process on citest1 still holds its lock");
			try (AgentConnection agent = hosts.connect("citest1")) {
				assertTrue(agent.inventory().processes().stream().anyMatch(p -> p.pid() == pid && p.state().startsWith("S")), "running");
			}
		} finally {
			kill("citest1", pid);
		}
	}

	@Test
	void aLoopbackConnectionInsideTheTreeIsCarriedOpen() throws Exception {
		Path out = files.resolve("pingpong.out");
		String script = String.join("\n", "import os, socket, time", "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)",
				"port = s.getsockname()[1]", "if os.fork() == 0:", "    c = socket.create_connection(('127.0.0.1', port)); s.close()",
				"    while True:", "        d = c.recv(64)", "        if not d: os._exit(1)", "        c.sendall(d)",
				"a, _ = s.accept(); s.close(); f = open('" + out + "', 'w'); i = 0", "while True:",
				"    i += 1; a.sendall(b'%d' % i); assert a.recv(64) == b'%d' % i",
				"    f.write('%d\\n' % i); f.flush(); time.sleep(0.05)");
		Path program = files.resolve("pingpong.py");
		Files.writeString(program, script + "\n");
		int pid = spawn("citest1", "/usr/bin/python3", program.toString());
		try {
			Thread.sleep(700);
			MigrationReport report = migrate("citest1", "citest2", pid, false);
			assertEquals(Outcome.DONE, report.outcome, report.cause);
			assertTrue(report.verdicts.stream().anyMatch(v -> v.reason().startsWith("carried open (--tcp-established): both ends")),
					report.verdicts.toString());
			long before = Files.readAllLines(out).size();
			Thread.sleep(700);
			long after = Files.readAllLines(out).size();
			assertTrue(after > before + 3, "the echo over the carried connection goes on: " + before + " then " + after);
		} finally {
			kill("citest2", pid);
			kill("citest1", pid);
		}
	}

	@Test
	void aPipeToAProcessLeftBehindIsClosedOnTheTarget() throws Exception {
		Path log = files.resolve("writer.log");
		Path program = files.resolve("writer.py");
		Files.writeString(program, String.join("\n", "import signal, sys, time", "signal.signal(signal.SIGPIPE, signal.SIG_IGN)",
				"log = open('" + log + "', 'w')", "while True:", "    try:", "        sys.stdout.write('x\\n'); sys.stdout.flush()",
				"        log.write('wrote\\n')", "    except BrokenPipeError:", "        log.write('EPIPE\\n')",
				"    log.flush(); time.sleep(0.05)",
				""));
		int shell = spawn("citest1", "sh", "-c", "/usr/bin/python3 " + program + " | cat > /dev/null");
		int writer = Integer.parseInt(hosts.exec("citest1", "sh", "-c", "sleep 0.5; pgrep -P " + shell + " python3").trim());
		try {
			MigrationReport report = migrate("citest1", "citest2", writer, true);
			assertEquals(Outcome.DONE, report.outcome, report.cause);
			assertTrue(report.verdicts.stream().anyMatch(v -> v.reason().startsWith("closed: its other end stays with PID")
					&& v.reason().contains("writes to it fail")), report.verdicts.toString());
			Thread.sleep(700);
			List<String> lines = Files.readAllLines(log);
			assertTrue(lines.contains("EPIPE"),
					"on citest2 its writes fail: " + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
			assertEquals("EPIPE", lines.get(lines.size() - 1));
		} finally {
			kill("citest2", writer);
			kill("citest1", shell);
		}
	}
}

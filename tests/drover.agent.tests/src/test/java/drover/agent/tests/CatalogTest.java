package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.tests.CatalogPrograms.Expect;
import drover.agent.tests.CatalogPrograms.Program;
import drover.core.AgentConnection;
import drover.core.migration.MigrationListener;
import drover.core.migration.MigrationRunner;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;
import drover.protocol.ProcessInfo;
import drover.protocol.SpawnResult;

/**
 * The catalog: real programs from Debian packages, each migrated from citest1 to citest2 (real agents, real
 * CRIU) and checked in its own terms afterwards, or refused at pre-flight with the true reason and checked
 * still running and answering on citest1. None may fail after the freeze: a FAILED migration fails the test
 * whatever its rollback did. Prints the table (program, outcome, reason, downtime) and writes it to
 * target/catalog.txt; {@code -Ddrover.catalog=NAME,NAME} runs only the programs whose names start so.
 */
class CatalogTest {

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;
	static final List<String> rows = new ArrayList<>();

	@BeforeAll
	static void up() throws Exception {
		hosts = new DemoHosts(home, 2);
	}

	@AfterAll
	static void down() throws Exception {
		String table = table();
		System.out.println(table);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "catalog.txt"), table);
		if (hosts != null) {
			hosts.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyProgramMovesWithItsStateOrIsRefusedWithTheTrueReason() throws IOException {
		String only = System.getProperty("drover.catalog", "");
		return CatalogPrograms.all(files).stream()
				.filter(p -> only.isBlank() || Stream.of(only.split(",")).anyMatch(o -> p.name().startsWith(o.trim())))
				.map(p -> DynamicTest.dynamicTest(p.name(), () -> run(p)));
	}

	void run(Program program) throws Exception {
		Path dir = files.resolve(program.name().replaceAll("[^A-Za-z0-9]+", "-"));
		Files.createDirectories(dir);
		Files.createDirectories(dir.resolve("www"));
		Files.writeString(dir.resolve("www/index.html"), "drover catalog page\n");
		for (Path p = dir.resolve("www"); p.startsWith(files); p = p.getParent()) {
			// readable by the programs that run as www-data or nobody (a temporary folder is root's alone)
			Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		CatalogPrograms.Catalog catalog = new CatalogPrograms.Catalog() {
			public Path files() {
				return dir;
			}

			public int spawn(String host, List<String> command) throws Exception {
				try (AgentConnection agent = hosts.connect(host)) {
					SpawnResult started = agent.spawn(command);
					return started.pid();
				}
			}

			public String exec(String host, String... command) throws Exception {
				return hosts.exec(host, command);
			}
		};
		String source = hosts.host("citest1").address();
		String target = hosts.host("citest2").address();
		int pid = program.start(catalog, "citest1", source);
		String where = "citest1";
		String[] cells = { "not run", "", "-" };
		try {
			program.before(source);
			Thread.sleep(200); // the server closes the connections the checks made (they would tie it to this machine)
			MigrationReport report;
			try (AgentConnection from = hosts.connect("citest1"); AgentConnection to = hosts.connect("citest2")) {
				report = new MigrationRunner(from, to, hosts.client.pins(), MigrationListener.NONE).migrate(pid, false);
			}
			String reason = report.outcome == Outcome.DONE ? String.join("; ", report.verdicts.stream()
					.map(v -> v.severity().toLowerCase() + ": " + v.reason()).toList()) : report.cause;
			cells = new String[] { report.outcome == Outcome.DONE ? "moved" : report.outcome == Outcome.REFUSED
					? "refused at pre-flight" : "FAILED at " + report.failedPhase, reason, report.outcome == Outcome.DONE
							? report.downtimeMillis + " ms" : "-" };
			if (program.expect() == Expect.MOVED) {
				assertEquals(Outcome.DONE, report.outcome, report.cause + " / " + report.rollback);
				where = "citest2";
				assertRunsOn("citest2", pid);
				assertGone("citest1", pid);
				program.after(catalog, "citest2", target, pid);
			} else {
				assertEquals(Outcome.REFUSED, report.outcome, report.cause);
				assertEquals(Phase.PREFLIGHT, report.failedPhase);
				assertTrue(report.cause.contains(program.reason()), "the true reason (" + program.reason() + "): " + report.cause);
				assertTrue(report.rollback.contains("Nothing was frozen"), report.rollback);
				assertRunsOn("citest1", pid);
				program.after(catalog, "citest1", source, pid);
			}
		} catch (Exception | AssertionError e) {
			cells[0] = cells[0] + ", CHECK FAILED";
			cells[1] = String.valueOf(e.getMessage()).lines().findFirst().orElse("") + " (" + cells[1] + ")";
			throw e;
		} finally {
			rows.add(row(program.name(), cells[0], cells[1], cells[2]));
			try (AgentConnection agent = hosts.connect(where)) {
				agent.killTree(List.of(pid));
			} catch (IOException e) {
				// already gone
			}
		}
	}

	static void assertRunsOn(String host, int pid) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			ProcessInfo p = agent.inventory().processes().stream().filter(x -> x.pid() == pid).findFirst().orElse(null);
			assertTrue(p != null && !p.state().startsWith("T") && !p.state().startsWith("Z"), "PID " + pid + " runs on " + host
					+ ": " + (p == null ? "missing" : p.state()));
		}
	}

	static void assertGone(String host, int pid) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			assertTrue(agent.inventory().processes().stream().noneMatch(x -> x.pid() == pid), "PID " + pid + " is gone from " + host);
		}
	}

	static String row(String program, String outcome, String reason, String downtime) {
		return String.format("| %-36s | %-22s | %9s | %s |", program, outcome, downtime, reason);
	}

	static String table() {
		return String.join("\n", String.format("| %-36s | %-22s | %9s | %s |", "program", "outcome", "downtime", "reason"),
				"|" + "-".repeat(38) + "|" + "-".repeat(24) + "|" + "-".repeat(11) + "|---|", String.join("\n", rows)) + "\n";
	}
}

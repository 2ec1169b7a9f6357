package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.Phase;

/**
 * The fault matrix of durable migrations: for each phase and each fault, a real migration between two simulated
 * hosts (real agents, CRIU, a real counting process), the fault injected as the migration enters that phase, then
 * the invariant once it settled: the process runs on exactly one host, not stopped, counting on from where it
 * was with its memory intact, and the source agent's record says how it ended. {@code -Ddrover.faultMatrix=all}
 * runs every cell ({@code releng/fault-matrix.sh}); by default a representative share, one cell per fault.
 * The table goes to stdout and to target/fault-matrix.txt.
 */
class FaultMatrixTest {

	enum Fault {
		COORDINATOR, SOURCE_AGENT, TARGET_AGENT, LINK, TARGET_DISK_FULL, CRIU_FAILS
	}

	static final List<Phase> PHASES = List.of(Phase.PREFLIGHT, Phase.DUMP, Phase.TRANSFER, Phase.VERIFY, Phase.RESTORE,
			Phase.CONFIRM, Phase.POSTCOPY, Phase.CLEANUP);

	/** The share CI runs: every fault once, at the phase where it hurts most. */
	static final Set<String> CI_SHARE = Set.of("DUMP/COORDINATOR", "TRANSFER/SOURCE_AGENT", "CONFIRM/TARGET_AGENT",
			"RESTORE/LINK", "TRANSFER/TARGET_DISK_FULL", "RESTORE/CRIU_FAILS", "POSTCOPY/SOURCE_AGENT", "CLEANUP/SOURCE_AGENT");

	static final String SOURCE = "citest1";
	static final String TARGET = "citest2";
	static final String TARGET_VETH = "dv42-h";

	@TempDir
	static Path home;
	@TempDir
	static Path files;
	static DemoHosts hosts;
	static final Map<Phase, Map<Fault, String>> TABLE = new ConcurrentHashMap<>();

	@BeforeAll
	static void up() throws Exception {
		System.setProperty("drover.demo.agentOpts", "-Ddrover.test.faults=true");
		try {
			hosts = new DemoHosts(home, 2);
		} finally {
			System.clearProperty("drover.demo.agentOpts");
		}
	}

	@AfterAll
	static void down() throws Exception {
		StringBuilder table = new StringBuilder(String.format("%-10s", "phase"));
		for (Fault f : Fault.values()) {
			table.append(String.format(" | %-26s", f));
		}
		table.append('\n');
		for (Phase p : PHASES) {
			table.append(String.format("%-10s", p));
			for (Fault f : Fault.values()) {
				table.append(String.format(" | %-26s", TABLE.getOrDefault(p, Map.of()).getOrDefault(f, "")));
			}
			table.append('\n');
		}
		System.out.println("\nFault matrix (outcome, where the process runs, seconds from the fault until it settled):\n" + table);
		Path out = Path.of("target", "fault-matrix.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table.toString());
		if (hosts != null) {
			hosts.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyFaultAtEveryPhaseEndsWithTheProcessOnExactlyOneHost() {
		boolean all = "all".equals(System.getProperty("drover.faultMatrix"));
		List<DynamicTest> cells = new ArrayList<>();
		for (Phase phase : PHASES) {
			for (Fault fault : Fault.values()) {
				if (!applies(phase, fault) || (!all && !CI_SHARE.contains(phase + "/" + fault))) {
					continue;
				}
				cells.add(DynamicTest.dynamicTest(fault + " at " + phase, () -> cell(phase, fault)));
			}
		}
		return cells.stream();
	}

	/** CRIU runs only in some phases; the others have no CRIU to fail. */
	static boolean applies(Phase phase, Fault fault) {
		return fault != Fault.CRIU_FAILS || phase == Phase.DUMP || phase == Phase.RESTORE || phase == Phase.POSTCOPY;
	}

	void cell(Phase phase, Fault fault) throws Exception {
		boolean postCopy = phase == Phase.POSTCOPY;
		boolean bigDump = phase == Phase.DUMP; // a dump that lasts, so the fault lands while CRIU dumps
		String name = (phase + "-" + fault).toLowerCase();
		// post-copy: enough memory that the fetch is still under way when the fault lands (no pause: the fetch runs
		// on the target whatever the source does)
		CounterProcess counter = counterOn(SOURCE, name, postCopy ? 384 : bigDump ? 256 : 0);
		int before = counter.assertKeepsCounting(3);
		Path images = hosts.demoDir().resolve(TARGET).resolve("images");
		if (fault == Fault.TARGET_DISK_FULL) { // room enough for pre-flight's reservation; filled as the fault
			Files.createDirectories(images);
			hosts.exec(TARGET, "mount", "-t", "tmpfs", "-o", "size=" + (postCopy || bigDump ? 700 : 48) + "m", "tmpfs", images.toString());
		}
		try {
			cellMounted(phase, fault, counter, before, images, postCopy, bigDump, name);
		} finally {
			if (fault == Fault.TARGET_DISK_FULL) {
				hosts.exec(TARGET, "umount", images.toString());
			}
		}
	}

	void cellMounted(Phase phase, Fault fault, CounterProcess counter, int before, Path images, boolean postCopy, boolean bigDump,
			String name) throws Exception {
		if (!bigDump && !postCopy) {
			hosts.pauseAt(SOURCE, phase.name(), 2500);
		}
		Path log = files.resolve(name + ".log");
		List<String> args = new ArrayList<>(List.of("migrate", SOURCE, Integer.toString(counter.pid), TARGET));
		if (postCopy) {
			args.add("--post-copy");
		}
		Process cli = hosts.cliProcess(log, args.toArray(String[]::new));
		String id = DurableMigrationTest.awaitLine(log, phase.name(), cli);
		if (bigDump) {
			awaitCriu("dump -t " + counter.pid);
		}
		long fault0 = System.currentTimeMillis();
		Thread restore = inject(fault, phase, counter, images);
		MigrationReport record;
		try {
			record = awaitFinal(id);
		} finally {
			restore.join();
			hosts.clearPauses(SOURCE);
			if (fault == Fault.LINK) {
				MigrationTest.link(TARGET_VETH, "up");
				DurableMigrationTest.awaitReachable(hosts, TARGET);
			}
			cli.destroyForcibly().waitFor();
		}
		String where = record.outcome == Outcome.DONE ? TARGET : SOURCE;
		DurableMigrationTest.assertRunsOnlyOn(hosts, List.of(SOURCE, TARGET), where, counter, before);
		long settled = System.currentTimeMillis() - fault0;
		counter.assertMemoryIntact();
		assertNothingLeftBehind(id, record);
		TABLE.computeIfAbsent(phase, p -> new EnumMap<>(Fault.class)).put(fault,
				String.format("ok %s on %s %.1fs", record.outcome, where, settled / 1000.0));
		assertTrue(record.outcome == Outcome.DONE || record.outcome == Outcome.FAILED || record.outcome == Outcome.REFUSED,
				record.outcome + ": " + record.cause);
		assertTrue(settled < DurableMigrationTest.SETTLE_MILLIS + 30_000, "settled in " + settled + " ms");
		try (AgentConnection agent = hosts.connect(where)) {
			agent.killTree(List.of(counter.pid));
		}
	}

	/**
	 * Nothing of the migration is left on either host: no CRIU helper working on it, no partial or whole image
	 * (unless its record says one may remain on a target that could not be reached), no journal entry.
	 */
	static void assertNothingLeftBehind(String id, MigrationReport record) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000; // helpers being killed and images removed may take a moment
		List<String> left = leftovers(id, record);
		while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(250);
			left = leftovers(id, record);
		}
		assertTrue(left.isEmpty(), "left behind by " + id + ": " + left + " (warnings: " + record.warnings + ")");
	}

	static List<String> leftovers(String id, MigrationReport record) throws IOException {
		List<String> left = new ArrayList<>();
		ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(id)
				&& p.info().commandLine().orElse("").contains("criu")).forEach(p -> left.add("CRIU process " + p.pid()));
		// a target out of reach at the end keeps the image; the record says so, and only then is it allowed
		boolean mayRemain = record.warnings.stream().anyMatch(w -> w.contains("may remain")
				|| w.contains("Could not remove the image on " + TARGET));
		for (String host : List.of(SOURCE, TARGET)) {
			Path images = hosts.demoDir().resolve(host).resolve("images");
			for (Path p : List.of(images.resolve(id), images.resolve(".incoming-" + id))) {
				if (Files.exists(p) && !(mayRemain && host.equals(TARGET))) {
					left.add(host + ": " + p.getFileName());
				}
			}
			if (Files.exists(hosts.demoDir().resolve(host).resolve("journal").resolve(id + ".jsonl"))) {
				left.add(host + ": its journal");
			}
		}
		return left;
	}

	/** Injects the fault; answers a thread that undoes it (restarts the agent, brings the link back). */
	Thread inject(Fault fault, Phase phase, CounterProcess counter, Path images) throws Exception {
		switch (fault) {
		case COORDINATOR -> {
			// the CLI is killed by the caller's finally; here at once
			ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("migrate " + SOURCE + " "
					+ counter.pid)).forEach(ProcessHandle::destroyForcibly);
			return Thread.ofVirtual().start(() -> {
			});
		}
		case SOURCE_AGENT, TARGET_AGENT -> {
			String host = fault == Fault.SOURCE_AGENT ? SOURCE : TARGET;
			hosts.killAgent(host);
			if (fault == Fault.SOURCE_AGENT) {
				hosts.clearPauses(SOURCE); // the restarted agent picks it up without holding still again
			}
			return Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(2000);
					hosts.restartAgent(host);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		case LINK -> {
			MigrationTest.link(TARGET_VETH, "down");
			return Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(10_000);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				MigrationTest.link(TARGET_VETH, "up");
			});
		}
		case TARGET_DISK_FULL -> {
			hosts.exec(TARGET, "sh", "-c", "dd if=/dev/zero of=" + images.resolve("filler") + " bs=1M 2>/dev/null; true");
			return Thread.ofVirtual().start(() -> {
			});
		}
		case CRIU_FAILS -> {
			String pattern = switch (phase) {
			case DUMP -> "dump -t " + counter.pid;
			case RESTORE -> "criu.* restore";
			default -> "criu.* lazy-pages";
			};
			if (phase == Phase.RESTORE || phase == Phase.POSTCOPY) {
				hosts.clearPauses(SOURCE);
				if (phase == Phase.RESTORE) {
					awaitCriu("restore -D");
				}
			}
			MigrationTest.killMatching(pattern);
			return Thread.ofVirtual().start(() -> {
			});
		}
		}
		throw new IllegalStateException(fault.name());
	}

	/** Waits until a CRIU process whose command line has {@code text} runs (from the machine's root). */
	static void awaitCriu(String text) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			if (ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains(text))) {
				return;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("no CRIU process with '" + text + "' appeared");
	}

	static MigrationReport awaitFinal(String id) throws Exception {
		long deadline = System.currentTimeMillis() + DurableMigrationTest.SETTLE_MILLIS + 60_000;
		while (System.currentTimeMillis() < deadline) {
			try (AgentConnection agent = hosts.connect(SOURCE)) {
				for (MigrationReport r : agent.migrations()) {
					if (r.id.equals(id) && r.outcome != null && r.outcome.isFinal()) {
						return r;
					}
				}
			} catch (IOException e) {
				// restarting, or the link is down
			}
			Thread.sleep(500);
		}
		throw new AssertionError("migration " + id + " did not settle in time");
	}

	static CounterProcess counterOn(String host, String name, int ballastMb) throws IOException {
		try (AgentConnection agent = hosts.connect(host)) {
			return ballastMb > 0 ? new CounterProcess(agent, files, name, ballastMb) : new CounterProcess(agent, files, name);
		}
	}
}

package drover.agent.internal.proc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import drover.protocol.Inventory;

/**
 * The agent's /proc scan and its parts, on the /proc of wherever it runs (this machine, or a demo host with
 * thousands of processes: releng/bench/jmh.sh --in-demo-host N). Each part goes over every process the setup
 * found, one thread, as the scan's workers do; the whole scans are the agent's own, in parallel. Lives in the
 * scanner's package to reach its package-private readers: what is measured is the code the agent runs.
 * {@code scanSteady} is a scan after a scan (processes that did not run are taken from {@link QuietProcesses});
 * {@code scanCold} is a scanner's first scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xmx256m" })
public class ScanBench {

	private final Path proc = Path.of("/proc");
	private List<Path> dirs;
	private ProcScanner steady;
	private String ownMaps;

	@Setup
	public void setUp() throws IOException {
		dirs = new ArrayList<>();
		try (DirectoryStream<Path> all = Files.newDirectoryStream(proc, p -> Character.isDigit(p.getFileName().toString().charAt(0)))) {
			all.forEach(dirs::add);
		}
		steady = ProcScanner.forThisNode();
		steady.scan("bench");
		ownMaps = ProcFiles.read(proc.resolve("self/maps"));
		System.out.println("\n" + dirs.size() + " processes under /proc");
	}

	@Benchmark
	public Inventory scanSteady() throws IOException {
		return steady.scan("bench");
	}

	@Benchmark
	public Inventory scanCold() throws IOException {
		return ProcScanner.forThisNode().scan("bench");
	}

	@Benchmark
	public void readStat(Blackhole bh) {
		for (Path dir : dirs) {
			bh.consume(ProcFiles.readOrNull(dir.resolve("stat")));
		}
	}

	@Benchmark
	public void readSchedstat(Blackhole bh) {
		for (Path dir : dirs) {
			bh.consume(ProcFiles.readOrNull(dir.resolve("schedstat")));
		}
	}

	@Benchmark
	public void readCmdlineAndCgroup(Blackhole bh) {
		for (Path dir : dirs) {
			bh.consume(ProcFiles.readOrNull(dir.resolve("cmdline")));
			bh.consume(ProcFiles.readOrNull(dir.resolve("cgroup")));
		}
	}

	@Benchmark
	public void readExeNetNsOwner(Blackhole bh) {
		for (Path dir : dirs) {
			bh.consume(ProcFiles.linkOrNull(dir.resolve("exe")));
			bh.consume(ProcFiles.linkOrNull(dir.resolve("ns/net")));
			bh.consume(ProcFiles.ownerUid(dir));
		}
	}

	/** What a steady scan saves for every process that did not run. */
	@Benchmark
	public void readAndSummarizeMaps(Blackhole bh) {
		for (Path dir : dirs) {
			bh.consume(MapsSummarizer.summarize(ProcFiles.readOrNull(dir.resolve("maps"))));
		}
	}

	/** The summary alone (no I/O), of this JVM's own maps. */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object summarizeMapsText() {
		return MapsSummarizer.summarize(ownMaps);
	}

	/** Listing each process's descriptors and reading their links, as the scan does before describing them. */
	@Benchmark
	public void listAndReadFdLinks(Blackhole bh) {
		for (Path dir : dirs) {
			try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
				for (Path link : fds) {
					bh.consume(ProcFiles.linkOrNull(link));
				}
			} catch (IOException | SecurityException e) {
				bh.consume(e);
			}
		}
	}

	/** Listing, links and each descriptor described (stat, and fdinfo only where it tells more than the mode). */
	@Benchmark
	public void describeFds(Blackhole bh) {
		for (Path dir : dirs) {
			try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
				for (Path link : fds) {
					String target = ProcFiles.linkOrNull(link);
					if (target != null) {
						String name = link.getFileName().toString();
						bh.consume(FdClassifier.describe(link, dir.resolve("fdinfo").resolve(name), Integer.parseInt(name), target));
					}
				}
			} catch (IOException | SecurityException e) {
				bh.consume(e);
			}
		}
	}

	/** What describing cost before: fdinfo opened and read for every descriptor. */
	@Benchmark
	public void readEveryFdinfo(Blackhole bh) {
		for (Path dir : dirs) {
			try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fdinfo"))) {
				for (Path info : fds) {
					bh.consume(ProcFiles.readOrNull(info));
				}
			} catch (IOException | SecurityException e) {
				bh.consume(e);
			}
		}
	}

	/** The socket tables of this network namespace, with the unix peers from ss. */
	@Benchmark
	public Object socketTables() {
		return SocketTable.read(proc.resolve("self"), true);
	}
}

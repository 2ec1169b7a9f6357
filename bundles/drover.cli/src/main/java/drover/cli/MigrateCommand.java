package drover.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.AgentException;
import drover.core.migration.MigrationRunner;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover migrate HOST PID TARGET}: moves a running process tree, printing phases and the cost record. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = "Move a running process (and its children) from HOST to TARGET.")
final class MigrateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST")
	String host;

	@Parameters(index = "1", paramLabel = "PID")
	int pid;

	@Parameters(index = "2", paramLabel = "TARGET")
	String targetHost;

	@Option(names = "--json", description = "Print the cost record as JSON at the end (phases still go to stderr).")
	boolean json;

	@Option(names = "--accept-warnings", description = "Go on when pre-flight gives warnings (errors always stop it).")
	boolean acceptWarnings;

	@Option(names = "--post-copy", description = "Post-copy: freeze only while everything but memory moves; the process then"
			+ " runs on TARGET while its memory follows from HOST (much shorter downtime for large memory). If the memory"
			+ " stops arriving, the copy on TARGET is killed and the process resumes on HOST from the freeze: the work done"
			+ " on TARGET meanwhile is lost.")
	boolean postCopy;

	@Option(names = "--detach", description = "Hand the migration to HOST's agent and return at once with its ID"
			+ " (follow it with 'drover watch HOST ID').")
	boolean detach;

	@Override
	public Integer call() throws Exception {
		HostRegistry registry = new HostRegistry(DroverCli.home());
		var from = registry.require(host);
		var to = registry.require(targetHost);
		if (from.name().equals(to.name())) {
			throw new IllegalArgumentException("Source and target are the same host (" + host + "): pick another target.");
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter log = json ? spec.commandLine().getErr() : out;
		try (AgentClient client = new AgentClient(DroverCli.home());
				AgentConnection source = client.connect(from, HostKeyPolicy.STRICT)) {
			String fingerprint = MigrationRunner.pinnedFingerprint(client.pins(), to);
			if (fingerprint == null) {
				throw new AgentException(ErrorInfo.HOST_KEY_UNKNOWN, "No host key is pinned for " + to.name() + ": " + host
						+ "'s agent would not know which key to accept from it.",
						"Connect to it once and trust its key"
								+ " ('drover hosts trust " + to.name() + "'). Nothing was touched.");
			}
			// the source agent owns the migration from here: it finishes or rolls back even if this command dies
			String id = source.migrate(new MigrationRequest(pid, to.name(), to.address(), to.port(), to.user(), fingerprint,
					postCopy ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY, acceptWarnings));
			log.printf("Migration %s runs on %s's agent (it goes on if this command stops; 'drover watch %s %s' follows it).%n",
					id, host, host, id);
			log.flush();
			if (detach) {
				if (json) {
					out.println(CheckpointCommands.JSON.writeValueAsString(java.util.Map.of("id", id, "owner", host)));
				}
				return 0;
			}
			return WatchCommand.follow(source, id, out, log, json, spec.commandLine().getErr());
		}
	}

	static void printReport(PrintWriter out, MigrationReport r) {
		boolean fork = r.kind == drover.protocol.RecordKind.FORK;
		out.printf("%n%s %s: %s (PID %d, %s -> %s, %s)%n", fork ? "Fork" : "Migration", r.id, r.outcome, r.pid, r.source,
				r.target, r.mode);
		if (fork && r.outcome == drover.protocol.Outcome.DONE) {
			out.printf("  the original runs on %s as PID %d, its copy on %s as PID %d%n", r.source, r.pid, r.target, r.restoredPid);
		}
		for (var p : r.phases) {
			out.printf("  %-9s %7d ms%n", p.phase(), p.millis());
		}
		if (fork) {
			out.printf("  freeze    %7d ms (the original, frozen on %s while CRIU dumped it)%n", r.downtimeMillis, r.source);
		} else {
			out.printf("  downtime  %7d ms (frozen on %s until running on %s)%n", r.downtimeMillis, r.source, r.target);
		}
		out.printf("  image     %7d KB (memory pages %d KB, other %d KB)%n", r.imageBytes() >> 10, r.memoryPagesBytes >> 10,
				r.otherImageBytes >> 10);
		var c = r.composition;
		if (c != null) { // read by the agent from the image: what a process costs to move, and what would shrink it
			out.printf("  pages     heap %d KB, stack %d KB, anonymous shared %d KB, anonymous private %d KB, private file %d KB,"
					+ " other %d KB; metadata %d KB, files %d KB%n", c.heapBytes() >> 10, c.stackBytes() >> 10,
					c.anonSharedBytes() >> 10, c.anonPrivateBytes() >> 10, c.privateFileBytes() >> 10, c.otherPagesBytes() >> 10,
					c.metadataBytes() >> 10, c.fileBytes() >> 10);
		}
		out.printf("  wire      %7d KB at %.1f MB/s%n", r.bytesOnWire >> 10, r.throughputBytesPerSecond / (1 << 20));
		if (r.dumpStats != null) {
			out.printf("  CRIU dump: freezing %d us, frozen %d us, memdump %d us, memwrite %d us, %d pages written%n",
					r.dumpStats.freezingMicros(), r.dumpStats.frozenMicros(), r.dumpStats.memdumpMicros(),
					r.dumpStats.memwriteMicros(), r.dumpStats.pagesWritten() + r.dumpStats.pagesLazy());
		}
		if (r.restoreStats != null) {
			out.printf("  CRIU restore: %d us, forking %d us, %d pages restored%n", r.restoreStats.restoreMicros(),
					r.restoreStats.forkingMicros(), r.restoreStats.pagesRestored());
		}
		if (!r.criuFlags.isEmpty()) {
			out.println("  CRIU flags: " + String.join(" ", r.criuFlags));
		}
		for (String d : r.differences == null ? java.util.List.<String>of() : r.differences) {
			out.println("  the copy differs: " + d);
		}
		for (String w : r.warnings) {
			out.println("  warning: " + w);
		}
	}
}

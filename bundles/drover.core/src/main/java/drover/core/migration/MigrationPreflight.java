package drover.core.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import drover.protocol.Hello;
import drover.protocol.MigrationReport;
import drover.protocol.Phase;
import drover.protocol.Preflight;
import drover.protocol.TargetPreflightRequest;

/**
 * A migration's pre-flight, before anything is frozen: both agents' CRIU, CPU flags, the target's key pinned,
 * post-copy support, the tree's resources as the source judges them, and room and free PIDs on the target.
 * Fills the record's verdicts, PIDs and CRIU flags; answers the source's verdict on the tree, or null when the
 * migration must stop here (the record then says why, and that nothing was touched).
 */
final class MigrationPreflight {

	private final MigrationPeer source;
	private final MigrationPeer target;
	private final String fingerprint;
	private final boolean postCopy;
	private final MigrationReport report;
	/** A fork: the tree is judged as copied while it runs on, and onto its own host it needs its own PIDs free. */
	private boolean fork;

	MigrationPreflight(MigrationPeer source, MigrationPeer target, String fingerprint, boolean postCopy, MigrationReport report) {
		this.source = source;
		this.target = target;
		this.fingerprint = fingerprint;
		this.postCopy = postCopy;
		this.report = report;
	}

	MigrationPreflight forFork() {
		this.fork = true;
		return this;
	}

	Preflight check(int pid, boolean acceptWarnings) throws IOException {
		Hello from = source.hello();
		Hello to = target.hello();
		List<Preflight.Verdict> verdicts = new ArrayList<>();
		if (fingerprint == null) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "host key of " + report.target, "no host key is"
					+ " pinned for it: connect to it once and trust its key ('drover hosts trust " + report.target + "')"));
		}
		if (!from.criu().checkOk()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "criu on " + report.source, from.criu().checkMessage()));
		}
		Set<String> targetFlags = Set.of(String.valueOf(to.host().cpuFlags()).split(" "));
		List<String> missing = List.of(String.valueOf(from.host().cpuFlags()).split(" ")).stream()
				.filter(f -> !f.isBlank() && !targetFlags.contains(f)).toList();
		if (!missing.isEmpty()) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.WARNING, 0, "cpu", "the target's CPU lacks " + missing
					+ ": a process using them would crash there (CRIU's cpuinfo check applies)"));
		}
		if (postCopy && !to.capabilities().contains("post-copy")) {
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, 0, "agent on " + report.target, "it cannot take a"
					+ " post-copy migration (agent " + to.agentVersion() + "): upgrade it or migrate without post-copy"));
		}
		Preflight tree = fork ? source.preflightFork(pid) : source.preflight(pid);
		report.pids = tree.pids();
		verdicts.addAll(tree.verdicts());
		// post-copy: the image sent while frozen holds no memory, but the memory arrives on the target all the same;
		// the target reserves the image's room for this migration (its slot is held), and caps the transfer at it;
		// a tree with addresses of its own needs them free there
		Preflight room = target.preflightTarget(new TargetPreflightRequest(tree.pids(), tree.residentBytes(),
				tree.residentBytes(), postCopy, tree.ptys(), tree.addresses(), report.id));
		verdicts.addAll(room.verdicts());
		if (fork && (report.source.equals(report.target) || (to.hostName() != null && to.hostName().equals(from.hostName())))) {
			// CRIU gives every process its PID back, and the original, running on, holds them all
			verdicts.add(new Preflight.Verdict(Preflight.Verdict.ERROR, pid, "pids " + tree.pids(), "refused: a fork onto the"
					+ " same host needs every PID of the tree free there, and the original, which keeps running, holds them"
					+ " (CRIU restores each process with its own PID): fork onto another host"));
		}
		report.verdicts = verdicts;
		report.criuFlags = tree.criuFlags();
		List<Preflight.Verdict> errors = verdicts.stream().filter(v -> v.severity().equals(Preflight.Verdict.ERROR)).toList();
		List<Preflight.Verdict> warnings = verdicts.stream().filter(v -> v.severity().equals(Preflight.Verdict.WARNING)).toList();
		if (!errors.isEmpty() || (!warnings.isEmpty() && !acceptWarnings)) {
			report.failedPhase = Phase.PREFLIGHT;
			report.cause = (errors.isEmpty() ? "Warnings need the operator's consent (accept warnings): " : "Refused at pre-flight: ")
					+ String.join("; ", (errors.isEmpty() ? warnings : errors).stream()
							.map(v -> (v.pid() > 0 ? "PID " + v.pid() + " " : "") + v.resource() + ": " + v.reason()).toList());
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			return null;
		}
		return tree;
	}

}

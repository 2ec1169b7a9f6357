package drover.core.migration;

import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.sshd.common.config.keys.KeyUtils;

import com.fasterxml.jackson.databind.JsonNode;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.core.HostKeyStore;
import drover.protocol.CheckpointResult;
import drover.protocol.ErrorInfo;
import drover.protocol.Hello;
import drover.protocol.Inventory;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;

/**
 * One migration, as a state machine read top to bottom in {@link #migrate}: pre-flight, freeze and dump (the
 * source tree is left stopped, not killed), transfer agent to agent, verify, restore on the target, confirm
 * it runs, then kill the source and clean up. Whatever fails after the freeze, {@link #rollback} makes sure
 * the process runs on exactly one host: on the source, resumed, unless it already runs on the target.
 */
public final class MigrationRunner {

	private final AgentConnection source;
	private final AgentConnection target;
	private final HostKeyStore pins;
	private final MigrationListener listener;
	private final MigrationReport report = new MigrationReport();

	/** Set once the tree is frozen on the source; from then on a failure must roll back. */
	private boolean frozen;
	/** Set once the target agent said the tree runs there. */
	private boolean restored;
	private String image;
	private long frozenAt;
	/** Post-copy: the process runs on the target before all its memory is there (see {@link #postCopy}). */
	private boolean postCopy;
	/**
	 * Stop-and-copy streams the pages to the target while CRIU dumps them only from this much resident memory
	 * on. Below it, dumping to the source's disk and sending the image after is faster: CRIU dumps to the page
	 * cache at gigabytes per second, while every dump through a page server pays a fixed ~200 ms (CRIU corks
	 * its socket and sends the final close without pushing it, so it waits for the kernel's cork timer).
	 */
	private long streamFromBytes = Long.getLong("drover.migration.streamFromBytes", 256L << 20);
	private boolean streamed;
	/** Post-copy: set once the target has every page; from then on the target's copy is the process. */
	private boolean complete;
	private boolean pagesCut;
	private boolean restoreUnknown;
	private long expectedMemory;

	public MigrationRunner(AgentConnection source, AgentConnection target, HostKeyStore pins, MigrationListener listener) {
		this.source = source;
		this.target = target;
		this.pins = pins;
		this.listener = listener;
	}

	/**
	 * Post-copy instead of stop-and-copy: the process is frozen only while everything but its memory is dumped,
	 * sent and restored; it then runs on the target while the pages follow, fetched from the still frozen
	 * source on fault and in the background. Much shorter downtime for large memory; the cost is a window in
	 * which the process depends on both hosts: if the pages stop arriving, the target's copy is killed and the
	 * source resumes from the freeze (the work done on the target meanwhile is lost, its effects are not undone).
	 */
	public MigrationRunner postCopy(boolean on) {
		this.postCopy = on;
		return this;
	}

	/** Stop-and-copy: stream the pages during the dump from this much resident memory on (0: always). */
	public MigrationRunner streamPagesFrom(long bytes) {
		this.streamFromBytes = bytes;
		return this;
	}

	/**
	 * Runs the migration of {@code pid}'s tree. Never throws for a failure of the migration itself: the
	 * report says what happened. {@code acceptWarnings} lets pre-flight warnings pass (errors never do).
	 */
	public MigrationReport migrate(int pid, boolean acceptWarnings) {
		report.id = "mig-" + source.host().name() + "-" + pid + "-" + System.currentTimeMillis();
		report.source = source.host().name();
		report.target = target.host().name();
		report.pid = pid;
		report.startedAt = System.currentTimeMillis();
		report.mode = postCopy ? "post-copy" : "stop-and-copy";
		Phase phase = Phase.PREFLIGHT;
		try {
			// 1. Pre-flight: nothing is frozen yet, so any "no" here leaves everything as it was.
			Preflight sourceCheck = timed(Phase.PREFLIGHT, "checking both hosts", () -> preflight(pid, acceptWarnings));
			if (sourceCheck == null) {
				return finish("REFUSED");
			}

			// 2. Freeze and dump: CRIU freezes the tree and leaves it stopped (not killed); its memory pages stream
			// to the target's page server as they are dumped, the rest of the image stays on the source's disk.
			phase = Phase.DUMP;
			image = report.id;
			String fingerprint = pinnedFingerprint();
			streamed = !postCopy && expectedMemory >= streamFromBytes;
			report.pagesStreamed = streamed;
			CheckpointResult dump = timed(Phase.DUMP, "freezing PID " + pid + (postCopy ? ", dumping all but its memory"
					+ " (post-copy)" : streamed ? ", streaming its memory to " + report.target : ", dumping it"), () -> {
				frozenAt = System.currentTimeMillis();
				frozen = true; // from here on a failure rolls back (a failed dump resumes the tree itself)
				return postCopy ? source.checkpointPostCopy(pid, image, target.host(), fingerprint)
						: streamed ? source.checkpointStreaming(pid, image, target.host(), fingerprint)
						: source.checkpointForMigration(pid, image);
			});
			frozenAt += dump.setupMillis(); // the tree ran on while the agent prepared (pre-flight, page stream)
			report.memoryPagesBytes = dump.stats().pagesWritten() * 4096; // post-copy: known once all pages moved
			report.otherImageBytes = dump.image().otherSize(); // pages dumped here (not streamed) are in memoryPagesBytes
			report.dumpStats = postCopy ? null : dump.stats(); // CRIU restarts its statistics when it starts serving pages
			report.pids = dump.image().pids(); // the tree as frozen, children forked after the pre-flight included
			report.command = dump.image().command();
			report.criuFlags = dump.image().criuFlags();

			// 3. Transfer, agent to agent: the target must present the host key the operator pinned.
			phase = Phase.TRANSFER;
			PushResult push = timed(Phase.TRANSFER, "sending the rest of the image (" + dump.image().totalSize() + " bytes) to "
					+ report.target, () -> source.pushImage(image, target.host(), fingerprint, streamed, this::progress));
			report.bytesOnWire = push.bytes() + (streamed ? report.memoryPagesBytes : 0); // else the push carried them
			long wireMillis = report.phaseMillis(Phase.DUMP) + push.millis();
			report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;

			// 4. Verify: the SHA-256 of every file as read on the source and as written on the target.
			phase = Phase.VERIFY;
			timed(Phase.VERIFY, "comparing SHA-256 of " + push.files().size() + " files", () -> {
				long streamedPages = 0;
				for (PushResult.FileCheck file : push.files()) {
					if (!file.matches()) {
						throw new AgentException("verify-failed", "Image file " + file.name() + " differs on the target (sha256 "
								+ file.sourceSha256() + " here, " + file.targetSha256() + " there).", null);
					}
					if (file.streamed() && file.name().startsWith("pages-")) {
						streamedPages += file.size();
					}
				}
				// streamed pages never touched the source's disk: CRIU's count of pages written is the reference
				if (streamed && streamedPages != report.memoryPagesBytes) {
					throw new AgentException("verify-failed", "The target received " + streamedPages + " bytes of memory pages,"
							+ " CRIU dumped " + report.memoryPagesBytes + ".", null);
				}
				return null;
			});

			// 5. Restore on the target.
			phase = Phase.RESTORE;
			RestoreResult restore = timed(Phase.RESTORE, "restoring on " + report.target, () -> target.restoreForMigration(image, postCopy));
			restored = true;
			report.downtimeMillis = System.currentTimeMillis() - frozenAt;
			report.restoreStats = restore.stats();
			report.restoredPid = restore.pid();

			// 6. Confirm: the root of the tree runs on the target (children may have finished their work meanwhile).
			phase = Phase.CONFIRM;
			timed(Phase.CONFIRM, "confirming it runs on " + report.target, () -> {
				confirmRunning(target.inventory(), List.of(report.restoredPid));
				return null;
			});

			// 6b. Post-copy: the process runs on the target; the rest of its memory follows from the frozen source.
			// Only the target knows when every page is there; until then the source copy must stay frozen.
			if (postCopy) {
				phase = Phase.POSTCOPY;
				timed(Phase.POSTCOPY, "running on " + report.target + ", fetching the rest of its memory from " + report.source,
						this::fetchRemainingMemory);
			}

			// 7. Clean up: the stopped source tree goes, and so do both images.
			phase = Phase.CLEANUP;
			return cleanUpAndFinish();
		} catch (IOException | RuntimeException e) {
			String cause = e instanceof AgentException agent ? agent.explain() : String.valueOf(e.getMessage());
			// Post-copy: once the target has every page, the process is there; a failure then (or the target's
			// answer lost with the link) is not undone but finished, the source copy being the one to go.
			if (complete || (phase == Phase.POSTCOPY && (complete = settlePostCopy(e)))) {
				report.warnings.add("After the process ran on " + report.target + " with all its memory: " + cause);
				return cleanUpAndFinish();
			}
			report.failedPhase = phase;
			report.cause = cause;
			// the restore request got no answer (not the target agent's "no"): the process may run there or not
			restoreUnknown = phase == Phase.RESTORE && (!(e instanceof AgentException agent)
					|| List.of("unreachable", "timeout", "no-answer", "malformed-answer").contains(agent.code()));
			rollback();
			listener.phase(Phase.FAILED, report.cause + " " + report.rollback);
			return finish(frozen ? "FAILED" : "REFUSED");
		}
	}

	private MigrationReport cleanUpAndFinish() {
		quietly(() -> timed(Phase.CLEANUP, "stopping the source copy and removing images", () -> {
			// The process runs on the target now: a failure here must not roll back, only be reported.
			if (!quietly(() -> source.killTree(report.pids), "kill the frozen source copy on " + report.source)) {
				report.warnings.add("The source copy on " + report.source + " stays frozen (not running): kill PIDs "
						+ report.pids + " there.");
			}
			deleteImage(source, report.source);
			deleteImage(target, report.target);
			return null;
		}), "clean up");
		listener.phase(Phase.DONE, "PID " + report.pid + " runs on " + report.target);
		return finish("DONE");
	}

	/** Post-copy, what became of the target's copy: it has every page, it was stopped, or nobody can tell. */
	private enum TargetCopy { COMPLETE, STOPPED, UNKNOWN }

	private TargetCopy targetCopy = TargetCopy.UNKNOWN;

	/**
	 * The fetch failed or its answer was lost. The target's agent said its copy was stopped, or it is asked
	 * again: meanwhile the source tree is held frozen and its pages cut off (which stops a target copy still
	 * missing pages). True when the target turns out to have every page.
	 */
	private boolean settlePostCopy(Exception e) {
		if (e instanceof AgentException agent && ErrorInfo.POST_COPY_FAILED.equals(agent.code())) {
			targetCopy = TargetCopy.STOPPED; // the target's agent killed its copy and said so
			return false;
		}
		listener.phase(Phase.POSTCOPY, "lost the answer of " + report.target + ": holding the source frozen, asking again");
		holdSource();
		long deadline = System.currentTimeMillis() + 45_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				report.memoryPagesBytes = target.lazyWait(image, event -> {
				});
				targetCopy = TargetCopy.COMPLETE;
				return true;
			} catch (AgentException agent) {
				if (ErrorInfo.POST_COPY_FAILED.equals(agent.code())) {
					targetCopy = TargetCopy.STOPPED;
					return false;
				}
			} catch (IOException | RuntimeException again) {
				// still out of reach
			}
			sleep(1000);
		}
		return false;
	}

	/** Post-copy: cuts the source's pages off (which stops a target copy still missing some) and holds it frozen. */
	private void holdSource() {
		pagesCut = quietly(() -> source.lazyAbort(image, false), "hold the source copy on " + report.source);
	}

	private static String join(List<Integer> pids) {
		return String.join(" ", pids.stream().map(String::valueOf).toList());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private Void fetchRemainingMemory() throws IOException {
		long started = System.currentTimeMillis();
		long fetched = target.lazyWait(image, event -> {
			long bytes = event.path("bytes").asLong();
			long millis = Math.max(1, event.path("millis").asLong());
			double rate = bytes * 1000.0 / millis;
			long total = Math.max(bytes, expectedMemory);
			listener.progress(bytes, total, rate, rate <= 0 ? -1 : (long) ((total - bytes) * 1000 / rate));
		});
		complete = true; // the target has every page: no way back from here, the source copy only has to go
		report.memoryPagesBytes = fetched;
		try {
			source.lazyFinish(image);
		} catch (IOException | RuntimeException e) {
			report.warnings.add("The source's CRIU did not end cleanly after the target had all pages: "
					+ (e instanceof AgentException agent ? agent.explain() : e.getMessage()));
		}
		report.bytesOnWire += report.memoryPagesBytes;
		long wireMillis = report.phaseMillis(Phase.TRANSFER) + System.currentTimeMillis() - started;
		report.throughputBytesPerSecond = wireMillis == 0 ? 0 : report.bytesOnWire * 1000.0 / wireMillis;
		return null;
	}

	private Preflight preflight(int pid, boolean acceptWarnings) throws IOException {
		Hello from = source.hello();
		Hello to = target.hello();
		List<Preflight.Verdict> verdicts = new ArrayList<>();
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
		Preflight tree = source.preflight(pid);
		expectedMemory = tree.residentBytes();
		report.pids = tree.pids();
		verdicts.addAll(tree.verdicts());
		// post-copy: the image sent while frozen holds no memory, but the memory arrives on the target all the same
		Preflight room = target.preflightTarget(tree.pids(), tree.residentBytes(), tree.residentBytes(), postCopy);
		verdicts.addAll(room.verdicts());
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
			listener.phase(Phase.FAILED, report.cause);
			return null;
		}
		return tree;
	}

	/**
	 * Puts things back after a failure: the process must end up running on exactly one host. If the target
	 * already runs it, it stays there and the source copy goes; otherwise whatever reached the target is
	 * removed and the frozen source tree resumes.
	 */
	private void rollback() {
		if (!frozen) {
			report.rollback = "Nothing was frozen; the process keeps running on " + report.source + ".";
			return;
		}
		listener.phase(Phase.ROLLBACK, "undoing: the process goes back to running on " + report.source);
		long started = System.currentTimeMillis();
		List<String> done = new ArrayList<>();
		if (restoreUnknown) {
			// Killing its PIDs there could hit other processes if the restore never happened; resuming here could
			// make two copies if it did: the frozen source copy is the safe side.
			if (postCopy) {
				holdSource();
			}
			report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
			report.rollback = "Whether the restore on " + report.target + " happened is unknown (its answer was lost), so"
					+ " the source copy stays frozen on " + report.source + " (PIDs " + report.pids + "): check "
					+ report.target + " ('drover ps " + report.target + "'); if the process is not there, resume it on "
					+ report.source + " ('drover resume " + report.source + " " + join(report.pids) + "').";
			return;
		}
		if (restored) {
			// It ran on the target (and, post-copy, may still): stop that copy before resuming the source.
			boolean stopped = targetCopy == TargetCopy.STOPPED;
			if (quietly(() -> target.killTree(report.pids), "stop the copy on " + report.target)) {
				stopped = true;
			} else if (postCopy && !pagesCut) { // out of reach: cutting its pages stops it, the source stays held
				holdSource();
			}
			if (!stopped) {
				// Resuming now could leave two running copies; a frozen source copy is the safe side.
				report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
				report.rollback = "The copy on " + report.target + " may be running but could not be reached to stop it, so"
						+ " the source copy stays frozen on " + report.source + " (PIDs " + report.pids + "): check "
						+ report.target + (postCopy ? " (its agent stops a copy whose memory stopped arriving and says so in"
								+ " 'drover history " + report.target + "')" : "") + "; if the process is not there, resume it on "
						+ report.source + " ('drover resume " + report.source + " " + join(report.pids) + "').";
				return;
			}
			done.add("stopped the copy on " + report.target);
		}
		if (pagesCut) { // the target may have been out of reach: every request there would wait for its timeout
			report.warnings.add("Image " + image + " may remain on " + report.target + ": delete it there once it is back"
					+ " ('drover images " + report.target + "').");
		} else {
			quietly(() -> target.abortImage(image), "remove the partial image on " + report.target);
			deleteImage(target, report.target);
		}
		if (postCopy && !pagesCut) { // the source's CRIU may still serve pages and hold the tree: it lets go and resumes it
			quietly(() -> source.lazyAbort(image, true), "stop serving memory pages on " + report.source);
		}
		if (quietly(() -> source.resume(report.pids), "resume PID " + report.pid + " on " + report.source)) {
			done.add("resumed PID " + report.pid + " on " + report.source);
		}
		deleteImage(source, report.source);
		report.phases.add(new MigrationReport.PhaseTiming(Phase.ROLLBACK, started, System.currentTimeMillis() - started));
		report.rollback = "Rolled back: " + String.join(", ", done) + ".";
	}

	private static void confirmRunning(Inventory inventory, List<Integer> pids) throws AgentException {
		for (int pid : pids) {
			ProcessInfo p = inventory.processes().stream().filter(x -> x.pid() == pid).findFirst().orElse(null);
			if (p == null || p.state().startsWith("Z") || p.state().startsWith("X") || p.state().startsWith("T")) {
				throw new AgentException("not-running", "After the restore, PID " + pid + " is " + (p == null ? "missing"
						: p.state()) + " on " + inventory.hostName() + ".", null);
			}
		}
	}

	private String pinnedFingerprint() throws IOException {
		PublicKey key = pins.pinned(target.host().endpoint());
		if (key == null) {
			throw new AgentException("host-key-unknown", "No pinned host key for " + target.host().name() + ".",
					"Connect to it once and trust its key ('drover hosts trust " + target.host().name() + "').");
		}
		return KeyUtils.getFingerPrint(key);
	}

	private void progress(JsonNode event) {
		long bytes = event.path("bytes").asLong();
		long total = event.path("total").asLong();
		long millis = Math.max(1, event.path("millis").asLong());
		double rate = bytes * 1000.0 / millis;
		listener.progress(bytes, total, rate, rate <= 0 ? -1 : (long) ((total - bytes) * 1000 / rate));
	}

	private interface Step<T> {
		T run() throws IOException;
	}

	private <T> T timed(Phase phase, String message, Step<T> step) throws IOException {
		listener.phase(phase, message);
		long started = System.currentTimeMillis();
		try {
			return step.run();
		} finally {
			report.phases.add(new MigrationReport.PhaseTiming(phase, started, System.currentTimeMillis() - started));
		}
	}

	/** Removes the migration's image from a host; an image that never got there is nothing to report. */
	private void deleteImage(AgentConnection agent, String host) {
		quietly(() -> {
			try {
				agent.deleteImage(image);
			} catch (AgentException e) {
				if (!"no-such-image".equals(e.code())) {
					throw e;
				}
			}
		}, "remove the image on " + host);
	}

	private interface Action {
		void run() throws IOException;
	}

	private boolean quietly(Action action, String what) {
		try {
			action.run();
			return true;
		} catch (IOException | RuntimeException e) {
			report.warnings.add("Could not " + what + ": " + e.getMessage());
			return false;
		}
	}

	private MigrationReport finish(String outcome) {
		report.outcome = outcome;
		report.finishedAt = System.currentTimeMillis();
		if (!"DONE".equals(outcome)) {
			// after a rollback the process was frozen until it resumed on the source
			report.downtimeMillis = frozen ? report.finishedAt - frozenAt : 0;
		}
		// both agents keep the record, so the history outlives this console (a dead agent just misses it)
		quietly(() -> source.recordMigration(report), "leave the record with " + report.source);
		quietly(() -> target.recordMigration(report), "leave the record with " + report.target);
		return report;
	}
}

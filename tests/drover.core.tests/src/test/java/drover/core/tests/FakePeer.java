package drover.core.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import drover.core.AgentException;
import drover.core.HostEntry;
import drover.core.migration.MigrationPeer;
import drover.protocol.CheckpointResult;
import drover.protocol.CriuStats;
import drover.protocol.CriuStatus;
import drover.protocol.ErrorInfo;
import drover.protocol.Hello;
import drover.protocol.HostFacts;
import drover.protocol.ImageInfo;
import drover.protocol.Inventory;
import drover.protocol.MigrationReport;
import drover.protocol.Preflight;
import drover.protocol.ProcessInfo;
import drover.protocol.ProgressEvent;
import drover.protocol.PushResult;
import drover.protocol.RestoreResult;
import drover.protocol.TargetStatus;

/**
 * One agent, faked: it answers what the runner asks and keeps a small model of the process on its host (running,
 * frozen, killed, absent; on the target also whether the image arrived and whether the copy has every page), so
 * a test can say at the end where the process runs. Any request can be scripted to fail: the agent says no, or
 * the answer is lost before or after the agent did what was asked. A fake stands in for the agent here because
 * what is under test is the runner's logic; real agents, SSH and CRIU are tested in drover.agent.tests.
 */
final class FakePeer implements MigrationPeer {

	/** The process tree, or its copy, on this host. */
	enum Tree {
		NONE, RUNNING, FROZEN, KILLED
	}

	/** What a scripted request does instead of answering. */
	enum Fault {
		/** The agent says no (a code that is not a lost answer); it did nothing. */
		REFUSE,
		/** The answer is lost and the agent did nothing (the request never reached it). */
		LOST_BEFORE,
		/** The agent did what was asked, then the answer was lost (a timeout, a link that dropped). */
		LOST_AFTER,
		/** The agent did it, then the connection broke: a plain IOException without a protocol code. */
		BROKEN_AFTER
	}

	static final int PID = 4242;
	static final List<Integer> PREFLIGHT_PIDS = List.of(4242, 4243);
	/** The tree as frozen: it forked a child after the pre-flight. */
	static final List<Integer> FROZEN_PIDS = List.of(4242, 4243, 4250);
	static final long MB = 1L << 20;

	record Call(String method, List<Object> args) {
	}

	private static final class Script {
		final Fault fault;
		final String code;
		final Runnable alsoDoes;
		int left;

		Script(Fault fault, String code, int times, Runnable alsoDoes) {
			this.fault = fault;
			this.code = code;
			this.left = times;
			this.alsoDoes = alsoDoes;
		}
	}

	private interface Effect<T> {
		T run() throws IOException;
	}

	final String role;
	final HostEntry host;
	private final List<String> log;
	private final List<String> violations;
	FakePeer other;
	final List<Call> calls = new ArrayList<>();
	private final Map<String, Script> scripts = new HashMap<>();

	// the model of this host
	Tree tree;
	/** Target: the image arrived (and was not removed). */
	boolean image;
	/** Target: its copy has every page. */
	boolean complete;
	/** Source, post-copy: CRIU serves the frozen tree's pages to the target. */
	boolean servingPages;
	/** Target: a restore is under way (migration-status says UNSETTLED). */
	boolean unsettled;
	/** Target: the restored process dies right after its restore (confirm finds it gone). */
	boolean diesAfterRestore;
	long resident = 64 * MB;
	List<String> capabilities = List.of("post-copy");
	long pagesWritten;
	List<Preflight.Verdict> verdicts = List.of();
	/** Target: a file of the pushed image arrives with another SHA-256. */
	boolean corruptsAFile;
	/** Target: fewer streamed page bytes arrive than CRIU dumped. */
	boolean losesStreamedPages;
	int slotsClosed;

	private FakePeer(String role, String name, Tree tree, List<String> log, List<String> violations) {
		this.role = role;
		this.host = new HostEntry(name, "10.9.9." + (role.equals("source") ? 1 : 2), 22, "root", null);
		this.tree = tree;
		this.log = log;
		this.violations = violations;
	}

	/** A source with the tree running and a target with nothing of it, sharing one log of calls and violations. */
	static FakePeer[] pair(List<String> log, List<String> violations) {
		FakePeer source = new FakePeer("source", "alpha", Tree.RUNNING, log, violations);
		FakePeer target = new FakePeer("target", "beta", Tree.NONE, log, violations);
		source.other = target;
		target.other = source;
		return new FakePeer[] { source, target };
	}

	// --- scripting

	/** Every call of {@code method} fails this way from now on. */
	FakePeer fail(String method, Fault fault, String code) {
		return fail(method, fault, code, Integer.MAX_VALUE, null);
	}

	/** The next {@code times} calls of {@code method} fail this way; {@code alsoDoes} is what the agent does then. */
	FakePeer fail(String method, Fault fault, String code, int times, Runnable alsoDoes) {
		scripts.put(method, new Script(fault, code, times, alsoDoes));
		return this;
	}

	/** The agent answers everything again (the link is back). */
	void heal() {
		scripts.clear();
	}

	List<Call> calls(String method) {
		return calls.stream().filter(c -> c.method().equals(method)).toList();
	}

	private <T> T request(String method, Effect<T> effect, Object... args) throws IOException {
		calls.add(new Call(method, Arrays.asList(args)));
		log.add(role + "." + method);
		Script script = scripts.get(method);
		if (script == null || script.left <= 0) {
			return checked(method, effect);
		}
		script.left--;
		if (script.alsoDoes != null) {
			script.alsoDoes.run();
		}
		switch (script.fault) {
		case REFUSE -> throw new AgentException(script.code, host.name() + " refuses " + method + " (scripted).",
				"The test scripted it.");
		case LOST_BEFORE -> throw new AgentException(script.code, "No answer from " + host.name() + " to " + method
				+ " (scripted, nothing done).", null);
		case LOST_AFTER -> {
			checked(method, effect);
			throw new AgentException(script.code, "No answer from " + host.name() + " to " + method + " (scripted, done).",
					null);
		}
		case BROKEN_AFTER -> {
			checked(method, effect);
			throw new IOException("Connection to " + host.name() + " reset during " + method + " (scripted, done).");
		}
		}
		throw new AssertionError(script.fault);
	}

	/** Runs the effect, then checks the iron rule: never two running copies. */
	private <T> T checked(String method, Effect<T> effect) throws IOException {
		T result = effect.run();
		if (tree == Tree.RUNNING && other.tree == Tree.RUNNING) {
			violations.add("two copies run after " + role + "." + method);
		}
		return result;
	}

	// --- both

	@Override
	public HostEntry host() {
		return host;
	}

	@Override
	public Hello hello() throws IOException {
		return request("hello", () -> new Hello("0.1.0-fake", 1, capabilities, host.name(), new HostFacts(
				host.name(), "6.18.0", "Fake CPU", "fpu sse2 avx2", 2, 16L << 30, 8L << 30),
				new CriuStatus("/usr/sbin/criu",
						"4.2.1", true, "Looks good."),
				"ssh-ed25519 AAAAfake"));
	}

	@Override
	public Inventory inventory() throws IOException {
		return request("inventory", () -> {
			List<ProcessInfo> processes = tree == Tree.RUNNING || tree == Tree.FROZEN ? List.of(new ProcessInfo(PID, 1,
					"counter", List.of("counter"), "/usr/bin/counter", "root", 0, tree == Tree.RUNNING ? "S (sleeping)"
							: "T (stopped)",
					1, resident, 2 * resident, 0, "/", List.of(), null, null)) : List.of();
			return new Inventory(host.name(), System.currentTimeMillis(), 3, 0, processes);
		});
	}

	@Override
	public void deleteImage(String image) throws IOException {
		request("deleteImage", () -> {
			this.image = false;
			return null;
		}, image);
	}

	@Override
	public void recordMigration(MigrationReport report) throws IOException {
		request("recordMigration", () -> null, report.outcome);
	}

	// --- source side

	@Override
	public Preflight preflight(int pid) throws IOException {
		return request("preflight", () -> new Preflight(host.name(), PREFLIGHT_PIDS, resident, verdicts, List.of(
				"--shell-job"), 1L << 40, 8L << 30), pid);
	}

	@Override
	public CheckpointResult checkpointForMigration(int pid, String id, DumpMode mode, HostEntry target, String fingerprint)
			throws IOException {
		return request("checkpointForMigration", () -> {
			tree = Tree.FROZEN;
			servingPages = mode == DumpMode.LAZY;
			pagesWritten = mode == DumpMode.LAZY ? 0 : resident / 4096;
			long pages = pagesWritten * 4096;
			ImageInfo info = new ImageInfo(id, pid, FROZEN_PIDS, "counter --count", System.currentTimeMillis(), "4.2.1",
					List.of("--shell-job"), pages, 100_000, pages + 100_000, List.of());
			return new CheckpointResult(info, new CriuStats(10, 20, 30, 40, pagesWritten, pagesWritten, 0, 0, 0,
					mode == DumpMode.LAZY ? resident / 4096 : 0), 25, "stopped", "", 0); // setup: none, it answers at once
		}, pid, id, mode, target.name(), fingerprint);
	}

	@Override
	public PushResult pushImage(String image, HostEntry target, String fingerprint, boolean streamed,
			Consumer<ProgressEvent> progress) throws IOException {
		return request("pushImage", () -> {
			other.image = true;
			progress.accept(ProgressEvent.transfer(100_000, 100_000, 10));
			List<PushResult.FileCheck> files = new ArrayList<>();
			files.add(new PushResult.FileCheck("core-4242.img", 100_000, "aa11", other.corruptsAFile ? "bb22" : "aa11",
					false));
			long pages = pagesWritten * 4096;
			if (streamed) {
				files.add(new PushResult.FileCheck("pages-1.img", other.losesStreamedPages ? pages - 4096 : pages, null, null,
						true));
			} else if (pages > 0) {
				files.add(new PushResult.FileCheck("pages-1.img", pages, "cc33", "cc33", false));
			}
			return new PushResult(image, target.name(), files, 100_000 + (streamed ? 0 : pages), 10);
		}, image, target.name(), fingerprint, streamed);
	}

	@Override
	public void lazyFinish(String image) throws IOException {
		request("lazyFinish", () -> {
			servingPages = false;
			return null;
		}, image);
	}

	@Override
	public void lazyAbort(String image, boolean resume) throws IOException {
		request("lazyAbort", () -> {
			servingPages = false;
			if (other.tree == Tree.RUNNING && !other.complete) {
				other.tree = Tree.KILLED; // its memory stops arriving: the target's copy cannot go on
			}
			if (resume && tree == Tree.FROZEN) {
				tree = Tree.RUNNING;
			}
			return null;
		}, image, resume);
	}

	@Override
	public void resume(List<Integer> pids, String owner) throws IOException {
		request("resume", () -> {
			if (other.tree == Tree.RUNNING) {
				violations.add("the source was resumed while the target's copy runs");
			}
			if (tree == Tree.KILLED || tree == Tree.NONE) {
				throw new AgentException(ErrorInfo.NO_SUCH_PROCESS, "PID " + pids.get(0) + " is gone.", null);
			}
			tree = Tree.RUNNING;
			return null;
		}, pids, owner);
	}

	@Override
	public void killTree(List<Integer> pids, String owner) throws IOException {
		request("killTree", () -> {
			if (other.tree != Tree.RUNNING) {
				violations.add("the source copy was killed while no copy runs on the target");
			}
			tree = Tree.KILLED;
			return null;
		}, pids, owner);
	}

	@Override
	public List<String> protectSocketPaths(String id, List<Integer> pids) throws IOException {
		return request("protectSocketPaths", () -> List.of(), id, pids);
	}

	@Override
	public List<String> releaseSocketPaths(String id, boolean putBack) throws IOException {
		return request("releaseSocketPaths", () -> List.<String>of(), id, putBack);
	}

	// --- target side

	@Override
	public Preflight preflightTarget(List<Integer> pids, long bytes, long memory, boolean postCopy) throws IOException {
		return request("preflightTarget", () -> new Preflight(host.name(), pids, 0, verdicts, List.of(), 1L << 40, 8L << 30),
				pids, bytes, memory, postCopy);
	}

	@Override
	public AutoCloseable holdIncomingSlot(String id, Consumer<ProgressEvent> queue) throws IOException {
		return request("holdIncomingSlot", () -> {
			queue.accept(ProgressEvent.queued(id, 1, "one migration ahead"));
			queue.accept(ProgressEvent.queued(id, 0, "slot granted"));
			return () -> slotsClosed++;
		}, id);
	}

	@Override
	public RestoreResult restoreForMigration(String image, boolean postCopy) throws IOException {
		return request("restoreForMigration", () -> {
			if (!this.image) {
				throw new AgentException(ErrorInfo.NO_SUCH_IMAGE, "No image " + image + " on " + host.name() + ".", null);
			}
			tree = diesAfterRestore ? Tree.KILLED : Tree.RUNNING;
			complete = !postCopy;
			return new RestoreResult(image, PID, FROZEN_PIDS, new CriuStats(0, 0, 0, 0, 0, 0, 50, 5, other.pagesWritten,
					0), 60, "");
		}, image, postCopy);
	}

	@Override
	public long lazyWait(String image, Consumer<ProgressEvent> progress) throws IOException {
		return request("lazyWait", () -> {
			if (tree != Tree.RUNNING || !other.servingPages) {
				throw new AgentException(ErrorInfo.POST_COPY_FAILED, "The copy of " + image + " on " + host.name()
						+ " lost its memory.", null);
			}
			progress.accept(ProgressEvent.transfer(resident, resident, 100));
			complete = true;
			return other.resident;
		}, image);
	}

	@Override
	public TargetStatus migrationStatus(String id) throws IOException {
		return request("migrationStatus", () -> {
			TargetStatus.Copy copy = unsettled ? TargetStatus.Copy.UNSETTLED
					: switch (tree) {
					case RUNNING -> complete ? TargetStatus.Copy.RUNNING_COMPLETE : TargetStatus.Copy.RUNNING_FETCHING;
					case KILLED -> TargetStatus.Copy.STOPPED;
					default -> image ? TargetStatus.Copy.IMAGE_ONLY : TargetStatus.Copy.ABSENT;
					};
			return new TargetStatus(id, copy, tree == Tree.NONE ? 0 : PID, FROZEN_PIDS, "fake " + host.name() + ": " + copy);
		}, id);
	}

	@Override
	public void migrationAbort(String id) throws IOException {
		request("migrationAbort", () -> {
			tree = Tree.NONE;
			image = false;
			complete = false;
			unsettled = false;
			return null;
		}, id);
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, before the agent serves: what this node was doing as a migration's target when its previous agent
 * died. Partial images go; CRIU helpers the old agent started (page servers, lazy-pages daemons) go; a post-copy
 * copy still missing memory is stopped, since its pages can no longer arrive and nobody holds its
 * userfaultfds; a restore that was under way is settled from its pidfile. Copies with all their memory stay: the
 * migration's source agent decides (it asks {@code migration-status}).
 */
public final class TargetRecovery {

	private static final Logger LOG = LoggerFactory.getLogger(TargetRecovery.class);

	private final CriuNode node;

	public TargetRecovery(CriuNode node) {
		this.node = node;
	}

	/** Returns one line per thing it did, for the log and the audit. */
	public List<String> run() throws IOException {
		List<String> done = new ArrayList<>();
		for (long pid : leftoverCriu(node.library.root())) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			done.add("killed CRIU helper " + pid + " left by the previous agent");
		}
		for (TargetLedger.Entry entry : node.ledger.all()) {
			String id = entry.migration();
			switch (entry.state()) {
			case INCOMING -> {
				ImageLibrary.deleteTree(node.library.root().resolve(".incoming-" + id));
				node.ledger.forget(id);
				done.add(id + ": removed the partial image");
			}
			case RESTORING -> {
				Path pidFile = node.library.root().resolve(id).resolve("restored.pid");
				int pid = Files.isRegularFile(pidFile) ? Integer.parseInt(Files.readString(pidFile).trim()) : 0;
				boolean up = pid > 0 && ProcStartTime.of(pid) != 0;
				if (up && !entry.postCopy()) {
					node.ledger.note(id, TargetLedger.State.RUNNING, pid, entry.pids(), false);
					done.add(id + ": the restore had finished, PID " + pid + " runs");
				} else if (up) {
					stop(entry.pids(), id, done, "its restore (post-copy) outlived the agent: its memory cannot arrive any more");
				} else {
					node.ledger.note(id, TargetLedger.State.IMAGE, 0, entry.pids(), entry.postCopy());
					done.add(id + ": the restore had not happened; the image stays");
				}
			}
			case FETCHING -> {
				if (TargetLedger.copyAlive(entry)) {
					stop(entry.pids(), id, done, "a post-copy copy still missing memory when the agent died");
				} else {
					node.ledger.move(id, TargetLedger.State.STOPPED);
				}
			}
			case STOPPED, FINISHED -> {
				// kept for migration-status, then dropped: the ledger does not grow without end
				if (System.currentTimeMillis() - entry.at() > TargetLedger.KEEP_ENDED_MILLIS) {
					node.ledger.forget(id);
					done.add(id + ": dropped its ledger entry (ended " + TargetLedger.KEEP_ENDED_MILLIS / 3_600_000 + " h ago or more)");
				}
			}
			case RUNNING, COMPLETE, IMAGE -> {
				// kept as they are: the migration's source decides (it asks migration-status)
			}
			}
		}
		done.forEach(line -> LOG.info("recovery: {}", line));
		return done;
	}

	private void stop(List<Integer> pids, String id, List<String> done, String why) throws IOException {
		node.signals.send("KILL", pids);
		node.signals.awaitGone(pids);
		node.ledger.move(id, TargetLedger.State.STOPPED);
		done.add(id + ": stopped PIDs " + pids + " (" + why + ")");
	}

	/** CRIU processes working on this library (their command line names it): none can be the new agent's. */
	static List<Long> leftoverCriu(Path libraryRoot) {
		String root = libraryRoot.toAbsolutePath().toString();
		List<Long> found = new ArrayList<>();
		ProcessHandle.allProcesses().forEach(p -> {
			try {
				byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
				String cmd = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
				if (cmd.contains("criu") && cmd.contains(root) && (cmd.contains("page-server") || cmd.contains("lazy-pages"))
						&& !cmd.contains("dump")) {
					found.add(p.pid());
				}
			} catch (IOException | RuntimeException e) {
				// gone meanwhile
			}
		});
		return found;
	}
}

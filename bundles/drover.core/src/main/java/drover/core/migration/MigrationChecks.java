package drover.core.migration;

import drover.core.AgentException;
import drover.protocol.ErrorInfo;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.PushResult;

/** The checks between a migration's steps: the image arrived as it was sent, the restored tree runs. */
final class MigrationChecks {

	private MigrationChecks() {
	}

	/** The SHA-256 of every file as read on the source and as written on the target; streamed pages by size. */
	static Void verify(PushResult push, boolean streamed, long dumpedPageBytes) throws AgentException {
		long streamedPages = 0;
		for (PushResult.FileCheck file : push.files()) {
			if (!file.matches()) {
				throw new AgentException(ErrorInfo.VERIFY_FAILED, "Image file " + file.name() + " differs on the target (sha256 "
						+ file.sourceSha256() + " here, " + file.targetSha256() + " there).", null);
			}
			if (file.streamed() && file.name().startsWith("pages-")) {
				streamedPages += file.size();
			}
		}
		// streamed pages never touched the source's disk: CRIU's count of pages written is the reference
		if (streamed && streamedPages != dumpedPageBytes) {
			throw new AgentException(ErrorInfo.VERIFY_FAILED, "The target received " + streamedPages + " bytes of memory"
					+ " pages, CRIU dumped " + dumpedPageBytes + ".", null);
		}
		return null;
	}

	/** The root of the tree runs on the target (children may have finished their work meanwhile). */
	static Void confirmRunning(Inventory inventory, int pid) throws AgentException {
		ProcessInfo p = inventory.processes().stream().filter(x -> x.pid() == pid).findFirst().orElse(null);
		if (p == null || p.state().startsWith("Z") || p.state().startsWith("X") || p.state().startsWith("T")) {
			throw new AgentException(ErrorInfo.NOT_RUNNING, "After the restore, PID " + pid + " is " + (p == null ? "missing"
					: p.state()) + " on " + inventory.hostName() + ".", null);
		}
		return null;
	}

}

package drover.agent.internal.criu;

import java.util.List;
import java.util.Set;

import drover.protocol.Preflight.Verdict;
import drover.protocol.ResourceInfo;

/**
 * The verdicts that differ for a fork, where the original keeps running and a copy goes on on the target: what the
 * copy cannot share with the original. Everything not judged here is judged as for a migration ({@link PreflightCheck}).
 */
final class ForkVerdicts {

	/** The open flags' access mode (O_ACCMODE): 0 is read-only, 1 write-only, 2 read-write. */
	private static final int ACCESS_MODE = 3;

	private ForkVerdicts() {
	}

	/** Judges {@code r} for a fork and answers true, or answers false for a resource a migration's rules judge. */
	static boolean judge(int pid, ResourceInfo r, List<Verdict> verdicts, Set<String> flags) {
		String fd = "fd " + r.fd() + " ";
		if (r instanceof ResourceInfo.Tcp t && t.state().equals("ESTABLISHED")) {
			// the connection is the original's: its peer talks to one process, so the copy gets it closed
			flags.add("--tcp-close");
			verdicts.add(new Verdict(Verdict.WARNING, pid, fd + "tcp " + t.localAddress() + ":" + t.localPort() + "->"
					+ t.remoteAddress() + ":" + t.remotePort(),
					"closed in the copy (--tcp-close): the original keeps this"
							+ " connection; in the copy it is closed (reads see its end, writes fail)"));
			return true;
		}
		if (r instanceof ResourceInfo.Tcp t && t.state().equals("LISTEN") && any(t.localAddress())) {
			verdicts.add(new Verdict(Verdict.INFO, pid, fd + "tcp listen " + t.localAddress() + ":" + t.localPort(), "fine on"
					+ " another host: the copy listens on port " + t.localPort() + " of the target's addresses, the original"
					+ " goes on listening here (on this same host the port would be taken)"));
			return true;
		}
		if (r instanceof ResourceInfo.File f && !f.deleted() && (f.flags() & ACCESS_MODE) != 0 && !f.path().startsWith("/dev/")
				&& !f.path().startsWith("/proc/") && !f.path().startsWith("/sys/") && !f.path().startsWith("/memfd:")) {
			verdicts.add(new Verdict(Verdict.WARNING, pid, fd + f.path(), "opened for writing: where the target shares this"
					+ " storage, the original and the copy both write " + f.path() + ", each at its own offset (the copy"
					+ " starts at " + f.offset() + "), and may overwrite each other" + (appends(f.flags()) ? "" : "; and CRIU"
							+ " restores the copy only if the file still has the size it had at the dump (it checks that for a"
							+ " file not opened write-only for appending): if the original writes on to it through shared"
							+ " storage, the copy's restore fails (the original runs on all the same)")));
			return false; // the migration's rules still apply (a large deleted file, a pseudo-file)
		}
		return false;
	}

	/** O_WRONLY | O_APPEND: the one kind of file CRIU restores without checking its size (a log). */
	private static boolean appends(int flags) {
		return (flags & ACCESS_MODE) == 1 && (flags & 02000) != 0;
	}

	private static boolean any(String address) {
		return address.equals("0.0.0.0") || address.equals("::");
	}
}

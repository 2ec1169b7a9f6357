package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Ends the repair mode CRIU leaves a frozen tree's TCP connections in. A dump with {@code --tcp-established} and
 * {@code --leave-stopped} puts each connection into repair mode (it neither sends nor takes packets) and keeps it
 * there, for the copy on the target to take over; when the copy does not (a rollback), the tree resumed here would
 * hold sockets that are silent forever (seen: the peer's next request hung). So before such a tree resumes, each of
 * its sockets is taken with pidfd_getfd(2) and set TCP_REPAIR off; for a socket that is not in repair mode that is
 * refused or changes nothing.
 */
final class TcpRepair {

	private static final int IPPROTO_TCP = 6;
	private static final int TCP_REPAIR = 19;

	private TcpRepair() {
	}

	/** Turns repair mode off on the sockets of {@code pids}; how many were set. */
	static int off(List<Integer> pids) throws IOException {
		if (!Libc.available() || Libc.PIDFD_OPEN == null || Libc.PIDFD_GETFD == null) {
			throw new IOException("this agent's JVM cannot call pidfd_getfd (it needs Java 22 or later and glibc 2.36), so the"
					+ " tree's TCP connections stay in CRIU's repair mode");
		}
		int done = 0;
		try (Libc.Memory memory = Libc.Memory.confined()) {
			Object zero = memory.allocate(4);
			for (int pid : pids) {
				int pidfd = Libc.callInt(Libc.PIDFD_OPEN, pid, 0);
				if (pidfd < 0) {
					continue; // gone
				}
				try (var fds = Files.list(Path.of("/proc", Integer.toString(pid), "fd"))) {
					for (Path fd : fds.toList()) {
						String target;
						try {
							target = Files.readSymbolicLink(fd).toString();
						} catch (IOException e) {
							continue;
						}
						if (!target.startsWith("socket:")) {
							continue;
						}
						int copy = Libc.callInt(Libc.PIDFD_GETFD, pidfd, Integer.parseInt(fd.getFileName().toString()), 0);
						if (copy < 0) {
							continue;
						}
						if (Libc.callInt(Libc.SETSOCKOPT, copy, IPPROTO_TCP, TCP_REPAIR, Libc.Memory.address(zero), 4) == 0) {
							done++;
						}
						Libc.callInt(Libc.CLOSE, copy);
					}
				} finally {
					Libc.callInt(Libc.CLOSE, pidfd);
				}
			}
		}
		return done;
	}
}

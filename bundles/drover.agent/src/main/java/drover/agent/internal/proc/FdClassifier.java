package drover.agent.internal.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import drover.protocol.ResourceInfo;

/** Turns a raw descriptor into a typed {@link ResourceInfo}, with sockets and peers resolved. */
final class FdClassifier {

	private static final int S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000, S_IFIFO = 0010000,
			S_IFCHR = 0020000, S_IFBLK = 0060000;
	private static final int O_ACCMODE = 03, O_WRONLY = 01, O_RDWR = 02;
	private static final String DELETED = " (deleted)";

	private final int pid;
	private final SocketTable sockets;
	private final Map<Long, List<Integer>> holders;

	FdClassifier(int pid, SocketTable sockets, Map<Long, List<Integer>> holders) {
		this.pid = pid;
		this.sockets = sockets;
		this.holders = holders;
	}

	/**
	 * Reads what only the live descriptor can tell: stat of a path target (it follows deleted files too), and
	 * fdinfo where it says more than the access mode: the offset and flags of a regular file, the pair number of a
	 * pty master. For anything else (pipes, sockets, devices, event descriptors) the access mode is the one flag
	 * the inventory needs (which end of a pipe; ForkVerdicts' written files are regular files), and the link's own
	 * mode has it (the kernel sets the link's read and write bits from the descriptor's mode): one lstat instead
	 * of opening, reading and closing fdinfo, which was a fifth of a whole scan.
	 */
	static RawFd describe(Path link, Path fdinfo, int fd, String target) {
		int mode = 0;
		long size = 0;
		long inode = 0;
		boolean path = target.startsWith("/");
		if (path) {
			try {
				Map<String, Object> attrs = Files.readAttributes(link, "unix:mode,size,ino");
				mode = (Integer) attrs.get("mode");
				size = (Long) attrs.get("size");
				inode = (Long) attrs.get("ino");
			} catch (IOException | UnsupportedOperationException | SecurityException e) {
				// closed meanwhile or unreadable: classified by its name alone
			}
		}
		int flags;
		long pos = 0;
		int ttyIndex = -1;
		if (path && ((mode & S_IFMT) == S_IFREG || mode == 0 || target.endsWith("/ptmx"))) {
			String info = ProcFiles.readWholeOrNull(fdinfo);
			flags = (int) parseOctal(ProcFiles.field(info, "flags"));
			pos = ProcFiles.parseLongOr(ProcFiles.field(info, "pos"), 0);
			ttyIndex = (int) ProcFiles.parseLongOr(ProcFiles.field(info, "tty-index"), -1);
		} else {
			flags = accessMode(link);
		}
		return new RawFd(fd, target, flags, pos, mode, size, (mode & S_IFMT) == S_IFIFO ? inode : 0, ttyIndex);
	}

	/** O_RDONLY, O_WRONLY or O_RDWR from the read (0400) and write (0200) bits of /proc/PID/fd/N itself. */
	static int accessMode(Path link) {
		try {
			int mode = (Integer) Files.getAttribute(link, "unix:mode", LinkOption.NOFOLLOW_LINKS);
			boolean read = (mode & 0400) != 0;
			boolean write = (mode & 0200) != 0;
			return write ? (read ? O_RDWR : O_WRONLY) : 0;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return 0; // closed meanwhile
		}
	}

	private static long parseOctal(String s) {
		try {
			return s == null ? 0 : Long.parseLong(s, 8);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The inode in {@code pipe:[N]} or {@code socket:[N]} style targets, else 0. */
	static long bracketInode(String target) {
		int open = target.indexOf(":[");
		if (open < 0 || !target.endsWith("]") || target.startsWith("anon_inode")) {
			return 0;
		}
		return ProcFiles.parseLongOr(target.substring(open + 2, target.length() - 1), 0);
	}

	ResourceInfo classify(RawFd raw) {
		String target = raw.target();
		int fd = raw.fd();
		int flags = raw.flags();
		if (target.startsWith("socket:[")) {
			return socket(raw, bracketInode(target));
		}
		if (target.startsWith("pipe:[")) {
			long inode = bracketInode(target);
			return new ResourceInfo.Pipe(fd, target, flags, inode, false, null, writeEnd(flags), peersOf(inode));
		}
		if (target.startsWith("anon_inode:") || target.startsWith("pidfd:")) {
			return anon(raw);
		}
		if (target.startsWith("/")) {
			boolean deleted = target.endsWith(DELETED);
			String path = deleted ? target.substring(0, target.length() - DELETED.length()) : target;
			switch (raw.mode() & S_IFMT) {
			case S_IFDIR:
				return new ResourceInfo.Directory(fd, target, flags, path);
			case S_IFIFO:
				return new ResourceInfo.Pipe(fd, target, flags, raw.fifoInode(), true, path, writeEnd(flags),
						peersOf(raw.fifoInode()));
			case S_IFCHR:
			case S_IFBLK:
				return device(raw, path);
			case S_IFREG:
				return new ResourceInfo.File(fd, target, flags, path, raw.pos(), raw.size(), deleted);
			default:
				if (path.startsWith("/dev/")) {
					return device(raw, path);
				}
				return new ResourceInfo.File(fd, target, flags, path, raw.pos(), raw.size(), deleted);
			}
		}
		return new ResourceInfo.Other(fd, target, flags);
	}

	private static ResourceInfo device(RawFd raw, String path) {
		int pty = -1;
		if (path.endsWith("/ptmx")) {
			pty = raw.ttyIndex(); // the master: its pair's number is only in fdinfo
		} else if (path.startsWith("/dev/pts/")) {
			pty = (int) ProcFiles.parseLongOr(path.substring("/dev/pts/".length()), -1);
		}
		return new ResourceInfo.Device(raw.fd(), raw.target(), raw.flags(), path, isTty(path), pty);
	}

	private ResourceInfo socket(RawFd raw, long inode) {
		SocketTable.Inet inet = sockets.inet.get(inode);
		if (inet != null) {
			if (inet.protocol().equals("tcp")) {
				return new ResourceInfo.Tcp(raw.fd(), raw.target(), raw.flags(), inode, inet.family(), inet.localAddress(),
						inet.localPort(), inet.remoteAddress(), inet.remotePort(), inet.state());
			}
			return new ResourceInfo.Udp(raw.fd(), raw.target(), raw.flags(), inode, inet.family(), inet.localAddress(),
					inet.localPort(), inet.remoteAddress(), inet.remotePort(), inet.state());
		}
		SocketTable.Unix unix = sockets.unix.get(inode);
		if (unix != null) {
			long peer = sockets.unixPeers.getOrDefault(inode, 0L);
			List<Integer> peerPids = peer == 0 ? List.of() : holders.getOrDefault(peer, List.of());
			return new ResourceInfo.UnixSocket(raw.fd(), raw.target(), raw.flags(), inode, unix.path(), unix.type(),
					unix.state(), peer, List.copyOf(peerPids));
		}
		return new ResourceInfo.Other(raw.fd(), raw.target(), raw.flags());
	}

	private ResourceInfo anon(RawFd raw) {
		String target = raw.target();
		String name = target.startsWith("anon_inode:") ? target.substring("anon_inode:".length()) : target;
		String bare = name.replace("[", "").replace("]", "");
		String kind;
		if (bare.equals("eventfd")) {
			kind = "EVENTFD";
		} else if (bare.equals("eventpoll")) {
			kind = "EPOLL";
		} else if (bare.equals("signalfd")) {
			kind = "SIGNALFD";
		} else if (bare.equals("timerfd")) {
			kind = "TIMERFD";
		} else if (bare.equals("inotify")) {
			kind = "INOTIFY";
		} else if (bare.equals("fanotify")) {
			kind = "FANOTIFY";
		} else if (bare.startsWith("pidfd")) {
			kind = "PIDFD";
		} else if (bare.equals("io_uring")) {
			kind = "IO_URING";
		} else {
			kind = "OTHER";
		}
		return new ResourceInfo.AnonInode(raw.fd(), target, raw.flags(), kind, bare);
	}

	private List<Integer> peersOf(long inode) {
		List<Integer> all = holders.getOrDefault(inode, List.of());
		return all.stream().filter(p -> p != pid).toList();
	}

	private static boolean writeEnd(int flags) {
		return (flags & O_ACCMODE) == O_WRONLY;
	}

	private static boolean isTty(String path) {
		return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console")
				|| path.equals("/dev/ptmx");
	}
}

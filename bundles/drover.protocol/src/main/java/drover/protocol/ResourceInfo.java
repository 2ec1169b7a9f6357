package drover.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An open file descriptor of a process, by kind. Every kind has the descriptor number, the raw link text of
 * /proc/PID/fd/N ({@code target}) and the open flags: all of them (from fdinfo) for regular files and pty
 * masters, the access mode alone for the others ({@code O_RDONLY}, {@code O_WRONLY} or {@code O_RDWR}, from the
 * link's mode, which saves the agent reading fdinfo for every descriptor); the rest depends on the kind. In JSON
 * the kind is the {@code kind} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = ResourceInfo.File.class, name = "file"),
		@JsonSubTypes.Type(value = ResourceInfo.Directory.class, name = "directory"),
		@JsonSubTypes.Type(value = ResourceInfo.Pipe.class, name = "pipe"),
		@JsonSubTypes.Type(value = ResourceInfo.UnixSocket.class, name = "unix"),
		@JsonSubTypes.Type(value = ResourceInfo.Tcp.class, name = "tcp"),
		@JsonSubTypes.Type(value = ResourceInfo.Udp.class, name = "udp"),
		@JsonSubTypes.Type(value = ResourceInfo.Device.class, name = "device"),
		@JsonSubTypes.Type(value = ResourceInfo.AnonInode.class, name = "anon"),
		@JsonSubTypes.Type(value = ResourceInfo.Other.class, name = "other") })
public sealed interface ResourceInfo {

	int fd();

	String target();

	int flags();

	/** A regular file (also memfd and deleted files). */
	record File(int fd, String target, int flags, String path, long offset, long size, boolean deleted)
			implements ResourceInfo {
	}

	record Directory(int fd, String target, int flags, String path) implements ResourceInfo {
	}

	/** An anonymous pipe or a FIFO; {@code peerPids} are the other processes of the host holding it. */
	record Pipe(int fd, String target, int flags, long inode, boolean fifo, String path, boolean writeEnd,
			List<Integer> peerPids) implements ResourceInfo {
	}

	/** {@code path} is a file path, an abstract name starting with {@code @}, or null when unnamed. */
	record UnixSocket(int fd, String target, int flags, long inode, String path, String socketType, String state,
			long peerInode, List<Integer> peerPids) implements ResourceInfo {
	}

	record Tcp(int fd, String target, int flags, long inode, String family, String localAddress, int localPort,
			String remoteAddress, int remotePort, String state) implements ResourceInfo {
	}

	record Udp(int fd, String target, int flags, long inode, String family, String localAddress, int localPort,
			String remoteAddress, int remotePort, String state) implements ResourceInfo {
	}

	/**
	 * A character or block device; {@code tty} for terminals. {@code ptyIndex} is the number of the
	 * pseudo-terminal pair for either end ({@code /dev/ptmx}: the master; {@code /dev/pts/N}: the slave), -1 for
	 * anything else: CRIU restores a pty at its index, so the target must have that index free.
	 */
	record Device(int fd, String target, int flags, String path, boolean tty, int ptyIndex) implements ResourceInfo {

		public Device(int fd, String target, int flags, String path, boolean tty) {
			this(fd, target, flags, path, tty, -1);
		}

		/** The master side of a pty pair (the end a terminal server such as tmux or sshd holds). */
		public boolean ptyMaster() {
			return ptyIndex >= 0 && path.endsWith("/ptmx");
		}

		/** The slave side of a pty pair (the terminal a shell has as stdin, stdout and stderr). */
		public boolean ptySlave() {
			return ptyIndex >= 0 && !path.endsWith("/ptmx");
		}
	}

	/** eventfd, epoll, signalfd, timerfd, inotify, fanotify, pidfd, io_uring... ({@code anonKind} upper case). */
	record AnonInode(int fd, String target, int flags, String anonKind, String name) implements ResourceInfo {
	}

	/** Anything else, e.g. a netlink socket. */
	record Other(int fd, String target, int flags) implements ResourceInfo {
	}
}

package drover.core.model;

import java.util.List;

import drover.protocol.ResourceInfo;

/** One-line descriptions of open resources, the same in the CLI's tree and the console's labels. */
public final class ResourceLabels {

	private ResourceLabels() {
	}

	public static String describe(ResourceInfo r) {
		return switch (r) {
		case ResourceInfo.File f -> "file " + f.path() + " @" + f.offset() + (f.deleted() ? " (deleted)" : "");
		case ResourceInfo.Directory d -> "dir  " + d.path();
		case ResourceInfo.Pipe p -> (p.fifo() ? "fifo " + p.path() : "pipe " + p.inode()) + (p.writeEnd() ? " w" : " r")
				+ peers(p.peerPids());
		case ResourceInfo.UnixSocket u -> "unix " + u.socketType() + (u.path() != null ? " " + u.path() : "") + " "
				+ u.state() + peers(u.peerPids());
		case ResourceInfo.Tcp t -> "tcp  " + t.localAddress() + ":" + t.localPort() + " -> " + t.remoteAddress() + ":"
				+ t.remotePort() + " " + t.state();
		case ResourceInfo.Udp u -> "udp  " + u.localAddress() + ":" + u.localPort() + " " + u.state();
		case ResourceInfo.Device d -> (d.tty() ? "tty  " : "dev  ") + d.path();
		case ResourceInfo.AnonInode a -> "anon " + a.anonKind().toLowerCase();
		case ResourceInfo.Other o -> "     " + o.target();
		};
	}

	private static String peers(List<Integer> pids) {
		return pids == null || pids.isEmpty() ? "" : " <-> " + pids;
	}
}

package drover.ui.internal.processes;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import drover.model.AnonInodeResource;
import drover.model.DeviceResource;
import drover.model.DirectoryResource;
import drover.model.FileResource;
import drover.model.PipeResource;
import drover.model.Process;
import drover.model.TcpSocketResource;
import drover.model.UdpSocketResource;
import drover.model.UnixSocketResource;

/**
 * What a row of the process tree is, as far as its icon and tooltip go: a process, or one kind of open
 * resource. Finer than the model's classes where the difference matters before a migration (a deleted
 * file, a listening versus a connected TCP socket, a terminal).
 */
public enum RowKind {

	PROCESS("process", "", new RGB(52, 101, 164)),
	FILE("file", "F", new RGB(78, 154, 6)),
	DELETED_FILE("deleted file", "F", new RGB(204, 0, 0)),
	DIRECTORY("directory", "D", new RGB(193, 125, 17)),
	PIPE("pipe", "|", new RGB(117, 80, 123)),
	FIFO("named pipe (FIFO)", "Q", new RGB(117, 80, 123)),
	UNIX_SOCKET("unix socket", "U", new RGB(6, 152, 154)),
	TCP_LISTEN("TCP socket, listening", "L", new RGB(32, 74, 135)),
	TCP_CONNECTED("TCP socket", "T", new RGB(52, 101, 164)),
	UDP("UDP socket", "u", new RGB(114, 159, 207)),
	TTY("terminal", ">", new RGB(46, 52, 54)),
	DEVICE("device", "d", new RGB(136, 138, 133)),
	ANON_INODE("anonymous inode", "e", new RGB(245, 121, 0)),
	OTHER("other descriptor", "?", new RGB(186, 189, 182));

	/** Words for tooltips and the like: "deleted file", "TCP socket, listening". */
	public final String label;
	/** The glyph drawn on the badge; empty for the process icon, which is drawn differently. */
	final String letter;
	/** The badge's colour; files green, sockets blue, pipes purple, deleted red. */
	final RGB colour;

	RowKind(String label, String letter, RGB colour) {
		this.label = label;
		this.letter = letter;
		this.colour = colour;
	}

	/** The kind of a tree element, or null for anything that is not a process or resource. */
	public static RowKind of(Object element) {
		return switch (element) {
		case Process p -> PROCESS;
		case FileResource f -> f.isDeleted() ? DELETED_FILE : FILE;
		case DirectoryResource d -> DIRECTORY;
		case PipeResource p -> p.isFifo() ? FIFO : PIPE;
		case UnixSocketResource u -> UNIX_SOCKET;
		case TcpSocketResource t -> "LISTEN".equals(t.getState()) ? TCP_LISTEN : TCP_CONNECTED;
		case UdpSocketResource u -> UDP;
		case DeviceResource d -> d.isTty() ? TTY : DEVICE;
		case AnonInodeResource a -> ANON_INODE;
		case drover.model.OpenResource r -> OTHER;
		case null, default -> null;
		};
	}

	/** A tooltip: the kind in words, with the anon inode's own kind (eventfd, epoll...) when known. */
	public static String describe(Object element) {
		RowKind kind = of(element);
		if (kind == null) {
			return null;
		}
		if (element instanceof AnonInodeResource a && a.getAnonKind() != null) {
			return kind.label + " (" + a.getAnonKind().getLiteral().toLowerCase(Locale.ROOT) + ")";
		}
		return kind.label;
	}
}

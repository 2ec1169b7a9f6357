package drover.agent.internal.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The sockets of one network namespace by inode: TCP and UDP from /proc/PID/net/{tcp,tcp6,udp,udp6}, unix
 * sockets from /proc/PID/net/unix, and, for unix sockets, their peers from {@code ss -xa} (the kernel tells
 * peers only through sock_diag, which ss speaks; without ss the peers stay unknown).
 */
final class SocketTable {

	record Inet(String protocol, String family, String localAddress, int localPort, String remoteAddress,
			int remotePort, String state) {
	}

	record Unix(String path, String type, String state) {
	}

	private static final String[] TCP_STATES = { "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
			"FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV" };

	final Map<Long, Inet> inet = new HashMap<>();
	final Map<Long, Unix> unix = new HashMap<>();
	final Map<Long, Long> unixPeers = new HashMap<>();

	/** Reads the tables as process {@code pid} sees them; {@code sameNamespaceAsAgent} allows asking ss. */
	static SocketTable read(Path procPid, boolean sameNamespaceAsAgent) {
		SocketTable table = new SocketTable();
		table.readInet(procPid.resolve("net/tcp"), "tcp", "ipv4");
		table.readInet(procPid.resolve("net/tcp6"), "tcp", "ipv6");
		table.readInet(procPid.resolve("net/udp"), "udp", "ipv4");
		table.readInet(procPid.resolve("net/udp6"), "udp", "ipv6");
		table.readUnix(procPid.resolve("net/unix"));
		if (sameNamespaceAsAgent) {
			table.readUnixPeers();
		}
		return table;
	}

	private void readInet(Path file, String protocol, String family) {
		String text = ProcFiles.readOrNull(file);
		if (text == null) {
			return;
		}
		String[] lines = text.split("\n");
		for (int i = 1; i < lines.length; i++) {
			String[] f = lines[i].trim().split("\\s+");
			if (f.length < 10) {
				continue;
			}
			long inode = ProcFiles.parseLongOr(f[9], 0);
			if (inode == 0) {
				continue; // TIME_WAIT and friends belong to no descriptor
			}
			int local = f[1].indexOf(':');
			int remote = f[2].indexOf(':');
			int st = Integer.parseInt(f[3], 16);
			String state = protocol.equals("udp") ? (st == 1 ? "ESTABLISHED" : "UNCONN")
					: st < TCP_STATES.length ? TCP_STATES[st] : "UNKNOWN";
			inet.put(inode,
					new Inet(protocol, family, address(f[1].substring(0, local)),
							Integer.parseInt(f[1].substring(local + 1), 16), address(f[2].substring(0, remote)),
							Integer.parseInt(f[2].substring(remote + 1), 16), state));
		}
	}

	/** /proc/net addresses are 32-bit words in host (little-endian) order, written in hex. */
	static String address(String hex) {
		if (hex.length() == 8) {
			long v = Long.parseLong(hex, 16);
			return (v & 0xff) + "." + ((v >> 8) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 24) & 0xff);
		}
		byte[] bytes = new byte[16];
		for (int word = 0; word < 4; word++) {
			long v = Long.parseLong(hex.substring(word * 8, word * 8 + 8), 16);
			for (int b = 0; b < 4; b++) {
				bytes[word * 4 + b] = (byte) (v >> (8 * b));
			}
		}
		try {
			String text = java.net.InetAddress.getByAddress(bytes).getHostAddress();
			return text.startsWith("0:0:0:0:0:ffff:") || text.equals("0:0:0:0:0:0:0:0") || text.equals("0:0:0:0:0:0:0:1")
					? compact(text)
					: text;
		} catch (java.net.UnknownHostException e) {
			return hex;
		}
	}

	private static String compact(String text) {
		return switch (text) {
		case "0:0:0:0:0:0:0:0" -> "::";
		case "0:0:0:0:0:0:0:1" -> "::1";
		default -> "::ffff:" + text.substring("0:0:0:0:0:ffff:".length());
		};
	}

	private void readUnix(Path file) {
		String text = ProcFiles.readOrNull(file);
		if (text == null) {
			return;
		}
		String[] lines = text.split("\n");
		for (int i = 1; i < lines.length; i++) {
			String[] f = lines[i].trim().split("\\s+", 8);
			if (f.length < 7) {
				continue;
			}
			long inode = ProcFiles.parseLongOr(f[6], 0);
			boolean listening = (Long.parseLong(f[3], 16) & 0x10000) != 0;
			String type = switch (f[4]) {
			case "0001" -> "stream";
			case "0002" -> "dgram";
			case "0005" -> "seqpacket";
			default -> f[4];
			};
			String state = listening ? "LISTEN" : switch (f[5]) {
			case "01" -> "UNCONNECTED";
			case "02" -> "CONNECTING";
			case "03" -> "CONNECTED";
			case "04" -> "DISCONNECTING";
			default -> f[5];
			};
			unix.put(inode, new Unix(f.length > 7 ? f[7] : null, type, state));
		}
	}

	private void readUnixPeers() {
		try {
			Process ss = new ProcessBuilder("ss", "-xaH").redirectErrorStream(false)
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!ss.waitFor(5, TimeUnit.SECONDS)) {
				ss.destroyForcibly();
				return;
			}
			for (String line : out.split("\n")) {
				String[] f = line.trim().split("\\s+");
				if (f.length < 8) {
					continue;
				}
				long local = ProcFiles.parseLongOr(f[f.length - 3], 0);
				long peer = ProcFiles.parseLongOr(f[f.length - 1], 0);
				if (local != 0 && peer != 0) {
					unixPeers.put(local, peer);
				}
			}
		} catch (IOException e) {
			// no ss on this node: unix socket peers stay unknown
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

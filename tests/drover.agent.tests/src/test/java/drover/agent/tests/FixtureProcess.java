package drover.agent.tests;

import java.io.File;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process with one of each resource the inventory must report truthfully: a regular file open at a known
 * offset, a deleted file, a pipe to its child, a connected unix socket pair, a listening TCP socket and an
 * established TCP connection on loopback. It prints what it holds on one line, then waits to be killed.
 */
public final class FixtureProcess {

	public static final long OFFSET = 777;

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		Path data = dir.resolve("data.bin");
		Files.write(data, new byte[4096]);
		RandomAccessFile file = new RandomAccessFile(data.toFile(), "rw");
		file.seek(OFFSET);

		Path doomed = dir.resolve("doomed.txt");
		Files.writeString(doomed, "soon gone");
		RandomAccessFile deleted = new RandomAccessFile(doomed.toFile(), "r");
		Files.delete(doomed);

		Process child = new ProcessBuilder("sleep", "100000").redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start(); // its stdin is a pipe we hold the write end of

		Path socketPath = dir.resolve("fixture.sock");
		ServerSocketChannel unixServer = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		unixServer.bind(UnixDomainSocketAddress.of(socketPath));
		SocketChannel unixClient = SocketChannel.open(UnixDomainSocketAddress.of(socketPath));
		SocketChannel unixAccepted = unixServer.accept();

		ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		Socket tcpClient = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
		Socket tcpAccepted = listener.accept();

		System.out.println("READY pid=" + ProcessHandle.current().pid() + " child=" + child.pid() + " data=" + data
				+ " doomed=" + doomed + " sock=" + socketPath + " port=" + listener.getLocalPort() + " clientPort="
				+ tcpClient.getLocalPort());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
		// keep every resource reachable until the end (never reached)
		System.out.println(file.hashCode() + deleted.hashCode() + unixClient.hashCode() + unixAccepted.hashCode()
				+ tcpAccepted.hashCode() + new File(".").hashCode());
	}
}

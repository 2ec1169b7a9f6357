package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * One end of CRIU's page traffic: a connected pair of unix stream sockets ({@code socketpair(2)}), made by this
 * agent, one end for a CRIU child ({@code --ps-socket 3}), the other relayed by this agent to the SSH channel of
 * the migration it belongs to. Nothing listens: no other process can connect to it, and it exists only as long
 * as the CRIU child and that channel do. Both ends are close-on-exec; the child gets its end through
 * {@link SpawnedCriu}, and this agent closes its copy once the child runs, so the child's exit reads as EOF here.
 * <p>
 * The relay runs on two platform threads (their reads and writes block in native code, which must not hold a
 * virtual thread's carrier): the channel's input to the socket, the socket to the channel's output. The socket's
 * EOF closes the channel's output; the channel's EOF shuts the socket's write side; {@link #cut()} ends both.
 */
final class PageSocket implements AutoCloseable {

	private static final int BUFFER = 1 << 20;
	/** Socket buffers: the kernel's default (about 200 KB) makes CRIU and the relay take turns on every few pages. */
	private static final int SOCKET_BUFFER = 4 << 20;

	private final int agentEnd;
	private volatile int childEnd;
	private final AtomicBoolean closed = new AtomicBoolean();
	private final AtomicLong toSocket = new AtomicLong();
	private final AtomicLong fromSocket = new AtomicLong();
	private final CountDownLatch done = new CountDownLatch(2);
	private volatile boolean relaying;

	private PageSocket(int agentEnd, int childEnd) {
		this.agentEnd = agentEnd;
		this.childEnd = childEnd;
	}

	/** A new pair; the child's end is the higher number (never 0-3, which the child's own layout uses). */
	static PageSocket open() throws RequestException {
		if (!Libc.available()) {
			throw unavailable();
		}
		try (Libc.Memory memory = Libc.Memory.confined()) {
			Object pair = memory.allocate(8);
			int rc = Libc.callInt(Libc.SOCKETPAIR, Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0, Libc.Memory.address(pair));
			if (rc != 0) {
				throw new RequestException(ErrorInfo.INTERNAL, "socketpair() failed: the page channel cannot be made.",
						"The node may be out of file descriptors; see the agent's log.");
			}
			int[] fds = Libc.Memory.ints(pair, 2);
			Object size = memory.allocate(4);
			Libc.Memory.copyIn(java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder()).putInt(SOCKET_BUFFER).array(), 0,
					size, 0, 4);
			for (int fd : fds) { // best effort: capped by net.core.wmem_max/rmem_max
				Libc.callInt(Libc.SETSOCKOPT, fd, Libc.SOL_SOCKET, Libc.SO_SNDBUF, Libc.Memory.address(size), 4);
				Libc.callInt(Libc.SETSOCKOPT, fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF, Libc.Memory.address(size), 4);
			}
			return new PageSocket(Math.min(fds[0], fds[1]), Math.max(fds[0], fds[1]));
		}
	}

	static RequestException unavailable() {
		return new RequestException(ErrorInfo.CRIU_FAILED, "This agent runs on Java " + Runtime.version().feature()
				+ ", which cannot hand CRIU a connected page socket (the JDK's foreign function API is final from Java 22).",
				"Run the agent on Java 22 or later (scripts/java-env.sh finds one); memory pages never travel through a"
						+ " listening port. A migration without streaming or post-copy still works.");
	}

	/** The descriptor CRIU gets as its fd 3 (valid until {@link #childStarted()}). */
	int childEnd() {
		return childEnd;
	}

	/** The child has its own copy now: this agent's goes, so that the child's exit is this end's EOF. */
	void childStarted() {
		int fd = childEnd;
		childEnd = -1;
		if (fd >= 0) {
			Libc.callInt(Libc.CLOSE, fd);
		}
	}

	/**
	 * Relays between the socket and a channel: {@code in} (what the peer sends) to the socket, the socket to
	 * {@code out} (to the peer). {@code onEnd} runs once both directions ended.
	 */
	void relay(InputStream in, OutputStream out, String name, Runnable onEnd) {
		relaying = true;
		Thread.ofPlatform().daemon().name("page channel in " + name).start(() -> {
			try (Libc.Memory memory = Libc.Memory.confined()) {
				Object buffer = memory.allocate(BUFFER);
				long address = Libc.Memory.address(buffer);
				byte[] chunk = new byte[BUFFER];
				int n;
				while ((n = in.read(chunk)) > 0) {
					Libc.Memory.copyIn(chunk, 0, buffer, 0, n);
					int written = 0;
					while (written < n) {
						long w = Libc.call(Libc.WRITE, agentEnd, address + written, n - written);
						if (w <= 0) {
							throw new IOException("the page socket is closed");
						}
						written += (int) w;
					}
					toSocket.addAndGet(n);
				}
			} catch (IOException | RuntimeException e) {
				// the channel or CRIU went away: the other direction ends with the shutdown below
			} finally {
				if (!closed.get()) {
					Libc.callInt(Libc.SHUTDOWN, agentEnd, Libc.SHUT_WR);
				}
				finished(onEnd);
			}
		});
		Thread.ofPlatform().daemon().name("page channel out " + name).start(() -> {
			try (Libc.Memory memory = Libc.Memory.confined()) {
				Object buffer = memory.allocate(BUFFER);
				long address = Libc.Memory.address(buffer);
				byte[] chunk = new byte[BUFFER];
				long n;
				while ((n = Libc.call(Libc.READ, agentEnd, address, BUFFER)) > 0) {
					Libc.Memory.copyOut(buffer, 0, chunk, 0, (int) n);
					out.write(chunk, 0, (int) n);
					out.flush();
					fromSocket.addAndGet(n);
				}
			} catch (IOException | RuntimeException e) {
				// the channel broke: CRIU sees its socket end with the cut below
			} finally {
				try {
					out.close(); // EOF to the peer
				} catch (IOException e) {
					// gone already
				}
				try {
					in.close(); // and stop reading what it sends: nobody takes it any more
				} catch (IOException e) {
					// gone already
				}
				if (!closed.get()) {
					Libc.callInt(Libc.SHUTDOWN, agentEnd, Libc.SHUT_RDWR);
				}
				finished(onEnd);
			}
		});
	}

	private void finished(Runnable onEnd) {
		done.countDown();
		if (done.getCount() == 0) {
			close();
			if (onEnd != null) {
				onEnd.run();
			}
		}
	}

	/** Waits until both directions ended; false if that took longer than {@code millis}. */
	boolean await(long millis) throws InterruptedException {
		return !relaying || done.await(millis, TimeUnit.MILLISECONDS);
	}

	/** Ends the traffic both ways now: CRIU reads EOF, the relay ends, the descriptors go. */
	void cut() {
		if (!closed.get()) {
			Libc.callInt(Libc.SHUTDOWN, agentEnd, Libc.SHUT_RDWR);
		}
		if (!relaying) {
			close();
		}
	}

	long bytesToSocket() {
		return toSocket.get();
	}

	long bytesFromSocket() {
		return fromSocket.get();
	}

	/** Closes what is left; the relay threads close it themselves once they ended (never under a blocked read). */
	@Override
	public void close() {
		if (relaying && done.getCount() > 0) {
			cut();
			return;
		}
		if (closed.compareAndSet(false, true)) {
			Libc.callInt(Libc.CLOSE, agentEnd);
			childStarted();
		}
	}
}

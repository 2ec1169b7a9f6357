package drover.agent.internal.criu;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A CRIU child that gets one more descriptor than {@link ProcessBuilder} can give: the page socket, as its fd 3
 * ({@code --ps-socket 3}). Started with {@code posix_spawn(3)}: stdin from /dev/null, stdout and stderr into one
 * pipe (this process's input stream), fd 3 the socket, every other descriptor closed, signal mask empty and
 * every signal at its default (what the JDK's own launcher gives a child too). A platform thread waits for it
 * ({@code waitid} without reaping first, so a kill never reaches a PID that was reaped and reused) and reaps it.
 */
final class SpawnedCriu extends Process {

	private static final int P_PID = 1;
	private static final int WEXITED = 4;
	private static final int WNOWAIT = 0x01000000;
	private static final int POSIX_SPAWN_SETSIGDEF = 0x04;
	private static final int POSIX_SPAWN_SETSIGMASK = 0x08;
	private static final int O_RDONLY = 0;

	private final long pid;
	private final InputStream output;
	private final CompletableFuture<Integer> exit = new CompletableFuture<>();
	private boolean exited;

	private SpawnedCriu(long pid, InputStream output) {
		this.pid = pid;
		this.output = output;
	}

	/** Starts {@code command} (its first word an absolute path) with {@code socket}'s child end as fd 3. */
	static SpawnedCriu start(List<String> command, Map<String, String> environment, PageSocket socket) throws IOException {
		Map<String, String> env = new TreeMap<>(System.getenv());
		env.putAll(environment);
		List<String> envp = new ArrayList<>();
		env.forEach((k, v) -> envp.add(k + "=" + v));
		int[] pipe;
		long pid;
		try (Libc.Memory memory = Libc.Memory.confined()) {
			Object fds = memory.allocate(8);
			if (Libc.callInt(Libc.PIPE2, Libc.Memory.address(fds), Libc.O_CLOEXEC) != 0) {
				throw new IOException("pipe2() failed");
			}
			pipe = Libc.Memory.ints(fds, 2);
			long actions = Libc.Memory.address(memory.allocate(1024));
			long attr = Libc.Memory.address(memory.allocate(1024));
			long empty = Libc.Memory.address(memory.allocate(256));
			long all = Libc.Memory.address(memory.allocate(256));
			Object pidBlock = memory.allocate(8);
			long pidOut = Libc.Memory.address(pidBlock);
			Libc.callInt(Libc.FA_INIT, actions);
			Libc.callInt(Libc.ATTR_INIT, attr);
			try {
				Libc.callInt(Libc.FA_OPEN, actions, 0, memory.string("/dev/null"), O_RDONLY, 0);
				Libc.callInt(Libc.FA_DUP2, actions, pipe[1], 1);
				Libc.callInt(Libc.FA_DUP2, actions, pipe[1], 2);
				Libc.callInt(Libc.FA_DUP2, actions, socket.childEnd(), 3);
				if (Libc.FA_CLOSEFROM != null) {
					Libc.callInt(Libc.FA_CLOSEFROM, actions, 4);
				}
				Libc.callInt(Libc.SIGEMPTYSET, empty);
				Libc.callInt(Libc.SIGFILLSET, all);
				Libc.callInt(Libc.ATTR_SIGMASK, attr, empty);
				Libc.callInt(Libc.ATTR_SIGDEFAULT, attr, all);
				Libc.callInt(Libc.ATTR_FLAGS, attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
				int rc = Libc.callInt(Libc.POSIX_SPAWN, pidOut, memory.string(command.get(0)), actions, attr,
						memory.strings(command), memory.strings(envp));
				if (rc != 0) {
					Libc.callInt(Libc.CLOSE, pipe[0]);
					throw new IOException("posix_spawn of " + command.get(0) + " failed (error " + rc + ")");
				}
				pid = Libc.Memory.ints(pidBlock, 1)[0];
			} finally {
				Libc.callInt(Libc.FA_DESTROY, actions);
				Libc.callInt(Libc.ATTR_DESTROY, attr);
				Libc.callInt(Libc.CLOSE, pipe[1]);
			}
		}
		socket.childStarted();
		// the pipe's read end as a plain Java stream (a pipe, unlike a socket, can be opened through /proc): its reads
		// may then block on virtual threads like any file read
		InputStream output;
		try {
			output = new FileInputStream("/proc/self/fd/" + pipe[0]);
		} finally {
			Libc.callInt(Libc.CLOSE, pipe[0]);
		}
		SpawnedCriu process = new SpawnedCriu(pid, output);
		Thread.ofPlatform().daemon().name("criu " + pid + " waiter").start(process::await);
		return process;
	}

	private void await() {
		try (Libc.Memory memory = Libc.Memory.confined()) {
			Object info = memory.allocate(256);
			long address = Libc.Memory.address(info);
			while (Libc.callInt(Libc.WAITID, P_PID, pid, address, WEXITED | WNOWAIT) != 0) {
				// EINTR: again (ECHILD cannot happen: it is our child and nobody else reaps it)
				Thread.onSpinWait();
			}
			int status;
			synchronized (this) {
				Object statusBlock = memory.allocate(8);
				Libc.callInt(Libc.WAITPID, pid, Libc.Memory.address(statusBlock), 0);
				status = Libc.Memory.ints(statusBlock, 1)[0];
				exited = true;
			}
			int code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
			exit.complete(code);
		} catch (RuntimeException e) {
			exit.complete(255);
		}
	}

	@Override
	public OutputStream getOutputStream() {
		return OutputStream.nullOutputStream();
	}

	@Override
	public InputStream getInputStream() {
		return output;
	}

	@Override
	public InputStream getErrorStream() {
		return InputStream.nullInputStream();
	}

	@Override
	public int waitFor() throws InterruptedException {
		try {
			return exit.get();
		} catch (ExecutionException e) {
			return 255;
		}
	}

	@Override
	public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
		try {
			exit.get(timeout, unit);
			return true;
		} catch (TimeoutException e) {
			return false;
		} catch (ExecutionException e) {
			return true;
		}
	}

	@Override
	public int exitValue() {
		Integer code = exit.getNow(null);
		if (code == null) {
			throw new IllegalThreadStateException("CRIU " + pid + " runs");
		}
		return code;
	}

	@Override
	public void destroy() {
		signal(false);
	}

	@Override
	public Process destroyForcibly() {
		signal(true);
		return this;
	}

	private synchronized void signal(boolean kill) {
		if (!exited) { // not reaped yet: the PID is still this child's
			ProcessHandle.of(pid).ifPresent(h -> {
				if (kill) {
					h.destroyForcibly();
				} else {
					h.destroy();
				}
			});
		}
	}

	@Override
	public boolean isAlive() {
		return !exit.isDone();
	}

	@Override
	public long pid() {
		return pid;
	}

	@Override
	public CompletableFuture<Process> onExit() {
		return exit.thenApply(code -> this);
	}

	@Override
	public ProcessHandle toHandle() {
		return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("CRIU " + pid + " is gone"));
	}
}

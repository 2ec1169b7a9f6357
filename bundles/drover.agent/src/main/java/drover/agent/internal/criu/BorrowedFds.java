package drover.agent.internal.criu;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of another process's file descriptors, taken with {@code pidfd_getfd(2)} and held by this agent.
 * <p>
 * Why: CRIU's lazy-pages daemon holds the userfaultfd of every process it restores post-copy. Should the
 * daemon die, the kernel releases those userfaultfds and fills every page still missing with zeros on the
 * next fault, so the copy runs on with memory that is not its own until the agent kills it. While the agent
 * holds a copy of each userfaultfd, a fault on a missing page just waits, and the kill finds it waiting.
 * <p>
 * The system calls go through the JDK's foreign function API, looked up reflectively: the agent is built for
 * Java 21, where that API is still a preview; on Java 22 and later it is there, and on 21 this class simply
 * holds nothing (the window stays a few milliseconds wide, see PostCopy).
 */
final class BorrowedFds {

	private static final long PIDFD_OPEN = 434;
	private static final long PIDFD_GETFD = 438;
	private static final long CLOSE = switch (System.getProperty("os.arch")) {
	case "amd64", "x86_64" -> 3;
	case "aarch64" -> 57;
	default -> -1;
	};
	/** {@code long syscall(long number, ...)} from the C library with three long arguments, or null. */
	private static final MethodHandle SYSCALL = CLOSE < 0 ? null : syscallHandle();

	private BorrowedFds() {
	}

	static boolean available() {
		return SYSCALL != null;
	}

	/** Copies into this process every userfaultfd that process {@code pid} holds; the copies' numbers. */
	static List<Integer> userfaultfds(long pid) {
		List<Integer> copies = new ArrayList<>();
		if (SYSCALL == null) {
			return copies;
		}
		long pidfd = call(PIDFD_OPEN, (int) pid, 0, 0);
		if (pidfd < 0) {
			return copies;
		}
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			for (Path fd : fds.toList()) {
				String target;
				try {
					target = Files.readSymbolicLink(fd).toString();
				} catch (IOException e) {
					continue; // closed meanwhile
				}
				if (target.contains("userfaultfd")) {
					long copy = call(PIDFD_GETFD, (int) pidfd, Integer.parseInt(fd.getFileName().toString()), 0);
					if (copy >= 0) {
						copies.add((int) copy);
					}
				}
			}
		} catch (IOException e) {
			// the process is gone: nothing to hold
		} finally {
			call(CLOSE, (int) pidfd, 0, 0);
		}
		return copies;
	}

	static void close(List<Integer> fds) {
		for (int fd : fds) {
			call(CLOSE, fd, 0, 0);
		}
	}

	private static long call(long number, long a, long b, long c) {
		try {
			return (long) SYSCALL.invokeWithArguments(number, a, b, c);
		} catch (Throwable e) {
			return -1;
		}
	}

	private static MethodHandle syscallHandle() {
		try {
			Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
			Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
			Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
			Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
			Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
			Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
			Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
			Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
			Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
			Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(lookup, "syscall");
			if (symbol.isEmpty()) {
				return null;
			}
			Object javaLong = valueLayout.getField("JAVA_LONG").get(null);
			Object arguments = Array.newInstance(layoutClass, 4); // glibc's syscall() reads its arguments as long
			for (int i = 0; i < 4; i++) {
				Array.set(arguments, i, javaLong);
			}
			Object descriptor = descriptorClass.getMethod("of", layoutClass, arguments.getClass()).invoke(null, javaLong, arguments);
			Object options = Array.newInstance(optionClass, 1); // syscall(2) is variadic after the number
			Array.set(options, 0, optionClass.getMethod("firstVariadicArg", int.class).invoke(null, 1));
			return (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
					.invoke(linker, symbol.get(), descriptor, options);
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			return null; // Java 21 (preview only), or native access refused
		}
	}
}

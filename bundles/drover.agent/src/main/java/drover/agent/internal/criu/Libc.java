package drover.agent.internal.criu;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The few C library calls the page channel needs (socketpair, posix_spawn with file actions, read, write,
 * shutdown, waitid/waitpid, pipe2, close), through the JDK's foreign function API.
 * <p>
 * Looked up reflectively, as {@link BorrowedFds} does: the agent is built for Java 21, where that API is still a
 * preview; on Java 22 and later it is final and {@link #available()} is true. Every argument and result travels
 * as a C {@code long} (ints, pointers and sizes all go in integer registers on x86-64 and aarch64); results of
 * functions that return {@code int} are narrowed by the caller. Native memory comes from confined or shared
 * arenas; {@link Memory} wraps one.
 */
final class Libc {

	static final int AF_UNIX = 1;
	static final int SOCK_STREAM = 1;
	static final int SOCK_CLOEXEC = 02000000;
	static final int O_CLOEXEC = 02000000;
	static final int SOL_SOCKET = 1;
	static final int SO_SNDBUF = 7;
	static final int SO_RCVBUF = 8;
	static final int SHUT_WR = 1;
	static final int SHUT_RDWR = 2;

	private static final Object JAVA_LONG;
	private static final Object JAVA_BYTE;
	private static final Object LINKER;
	private static final Object LOOKUP;
	private static final Method ARENA_SHARED;
	private static final Method ARENA_CONFINED;
	private static final Method ALLOCATE;
	private static final Method ARENA_CLOSE;
	private static final Method ADDRESS;
	private static final Method COPY_IN;
	private static final Method COPY_OUT;
	private static final Class<?> LAYOUT;
	private static final boolean READY;

	static {
		Object javaLong = null;
		Object javaByte = null;
		Object linker = null;
		Object lookup = null;
		Method shared = null;
		Method confined = null;
		Method allocate = null;
		Method close = null;
		Method address = null;
		Method copyIn = null;
		Method copyOut = null;
		Class<?> layout = null;
		boolean ready = false;
		try {
			Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
			Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
			Class<?> arena = Class.forName("java.lang.foreign.Arena");
			Class<?> allocator = Class.forName("java.lang.foreign.SegmentAllocator");
			Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
			layout = Class.forName("java.lang.foreign.MemoryLayout");
			javaLong = valueLayout.getField("JAVA_LONG").get(null);
			javaByte = valueLayout.getField("JAVA_BYTE").get(null);
			linker = linkerClass.getMethod("nativeLinker").invoke(null);
			lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
			shared = arena.getMethod("ofShared");
			confined = arena.getMethod("ofConfined");
			allocate = allocator.getMethod("allocate", long.class);
			close = arena.getMethod("close");
			address = segment.getMethod("address");
			copyIn = segment.getMethod("copy", Object.class, int.class, segment, valueLayout, long.class, int.class);
			copyOut = segment.getMethod("copy", segment, valueLayout, long.class, Object.class, int.class, int.class);
			ready = Runtime.version().feature() >= 22;
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			ready = false; // Java 21: the API is a preview there
		}
		JAVA_LONG = javaLong;
		JAVA_BYTE = javaByte;
		LINKER = linker;
		LOOKUP = lookup;
		ARENA_SHARED = shared;
		ARENA_CONFINED = confined;
		ALLOCATE = allocate;
		ARENA_CLOSE = close;
		ADDRESS = address;
		COPY_IN = copyIn;
		COPY_OUT = copyOut;
		LAYOUT = layout;
		READY = ready;
	}

	static final MethodHandle SOCKETPAIR = function("socketpair", 4);
	static final MethodHandle PIPE2 = function("pipe2", 2);
	static final MethodHandle CLOSE = function("close", 1);
	static final MethodHandle READ = function("read", 3);
	static final MethodHandle WRITE = function("write", 3);
	static final MethodHandle SHUTDOWN = function("shutdown", 2);
	static final MethodHandle SETSOCKOPT = function("setsockopt", 5);
	static final MethodHandle WAITID = function("waitid", 4);
	static final MethodHandle WAITPID = function("waitpid", 3);
	static final MethodHandle FA_INIT = function("posix_spawn_file_actions_init", 1);
	static final MethodHandle FA_DESTROY = function("posix_spawn_file_actions_destroy", 1);
	static final MethodHandle FA_DUP2 = function("posix_spawn_file_actions_adddup2", 3);
	static final MethodHandle FA_OPEN = function("posix_spawn_file_actions_addopen", 5);
	/** glibc 2.34 and later; without it a spawned CRIU may inherit descriptors the JDK opened without O_CLOEXEC. */
	static final MethodHandle FA_CLOSEFROM = function("posix_spawn_file_actions_addclosefrom_np", 2);
	static final MethodHandle ATTR_INIT = function("posix_spawnattr_init", 1);
	static final MethodHandle ATTR_DESTROY = function("posix_spawnattr_destroy", 1);
	static final MethodHandle ATTR_FLAGS = function("posix_spawnattr_setflags", 2);
	static final MethodHandle ATTR_SIGMASK = function("posix_spawnattr_setsigmask", 2);
	static final MethodHandle ATTR_SIGDEFAULT = function("posix_spawnattr_setsigdefault", 2);
	static final MethodHandle SIGEMPTYSET = function("sigemptyset", 1);
	static final MethodHandle SIGFILLSET = function("sigfillset", 1);
	static final MethodHandle POSIX_SPAWN = function("posix_spawn", 6);
	/** glibc 2.36 and later: a copy of another process's descriptor (a frozen tree's TCP socket, to end its repair mode). */
	static final MethodHandle PIDFD_OPEN = function("pidfd_open", 2);
	static final MethodHandle PIDFD_GETFD = function("pidfd_getfd", 3);

	private Libc() {
	}

	/** Can this JVM make the calls (Java 22+, native access granted, a C library with every function)? */
	static boolean available() {
		return READY && SOCKETPAIR != null && POSIX_SPAWN != null && WAITID != null && FA_DUP2 != null && ATTR_SIGDEFAULT != null;
	}

	/** Calls {@code handle} with {@code args} as C longs; the result as a long (-1 when the call could not be made). */
	static long call(MethodHandle handle, long... args) {
		Object[] boxed = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			boxed[i] = args[i];
		}
		try {
			return (long) handle.invokeWithArguments(boxed);
		} catch (Throwable e) {
			throw new IllegalStateException("native call failed: " + e, e);
		}
	}

	/** The same for a function that returns {@code int}: the upper half of the register is not part of it. */
	static int callInt(MethodHandle handle, long... args) {
		return (int) call(handle, args);
	}

	private static MethodHandle function(String name, int arguments) {
		if (!READY) {
			return null;
		}
		try {
			Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
			Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
			Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
			Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
			Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
			Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(LOOKUP, name);
			if (symbol.isEmpty()) {
				return null;
			}
			Object layouts = Array.newInstance(LAYOUT, arguments);
			for (int i = 0; i < arguments; i++) {
				Array.set(layouts, i, JAVA_LONG);
			}
			Object descriptor = descriptorClass.getMethod("of", LAYOUT, layouts.getClass()).invoke(null, JAVA_LONG, layouts);
			Object options = Array.newInstance(optionClass, 0);
			return (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
					.invoke(LINKER, symbol.get(), descriptor, options);
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			return null;
		}
	}

	/**
	 * Native memory from one arena: zeroed blocks, their addresses, and copies to and from Java arrays. A
	 * confined one belongs to the thread that made it; a native call that may still write into a block (a
	 * blocked read) must be over before the memory is closed.
	 */
	static final class Memory implements AutoCloseable {

		private final Object arena;

		private Memory(Object arena) {
			this.arena = arena;
		}

		static Memory confined() {
			return new Memory(invoke(ARENA_CONFINED, null));
		}

		static Memory shared() {
			return new Memory(invoke(ARENA_SHARED, null));
		}

		/** A zeroed block of {@code bytes}; the value is the segment, {@link #address} its address. */
		Object allocate(long bytes) {
			return invoke(ALLOCATE, arena, bytes);
		}

		static long address(Object segment) {
			return (long) invoke(ADDRESS, segment);
		}

		/** A NUL-terminated copy of {@code text} (UTF-8); its address. */
		long string(String text) {
			byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			Object segment = allocate(bytes.length + 1);
			copyIn(bytes, 0, segment, 0, bytes.length);
			return address(segment);
		}

		/** A NULL-terminated array of pointers to copies of {@code texts}; its address. */
		long strings(java.util.List<String> texts) {
			Object segment = allocate(8L * (texts.size() + 1));
			long[] pointers = new long[texts.size() + 1];
			for (int i = 0; i < texts.size(); i++) {
				pointers[i] = string(texts.get(i));
			}
			invoke(COPY_IN, null, pointers, 0, segment, JAVA_LONG, 0L, pointers.length);
			return address(segment);
		}

		static void copyIn(byte[] from, int offset, Object segment, long at, int length) {
			invoke(COPY_IN, null, from, offset, segment, JAVA_BYTE, at, length);
		}

		static void copyOut(Object segment, long at, byte[] to, int offset, int length) {
			invoke(COPY_OUT, null, segment, JAVA_BYTE, at, to, offset, length);
		}

		/** The {@code count} C ints at the start of {@code segment}. */
		static int[] ints(Object segment, int count) {
			byte[] raw = new byte[4 * count];
			copyOut(segment, 0, raw, 0, raw.length);
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.nativeOrder());
			int[] values = new int[count];
			for (int i = 0; i < count; i++) {
				values[i] = buffer.getInt();
			}
			return values;
		}

		@Override
		public void close() {
			invoke(ARENA_CLOSE, arena);
		}

		private static Object invoke(Method method, Object target, Object... args) {
			try {
				return method.invoke(target, args);
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("foreign memory access failed: " + e, e);
			}
		}
	}
}

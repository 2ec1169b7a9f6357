package drover.agent.internal.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The scheduler state of one process, from /proc/PID/stat (the field after the command name, which may hold spaces). */
public final class ProcState {

	/** Returned for a process that does not exist (any more). */
	public static final char GONE = 0;

	private ProcState() {
	}

	public static char of(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return stat.charAt(stat.lastIndexOf(')') + 2);
		} catch (IOException | RuntimeException e) {
			return GONE;
		}
	}

	/** Exists and is neither a zombie nor dead (an exited process may wait a while to be reaped). */
	public static boolean alive(long pid) {
		char state = of(pid);
		return state != GONE && state != 'Z' && state != 'X';
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's start time in clock ticks since boot (/proc/PID/stat field 22): with the PID, it names one process. */
final class ProcStartTime {

	private ProcStartTime() {
	}

	/** 0 when the process is gone or a zombie. */
	static long of(int pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
			String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// rest[0] is field 3 (state); field 22 is rest[19]
			return rest[0].equals("Z") || rest[0].equals("X") ? 0 : Long.parseLong(rest[19]);
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}

package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.proc.ProcState;

/** Signals to a process tree (resume a frozen one, kill one that moved away) and waiting for it to be gone. */
final class TreeSignals {

	List<Integer> send(String signal, List<Integer> pids) throws IOException {
		List<Integer> alive = pids.stream().filter(p -> Files.exists(Path.of("/proc", Integer.toString(p)))).toList();
		if (alive.isEmpty()) {
			return alive;
		}
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		alive.forEach(p -> command.add(Integer.toString(p)));
		Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			kill.getInputStream().readAllBytes();
			kill.waitFor(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return alive;
	}

	/** Resumes the processes of the tree that are stopped (state T), e.g. after a failed dump. */
	void resumeIfStopped(List<Integer> pids) throws IOException {
		List<Integer> stopped = new ArrayList<>();
		for (int pid : pids) {
			if (ProcState.of(pid) == 'T') {
				stopped.add(pid);
			}
		}
		send("CONT", stopped);
	}

	/**
	 * Waits until none of the PIDs exists any more, not even as a zombie: a restore of the same PIDs right
	 * after a dump fails with "Can't fork for PID: File exists" until they are reaped.
	 */
	void awaitGone(List<Integer> pids) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (pids.stream().noneMatch(p -> Files.exists(Path.of("/proc", Integer.toString(p))))) {
				return;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}

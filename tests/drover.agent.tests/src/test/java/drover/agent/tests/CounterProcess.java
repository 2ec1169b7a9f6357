package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import drover.core.AgentConnection;

/**
 * The process the migration tests move: a shell counting in its own memory (heap state), writing each number
 * through a descriptor with a file offset (fd 3, not O_APPEND: a lost offset would overwrite from 0), and
 * through a pipe to its child {@code cat}, which writes them to a second file.
 */
final class CounterProcess {

	final Path counter;
	final Path child;
	final int pid;

	CounterProcess(AgentConnection host, Path dir, String name) throws IOException {
		this.counter = dir.resolve(name + ".counter");
		this.child = dir.resolve(name + ".child");
		this.pid = host.spawn(List.of("bash", "-c", "exec 3>" + counter + "; exec 4> >(cat > " + child + "); i=0; "
				+ "while :; do i=$((i+1)); echo $i >&3; echo $i >&4; sleep 0.05; done")).pid();
	}

	/** The numbers written so far; asserts they are 1..n without gap or restart. */
	int assertConsecutive(Path file) throws IOException {
		List<Integer> numbers = Files.readString(file).lines().filter(l -> !l.isBlank()).map(Integer::parseInt).toList();
		for (int i = 0; i < numbers.size(); i++) {
			assertEquals(i + 1, numbers.get(i), file + " is not 1..n: the state was lost at line " + (i + 1));
		}
		return numbers.size();
	}

	/** Waits until both files grew past {@code count}: the counter and its child run. */
	int assertKeepsCounting(int count) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		int now = 0;
		while (System.currentTimeMillis() < deadline) {
			now = Math.min(assertConsecutive(counter), assertConsecutive(child));
			if (now > count + 3) {
				return now;
			}
			Thread.sleep(100);
		}
		assertTrue(now > count + 3, "the counter stopped at " + now);
		return now;
	}
}

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
	/** Where the ballast counter reports pages it found wrong (none for the plain counter). */
	final Path corrupt;
	/** A path on the process's command line, to tell it from other processes. */
	final Path marker;
	final int pid;

	CounterProcess(AgentConnection host, Path dir, String name) throws IOException {
		this.counter = dir.resolve(name + ".counter");
		this.child = dir.resolve(name + ".child");
		this.corrupt = dir.resolve(name + ".corrupt");
		this.marker = counter;
		this.pid = host.spawn(List.of("bash", "-c", "exec 3>" + counter + "; exec 4> >(cat > " + child + "); i=0; "
				+ "while :; do i=$((i+1)); echo $i >&3; echo $i >&4; sleep 0.05; done")).pid();
	}

	/**
	 * A counter that also holds {@code ballastMb} of memory, every page marked with its own number and checked
	 * round-robin while it counts: a page found wrong (zero-filled, another page's) is written to {@link #corrupt}
	 * as "corrupt page N". Python, with {@code cat} as child.
	 */
	CounterProcess(AgentConnection host, Path dir, String name, int ballastMb) throws IOException {
		this.counter = dir.resolve(name + ".counter");
		this.child = dir.resolve(name + ".child");
		this.corrupt = dir.resolve(name + ".corrupt");
		String script = String.join("\n",
				"import subprocess, time",
				"n = " + ballastMb + " << 20; pages = n // 4096",
				"b = bytearray(n); b[::4096] = bytes(j % 250 + 1 for j in range(pages))",
				"f = open('" + counter + "', 'w'); bad = open('" + dir.resolve(name + ".corrupt") + "', 'a')",
				"c = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=open('" + child + "', 'w'))",
				"i = 0; k = 0",
				"while True:",
				"    i += 1",
				"    for _ in range(2048):",
				"        k = (k + 1) % pages",
				"        if b[k * 4096] != k % 250 + 1: bad.write('corrupt page %d\\n' % k); bad.flush()",
				"    f.write('%d\\n' % i); f.flush(); c.stdin.write(b'%d\\n' % i); c.stdin.flush(); time.sleep(0.05)");
		Path program = dir.resolve(name + ".py");
		this.marker = program;
		Files.writeString(program, script + "\n");
		this.pid = host.spawn(List.of("python3", program.toString())).pid();
	}

	/** The numbers written so far; asserts they are 1..n without gap or restart. */
	int assertConsecutive(Path file) throws IOException {
		if (!Files.exists(file)) {
			return 0; // not started yet
		}
		List<Integer> numbers = Files.readString(file).lines().filter(l -> !l.isBlank()).map(Integer::parseInt).toList();
		for (int i = 0; i < numbers.size(); i++) {
			assertEquals(i + 1, numbers.get(i), file + " is not 1..n: the state was lost at line " + (i + 1));
		}
		return numbers.size();
	}

	/** Asserts the process never found a page of its memory wrong. */
	void assertMemoryIntact() throws IOException {
		String found = Files.exists(corrupt) ? Files.readString(corrupt) : "";
		assertTrue(found.isEmpty(), "the process found its memory wrong: " + found.lines().limit(3).toList());
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

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.internal.proc.ProcScanner;
import drover.protocol.ProcessInfo;

/**
 * A scan takes what processes that did not run since the last scan would only tell again (maps summary,
 * command line, executable) from that scan; these real processes change exactly that between two scans, and every scan must
 * tell the truth as /proc tells it then. A python3 process waits on its stdin for a command, carries it out, and
 * waits again, so between commands it does not run and the scanner does take it from the last scan (checked).
 * The threaded variant does its work on a second thread while its main thread waits: its main thread's CPU time
 * stays the same, so a cache that trusted it would serve the old maps.
 */
class QuietProcessesTest {

	static final String FIXTURE = String.join("\n",
			"import ctypes, mmap, os, sys, threading",
			"keep = []",
			"anon = mmap.mmap(-1, 64 * 4096)",
			"libc = ctypes.CDLL(None, use_errno=True)",
			"address = ctypes.addressof(ctypes.c_char.from_buffer(anon))",
			"def serve():",
			"    for line in sys.stdin:",
			"        cmd = line.split()",
			"        if cmd[0] == 'map':",
			"            f = open(cmd[1], 'rb'); keep.append(f); keep.append(mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ))",
			"        elif cmd[0] == 'protect':",
			"            if libc.mprotect(ctypes.c_void_p(address + 16 * 4096), 32 * 4096, 1) != 0: raise OSError(ctypes.get_errno())",
			"        elif cmd[0] == 'title':",
			"            stat = open('/proc/self/stat').read(); fields = stat[stat.rindex(')') + 2:].split()",
			"            start, end = int(fields[45]), int(fields[46])",
			"            ctypes.memmove(start, cmd[1].encode() + b'\\0' * (end - start - len(cmd[1])), end - start)",
			"        elif cmd[0] == 'exec':",
			"            os.execv('/bin/sleep', ['sleep', '1000'])",
			"        print('ok', flush=True)",
			"if sys.argv[1:] == ['threaded']:",
			"    t = threading.Thread(target=serve); t.start(); t.join()",
			"else:",
			"    serve()", "");

	@TempDir
	Path dir;

	Process fixture;
	Writer commands;
	BufferedReader answers;

	@AfterEach
	void stop() throws Exception {
		if (fixture != null) {
			fixture.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	void start(String... args) throws IOException {
		List<String> command = new java.util.ArrayList<>(List.of("python3", "-c", FIXTURE));
		command.addAll(List.of(args));
		fixture = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		commands = new OutputStreamWriter(fixture.getOutputStream(), StandardCharsets.UTF_8);
		answers = new BufferedReader(new InputStreamReader(fixture.getInputStream(), StandardCharsets.UTF_8));
	}

	/** Sends one command and waits (10 s at most) for the fixture's "ok": then it waits on its stdin again. */
	void command(String line) throws Exception {
		commands.write(line + "\n");
		commands.flush();
		String answer = CompletableFuture.supplyAsync(() -> {
			try {
				return answers.readLine();
			} catch (IOException e) {
				return "failed: " + e;
			}
		}).get(10, TimeUnit.SECONDS);
		assertEquals("ok", answer, "the fixture's answer to '" + line + "'");
	}

	ProcessInfo scan(ProcScanner scanner) throws IOException {
		return scanner.scanTree("test", (int) fixture.pid()).processes().stream().filter(p -> p.pid() == fixture.pid()).findFirst()
				.orElseThrow(() -> new AssertionError("the fixture " + fixture.pid() + " is not in its own tree"));
	}

	/** The truth right now: the fixture's mappings as /proc/PID/maps lists them (it is idle while this runs). */
	List<String> maps() throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(fixture.pid()), "maps"));
	}

	void assertTrueMaps(ProcessInfo scanned, String when) throws IOException {
		List<String> maps = maps();
		assertNotNull(scanned.memory(), when);
		assertEquals(maps.size(), scanned.memory().mappingCount(), when + ": mappings as /proc/PID/maps lists them");
		long files = maps.stream().map(l -> l.split("\\s+", 6)).filter(f -> f.length == 6 && f[5].startsWith("/")).map(f -> f[5])
				.distinct().count();
		assertEquals(files, scanned.memory().mappedFiles(), when + ": mapped files");
	}

	@Test
	void aProcessThatMapsProtectsOrExecsBetweenScansIsReadAfresh() throws Exception {
		start();
		command("noop"); // python has loaded everything it will need
		Path data = Files.write(dir.resolve("data.bin"), new byte[8192]);
		ProcScanner scanner = ProcScanner.forThisNode();
		ProcessInfo first = scan(scanner);
		assertTrueMaps(first, "first scan");
		long hits = scanner.quietHitsAndMisses()[0];
		ProcessInfo again = scan(scanner);
		assertTrue(scanner.quietHitsAndMisses()[0] > hits, "an idle process is taken from the last scan (else this test proves nothing)");
		assertEquals(first.memory(), again.memory());

		command("map " + data);
		ProcessInfo mapped = scan(scanner);
		assertTrueMaps(mapped, "after mmap of a file");
		assertTrue(mapped.memory().mappedFiles() == first.memory().mappedFiles() + 1, "the new file: " + mapped.memory());
		assertEquals(first.memory().fileBackedSize() + 8192, mapped.memory().fileBackedSize());

		scan(scanner); // idle again: taken from the last scan
		command("protect"); // the middle of a mapping read-only: same sizes, two more mappings; only their count tells
		ProcessInfo split = scan(scanner);
		assertTrueMaps(split, "after mprotect of half a mapping");
		assertEquals(mapped.memory().mappingCount() + 2, split.memory().mappingCount());
		assertEquals(mapped.virtualMemory(), split.virtualMemory(), "mprotect changes no size");

		scan(scanner);
		command("title renamed-in-place"); // its argv rewritten in its own memory, as setproctitle(3) does: no system call
		assertEquals("renamed-in-place", scan(scanner).commandLine().get(0), "the command line after the process rewrote it");

		scan(scanner);
		commands.write("exec\n");
		commands.flush();
		Path exe = Path.of("/proc", Long.toString(fixture.pid()), "exe");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!Files.readSymbolicLink(exe).toString().endsWith("/sleep") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		Thread.sleep(100); // sleep(1) has started and waits
		ProcessInfo execd = scan(scanner);
		assertEquals(Files.readSymbolicLink(exe).toString(), execd.executable(), "the executable after execve");
		assertEquals(List.of("sleep", "1000"), execd.commandLine());
		assertTrueMaps(execd, "after execve");
	}

	@Test
	void aProcessWhoseOtherThreadMapsWhileItsMainThreadWaitsIsReadAfresh() throws Exception {
		start("threaded");
		command("noop");
		Path data = Files.write(dir.resolve("data.bin"), new byte[8192]);
		ProcScanner scanner = ProcScanner.forThisNode();
		ProcessInfo first = scan(scanner);
		assertEquals(2, first.threads());
		assertTrueMaps(first, "first scan");
		scan(scanner);
		command("map " + data);
		ProcessInfo mapped = scan(scanner);
		assertTrueMaps(mapped, "after the second thread's mmap");
		assertEquals(first.memory().mappedFiles() + 1, mapped.memory().mappedFiles());
		command("protect");
		assertTrueMaps(scan(scanner), "after the second thread's mprotect");
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.agent.internal.proc.ProcScanner;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Processes that vanish or cannot be read during a scan are reported as such and never break the scan. A real
 * /proc cannot be made to lose a process at a chosen moment, so this uses a /proc-shaped directory frozen at
 * that moment: one process gone before its stat was read, one gone between its stat and its descriptors.
 */
class ProcScannerEdgeTest {

	@TempDir
	Path proc;

	static String stat(int pid, String comm, int ppid) {
		// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
		// priority nice num_threads itrealvalue starttime vsize rss ...
		return pid + " (" + comm + ") S " + ppid + " " + pid + " " + pid + " 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 1048576 25 0\n";
	}

	@Test
	void vanishedAndUnreadableProcessesAreReportedNotFatal() throws Exception {
		Files.writeString(proc.resolve("stat"), "cpu 1 2 3\nbtime 1700000000\n");
		Path whole = Files.createDirectories(proc.resolve("100"));
		Files.writeString(whole.resolve("stat"), stat(100, "whole (one) name", 1));
		Files.writeString(whole.resolve("cmdline"), "sleep\0" + "100\0");
		Files.createDirectories(whole.resolve("fd"));
		Files.createDirectories(whole.resolve("fdinfo"));
		Files.createSymbolicLink(whole.resolve("fd").resolve("0"), Path.of("/dev/null"));
		Files.writeString(whole.resolve("fdinfo").resolve("0"), "pos:\t0\nflags:\t02100000\nmnt_id:\t1\n");
		Path halfGone = Files.createDirectories(proc.resolve("101"));
		Files.writeString(halfGone.resolve("stat"), stat(101, "halfgone", 100)); // no fd directory any more
		Files.createDirectories(proc.resolve("102")); // gone before its stat could be read

		Inventory inventory = new ProcScanner(proc, Path.of("/etc/passwd")).scan("fake");
		assertEquals(1, inventory.vanished(), "the process gone before its stat is counted");
		assertEquals(List.of(100, 101), inventory.processes().stream().map(ProcessInfo::pid).toList());
		ProcessInfo p100 = inventory.processes().get(0);
		assertEquals("whole (one) name", p100.name(), "a command name with spaces and parentheses");
		assertEquals(List.of("sleep", "100"), p100.commandLine());
		assertEquals(25L * 4096, p100.residentMemory());
		assertEquals(1_700_000_000_000L + 5_000, p100.startTime(), "boot time + 500 ticks at 100 Hz");
		assertNull(p100.readError());
		assertTrue(p100.resources().get(0) instanceof ResourceInfo.Device d && d.path().equals("/dev/null"));
		ProcessInfo p101 = inventory.processes().get(1);
		assertEquals("exited during the scan", p101.readError());
		assertEquals(100, p101.ppid());
	}
}

package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import drover.core.model.InventoryMerger;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.model.Process;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * The console's refresh merges only what changed: {@link InventoryMerger#unchanged} finds the processes whose
 * records equal the last inventory's (in the refresh job), and a merge that skips them leaves the model exactly
 * as a full merge would, with the same objects for the processes that stayed.
 */
class InventoryMergerSkipTest {

	private static final int N = 300;

	@Test
	void skippingTheUnchangedProcessesGivesTheModelAFullMergeGives() {
		Inventory first = inventory(0, Set.of(), Set.of());
		// the second: process 5 moved its file offset, 7 changed state, 9 ended, 10's PID came back with a new start
		// time, and 2000 is new
		Inventory second = inventory(1, Set.of(9), Set.of(5, 7, 10));
		Set<Integer> unchanged = InventoryMerger.unchanged(first, second);
		assertEquals(N - 1 - 3 + 0, unchanged.size(), "all but the changed, the ended and the new: " + unchanged.size());
		assertTrue(!unchanged.contains(1005) && !unchanged.contains(1007) && !unchanged.contains(1010) && !unchanged.contains(2000));

		Host full = host(first);
		InventoryMerger.merge(full, second);
		Host skipped = host(first);
		Map<Integer, Process> before = byPid(skipped);
		InventoryMerger.merge(skipped, second, unchanged);
		assertTrue(EcoreUtil.equals(full, skipped), "a merge that skips the unchanged differs from a full one");
		Map<Integer, Process> after = byPid(skipped);
		assertSame(before.get(1003), after.get(1003), "an unchanged process is the same object");
		assertNotEquals(before.get(1010), after.get(1010), "a reused PID is a new process");
		assertEquals("T (stopped)", after.get(1007).getState());
		assertEquals(100L * 1 + 5, after.get(1005).getResources().get(1) instanceof drover.model.FileResource f ? f.getOffset() : -1);
		assertEquals(Set.of(), InventoryMerger.unchanged(null, second), "no base: nothing is skipped");
	}

	private static Host host(Inventory inventory) {
		Host host = DroverFactory.eINSTANCE.createHost();
		host.setName("skip");
		InventoryMerger.merge(host, inventory);
		return host;
	}

	private static Map<Integer, Process> byPid(Host host) {
		Map<Integer, Process> map = new HashMap<>();
		host.getProcesses().forEach(p -> map.put(p.getPid(), p));
		return map;
	}

	/** N processes in a tree of fan-out 10 with a file and a pipe to the parent; {@code changed} get round-specific values. */
	private static Inventory inventory(int round, Set<Integer> ended, Set<Integer> changed) {
		List<ProcessInfo> processes = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			if (ended.contains(i)) {
				continue;
			}
			int pid = 1000 + i;
			int ppid = i == 0 ? 1 : 1000 + i / 10;
			boolean moved = changed.contains(i) && round > 0;
			long offset = moved && i == 5 ? 100L * round + i : i;
			String state = moved && i == 7 ? "T (stopped)" : "S (sleeping)";
			long start = moved && i == 10 ? 9_000_000L : 1_700_000_000_000L + pid;
			List<ResourceInfo> resources = List.of(new ResourceInfo.Device(0, "/dev/null", 0, "/dev/null", false),
					new ResourceInfo.File(1, "/var/log/app" + i + ".log", 1, "/var/log/app" + i + ".log", offset, 1 << 20, false),
					new ResourceInfo.Pipe(2, "pipe:[" + (50000 + i) + "]", 1, 50000 + i, false, null, true, List.of(ppid)));
			processes.add(new ProcessInfo(pid, ppid, "app" + i, List.of("/usr/bin/app", "--id", Integer.toString(i)), "/usr/bin/app",
					"root", 0, state, 2, 4L << 20, 64L << 20, start, "/", resources, null, null));
		}
		if (round > 0) {
			processes.add(new ProcessInfo(2000, 1000, "new", List.of("new"), "/usr/bin/new", "root", 0, "S (sleeping)", 1, 1, 1,
					1_700_000_002_000L, "/", List.of(), null, null));
		}
		return new Inventory("skip", 1_000L + round, 5, 0, processes);
	}
}

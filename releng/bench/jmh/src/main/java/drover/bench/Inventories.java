package drover.bench;

import java.util.ArrayList;
import java.util.List;

import drover.protocol.Inventory;
import drover.protocol.MemorySummary;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Synthetic inventories shaped like a busy node: per process a device, a log file at a moving offset, a pipe
 * to its parent, a unix socket, a TCP listener and an epoll descriptor, with a memory summary. Round r replaces
 * the first 1% of the processes (new PIDs) and moves every offset, as consecutive refreshes of a live node do.
 */
final class Inventories {

	private Inventories() {
	}

	static Inventory of(int n, int round) {
		List<ProcessInfo> processes = new ArrayList<>(n);
		int churn = n / 100;
		for (int i = 0; i < n; i++) {
			int pid = 1000 + i + (i < churn ? round * n : 0);
			int ppid = i == 0 ? 1 : 1000 + (i / 10);
			List<ResourceInfo> resources = List.of(new ResourceInfo.Device(0, "/dev/null", 0, "/dev/null", false),
					new ResourceInfo.File(1, "/var/log/app" + i + ".log", 1, "/var/log/app" + i + ".log", 100L * round + i, 1 << 20,
							false),
					new ResourceInfo.Pipe(2, "pipe:[" + (50000 + i) + "]", 1, 50000 + i, false, null, true, List.of(ppid)),
					new ResourceInfo.UnixSocket(3, "socket:[" + (90000 + i) + "]", 2, 90000 + i, null, "stream", "CONNECTED", 0,
							List.of()),
					new ResourceInfo.Tcp(4, "socket:[" + (70000 + i) + "]", 2, 70000 + i, "ipv4", "0.0.0.0", 8000 + (i % 1000),
							"0.0.0.0", 0, "LISTEN"),
					new ResourceInfo.AnonInode(5, "anon_inode:[eventpoll]", 2, "EPOLL", "eventpoll"));
			processes.add(new ProcessInfo(pid, ppid, "app" + i, List.of("/usr/bin/app", "--id", Integer.toString(i)),
					"/usr/bin/app", "root", 0, "S (sleeping)", 1, 4L << 20, 64L << 20, 1_700_000_000_000L + pid,
					"/system.slice/app.service", resources, new MemorySummary(24, 64L << 20, 8L << 20, 56L << 20, 0, 132 << 10,
							1 << 20, 6),
					null));
		}
		return new Inventory("bench", 1_700_000_000_000L + round, 0, 0, processes);
	}
}

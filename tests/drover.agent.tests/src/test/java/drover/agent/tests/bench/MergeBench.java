package drover.agent.tests.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import drover.core.model.InventoryMerger;
import drover.model.DroverFactory;
import drover.model.Host;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * What a refresh costs the console's UI thread on a host with N processes: the in-place merge of an inventory
 * into the EMF model (the fetch runs in a Job). Prints the first merge (empty model) and the median of steady
 * merges in which 1% of the processes come and go and every file offset moves, with the notifications each
 * sends to the views. Run by releng/bench/merge-bench.sh.
 */
public final class MergeBench {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Host host = DroverFactory.eINSTANCE.createHost();
		int[] notifications = { 0 };
		host.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				notifications[0]++;
			}
		});
		long t0 = System.nanoTime();
		InventoryMerger.merge(host, inventory(n, 0));
		long first = (System.nanoTime() - t0) / 1_000_000;
		int firstNotifications = notifications[0];
		long[] steady = new long[rounds];
		int[] steadyNotifications = new int[rounds];
		for (int r = 1; r <= rounds; r++) {
			Inventory next = inventory(n, r);
			notifications[0] = 0;
			long t = System.nanoTime();
			InventoryMerger.merge(host, next);
			steady[r - 1] = (System.nanoTime() - t) / 1000;
			steadyNotifications[r - 1] = notifications[0];
		}
		Arrays.sort(steady);
		Arrays.sort(steadyNotifications);
		System.out.printf("merge of %d processes: first %d ms (%d notifications); steady median %.1f ms, max %.1f ms "
				+ "(%d notifications, median of %d rounds)%n", n, first, firstNotifications, steady[rounds / 2] / 1000.0,
				steady[rounds - 1] / 1000.0, steadyNotifications[rounds / 2], rounds);
	}

	/** Round r: processes r*n/100 .. are replaced (1% churn), offsets grow with r. */
	static Inventory inventory(int n, int round) {
		List<ProcessInfo> processes = new ArrayList<>(n);
		int churn = n / 100;
		for (int i = 0; i < n; i++) {
			int pid = 1000 + i + (i < churn ? round * n : 0); // the first 1% get new PIDs every round
			int ppid = i == 0 ? 1 : 1000 + (i / 10);
			List<ResourceInfo> resources = List.of(new ResourceInfo.Device(0, "/dev/null", 0, "/dev/null", false),
					new ResourceInfo.File(1, "/var/log/app" + i + ".log", 1, "/var/log/app" + i + ".log", 100L * round + i, 1 << 20,
							false),
					new ResourceInfo.Pipe(2, "pipe:[" + (50000 + i) + "]", 1, 50000 + i, false, null, true, List.of(ppid)),
					new ResourceInfo.UnixSocket(3, "socket:[" + (90000 + i) + "]", 2, 90000 + i, null, "stream", "CONNECTED",
							0, List.of()),
					new ResourceInfo.Tcp(4, "socket:[" + (70000 + i) + "]", 2, 70000 + i, "ipv4", "0.0.0.0", 8000 + (i % 1000),
							"0.0.0.0", 0, "LISTEN"),
					new ResourceInfo.AnonInode(5, "anon_inode:[eventpoll]", 2, "EPOLL", "eventpoll"));
			processes.add(new ProcessInfo(pid, ppid, "app" + i, List.of("/usr/bin/app", "--id", Integer.toString(i)),
					"/usr/bin/app", "root", 0, "S (sleeping)", 2, 4L << 20, 64L << 20, 1_700_000_000_000L + pid, "/",
					resources, null, null));
		}
		return new Inventory("bench", System.currentTimeMillis(), 0, 0, processes);
	}
}

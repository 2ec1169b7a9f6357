package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import drover.core.HostEntry;
import drover.core.HostRegistry;
import drover.model.ConnectionStatus;
import drover.model.Host;
import drover.ui.DroverUi;
import drover.ui.internal.DroverUiPlugin;
import drover.ui.internal.session.ConsoleSession;
import drover.ui.internal.views.HostsView;
import drover.ui.internal.views.ProcessView;
import drover.ui.internal.views.ProcessViews;

/**
 * The console at scale, measured (a benchmark, not a test: its name ends in Bench, so CI never runs it;
 * releng/bench/console-bench.sh does): N demo hosts (default 10) with 2,000 sleeping processes each, all
 * connected with their process views open and refreshing; then a filter typed into one view that matches its
 * 2,000 sleepers ("sleep", five letters) and one that matches every process of the host ("root", the user);
 * both twice: with the agents as they run (on this machine's two cores with the console: what bounds the
 * latency here), then with the agents' threads niced to 19 (what the console itself does, as when agents run on
 * other machines); then 40 more hosts listed (unreachable ones, that fail) in the Hosts view. It measures the UI thread
 * throughout ({@link UiThreadProbe}) and writes the markdown rows of releng/bench's table to
 * {@code drover.bench.out} (and stdout). Timings are printed, never asserted.
 */
class ConsoleScaleBench {

	private static final int HOSTS = Integer.getInteger("drover.bench.hosts", 10);
	private static final int PROCESSES = Integer.getInteger("drover.bench.processes", 2000);
	private static final int LISTED = Integer.getInteger("drover.bench.listed", 50);
	private static final int REFRESH_SECONDS = Integer.getInteger("drover.bench.refreshSeconds", 30);
	private static final Duration TIMEOUT = Duration.ofMinutes(5);
	/** Typing speed of the benchmark's operator: one key every 120 ms. */
	private static final int KEY_MILLIS = 120;

	private final List<String> rows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private Display display;
	/** Wakes the event loop: a timer with one runnable is rescheduled, not stacked. */
	private final Runnable wake = () -> {
		// nothing: display.sleep() returns
	};

	@Test
	void consoleAtScale() throws Exception {
		display = Display.getCurrent();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(display.getBounds());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
		HostsView hostsView = (HostsView) page.showView(DroverUi.HOSTS_VIEW_ID);
		ConsoleSession session = DroverUiPlugin.getDefault().session();
		DemoCluster demo = new DemoCluster(HOSTS);
		HostRegistry registry = new HostRegistry(demo.home);
		List<String> idle = new ArrayList<>();
		try (UiThreadProbe probe = new UiThreadProbe(display)) {
			// one bash per host forks the sleepers (2,000 execs of a small binary: cheap, about 2 s a host)
			for (int i = 1; i <= HOSTS; i++) {
				demo.spawn(DemoCluster.name(i), "bash", "-c", "for i in $(seq " + PROCESSES + "); do sleep 100000 & done; wait");
			}
			session.importRegistry(true);
			List<ProcessView> views = new ArrayList<>();
			for (int i = 1; i <= HOSTS; i++) {
				Host host = session.host(DemoCluster.name(i));
				session.connect(host);
				views.add(ProcessViews.open(page, host.getName()));
			}
			long start = System.nanoTime();
			waitFor("every host connected with its " + PROCESSES + " sleepers", () -> {
				boolean all = true;
				for (int i = 1; i <= HOSTS; i++) {
					Host host = session.host(DemoCluster.name(i));
					if (host.getStatus() != ConnectionStatus.CONNECTED || host.getProcesses().size() < PROCESSES) {
						all = false;
						session.refresh(host); // a no-op while one runs
					}
				}
				return all;
			});
			notes.add(String.format(Locale.ROOT, "%d hosts with %d+ processes each connected %.1f s after the first connect", HOSTS,
					PROCESSES, (System.nanoTime() - start) / 1e9));

			// first with the agents as they run (the machine's 2 cores shared by 10 agents scanning 2,000 processes every
			// 5 s each and the console), then with the agents niced to 19: what the console itself costs, as on a cluster
			// whose agents run on other machines
			probe.sampling(true);
			phase(probe, session, page, views.get(0), "");
			int niced = reniceAgents();
			notes.add("reniced " + niced + " agent threads to 19 for the second set");
			phase(probe, session, page, views.get(Math.min(1, views.size() - 1)), " [agents niced]");
			probe.sampling(false);

			// the heap after all that, and its peak
			System.gc();
			long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
			row("Heap in use after GC (" + HOSTS + " hosts x " + PROCESSES + "; peak before GC " + mib(probe.peakHeapBytes())
					+ " MiB, -Xmx " + mib(Runtime.getRuntime().maxMemory()) + " MiB)", heap / 1048576.0, 1024, "MiB");

			// 50 hosts listed: the others unreachable (a closed loopback port), connected and failing
			for (int i = HOSTS + 1; i <= LISTED; i++) {
				String name = DemoCluster.PREFIX + "-idle" + i;
				registry.put(new HostEntry(name, "127.0.0.1", 29_900 + i, "root", null));
				idle.add(name);
			}
			probe.window();
			long listedAt = System.nanoTime();
			session.importRegistry(true);
			for (String name : idle) {
				session.connect(session.host(name));
			}
			waitFor("every unreachable host failed",
					() -> idle.stream().allMatch(n -> session.host(n).getStatus() == ConnectionStatus.FAILED));
			double settled = (System.nanoTime() - listedAt) / 1e6;
			long t = System.nanoTime();
			hostsView.getViewer().refresh();
			hostsView.getViewer().getTable().update();
			double hostsRefresh = (System.nanoTime() - t) / 1e6;
			spin(10_000);
			UiThreadProbe.Window listed = probe.window();
			int shown = hostsView.getViewer().getTable().getItemCount();
			assertTrue(shown >= LISTED, "the Hosts view lists " + shown + " hosts, not " + LISTED);
			row(LISTED + " hosts listed: event-loop latency, max (connect all, " + HOSTS + " refreshing; p99 "
					+ fmt(listed.percentileMillis(0.99)) + " ms)", listed.maxLatencyMillis(), 100, "ms");
			row(LISTED + " hosts listed: Hosts view full refresh", hostsRefresh, 100, "ms");
			notes.add(String.format(Locale.ROOT, "%d unreachable hosts listed, connected and failed in %.0f ms", idle.size(), settled));
			System.out.println("UI-thread stalls over 100 ms, most sampled stacks first:\n" + probe.stalls(6));
		} finally {
			write();
			UiHosts.removeTestHosts(page, session);
			for (String name : idle) {
				registry.remove(name);
			}
			demo.close();
		}
	}

	/** Steady refreshes for a while, then two filters typed into {@code view}; rows end with {@code label}. */
	private void phase(UiThreadProbe probe, ConsoleSession session, IWorkbenchPage page, ProcessView view, String label) {
		int[] merges = { 0 };
		List<Double> mergeWall = new ArrayList<>();
		List<Double> mergeCpu = new ArrayList<>();
		// the last refresh listener: the merge, the tree's update and the other listeners have run in this unit
		java.util.function.Consumer<String> counter = name -> {
			merges[0]++;
			mergeWall.add(probe.unitElapsedMillis());
			mergeCpu.add(probe.unitCpuMillis());
		};
		session.addRefreshListener(counter);
		probe.window();
		long[] cpu = machineCpu();
		long[] gc = gc();
		spin(REFRESH_SECONDS * 1000L);
		UiThreadProbe.Window refresh = probe.window();
		String load = busy(cpu);
		long[] gcAfter = gc();
		session.removeRefreshListener(counter);
		double perRefresh = merges[0] == 0 ? 0 : refresh.busyCpuMillis() / merges[0];
		java.util.Collections.sort(mergeWall);
		java.util.Collections.sort(mergeCpu);
		row("Refresh: a host's merge and tree update on the UI thread, CPU, max (median " + fmt(median(mergeCpu)) + " ms; wall max "
				+ fmt(max(mergeWall)) + ", median " + fmt(median(mergeWall)) + " ms; " + merges[0] + " refreshes of " + HOSTS + " hosts x "
				+ PROCESSES + ")" + label, max(mergeCpu), 50, "ms");
		row("Refresh: all UI-thread CPU while refreshing, per refresh (wall " + fmt(refresh.busyMillis() / Math.max(1, merges[0]))
				+ " ms)" + label, perRefresh, 50, "ms");
		row("Refresh: event-loop latency, max (p99 " + fmt(refresh.percentileMillis(0.99)) + " ms, longest UI unit "
				+ fmt(refresh.maxUnitMillis()) + " ms; machine CPU " + load + "; GC " + (gcAfter[0] - gc[0]) + " pauses, "
				+ (gcAfter[1] - gc[1]) + " ms)" + label, refresh.maxLatencyMillis(), 100, "ms");
		page.activate(view);
		spin(500);
		filter(probe, view, "sleep", "matching its " + PROCESSES + " sleepers", label);
		filter(probe, view, "root", "matching every process of the host", label);
	}

	/** The console JVM's garbage collections so far: how many, and their time in ms. */
	private static long[] gc() {
		long count = 0;
		long millis = 0;
		for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}

	/** /proc/stat's first line: busy and total jiffies of the machine. */
	private static long[] machineCpu() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < f.length; i++) {
				total += Long.parseLong(f[i]);
			}
			long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
			return new long[] { total - idle, total };
		} catch (IOException | RuntimeException e) {
			return new long[] { 0, 0 };
		}
	}

	private static String busy(long[] before) {
		long[] now = machineCpu();
		long total = now[1] - before[1];
		return total <= 0 ? "?" : String.format(Locale.ROOT, "%.0f%% busy", 100.0 * (now[0] - before[0]) / total);
	}

	/** Nices every thread of the demo agents (nice is per thread on Linux); how many threads. */
	private static int reniceAgents() throws IOException, InterruptedException {
		List<String> tids = new ArrayList<>();
		for (ProcessHandle p : ProcessHandle.allProcesses().filter(h -> h.info().command().orElse("").endsWith("java")).toList()) {
			String line = p.info().commandLine().orElse("");
			if (line.contains("drover.agent") && line.contains("--name " + DemoCluster.PREFIX)) {
				try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(p.pid()), "task"))) {
					tasks.forEach(t -> tids.add(t.getFileName().toString()));
				} catch (IOException e) {
					// the agent ended meanwhile
				}
			}
		}
		if (tids.isEmpty()) {
			return 0;
		}
		List<String> argv = new ArrayList<>(List.of("renice", "-n", "19", "-p"));
		argv.addAll(tids);
		java.lang.Process renice = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		renice.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
		return tids.size();
	}

	/** Types {@code text} into the view's filter, then clears it; rows for the time to the result and the latency. */
	private void filter(UiThreadProbe probe, ProcessView view, String text, String what, String label) {
		Text field = view.getFilterText();
		Tree tree = view.getViewer().getTree();
		probe.window();
		long lastKey = 0;
		for (int i = 1; i <= text.length(); i++) {
			field.setText(text.substring(0, i));
			lastKey = System.nanoTime();
			if (i < text.length()) {
				spin(KEY_MILLIS);
			}
		}
		waitFor("the filter '" + text + "' shown", () -> text.equals(view.shownFilter()));
		tree.update(); // paint what it shows now
		double shownMillis = (System.nanoTime() - lastKey) / 1e6;
		spin(500);
		UiThreadProbe.Window typing = probe.window();
		field.setText("");
		long cleared = System.nanoTime();
		waitFor("the filter cleared", () -> view.shownFilter().isEmpty());
		tree.update();
		double clearMillis = (System.nanoTime() - cleared) / 1e6;
		spin(500);
		UiThreadProbe.Window clearing = probe.window();
		row("Filter '" + text + "' " + what + ": last key to result shown" + label, shownMillis, 300, "ms");
		row("Filter '" + text + "': event-loop latency while typing and filtering, max (p99 " + fmt(typing.percentileMillis(0.99))
				+ " ms)" + label, typing.maxLatencyMillis(), 100, "ms");
		row("Filter '" + text + "' cleared: whole tree back (latency max " + fmt(clearing.maxLatencyMillis()) + " ms)" + label,
				clearMillis, 300, "ms");
	}

	/** A row of releng/bench's table: the bound is the baseline, the goal ratio is at most 1. */
	private void row(String goal, double value, double bound, String unit) {
		double ratio = value / bound;
		rows.add(String.format(Locale.ROOT, "| Console: %s | %s %s | %s %s (goal) | %.2f | <= 1.00 | %s |", goal, fmt(value), unit,
				fmt(bound), unit, ratio, ratio <= 1.0 ? "yes" : "no"));
	}

	private static double median(List<Double> sorted) {
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	private static double max(List<Double> sorted) {
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
	}

	private static String fmt(double v) {
		return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
	}

	private static long mib(long bytes) {
		return bytes / 1048576;
	}

	private void write() throws IOException {
		StringBuilder out = new StringBuilder();
		rows.forEach(r -> out.append(r).append('\n'));
		notes.forEach(n -> out.append("<!-- ").append(n).append(" -->\n"));
		System.out.print(out);
		String file = System.getProperty("drover.bench.out");
		if (file != null) {
			Files.writeString(Path.of(file), out);
		}
	}

	/** Runs the event loop as the workbench does (sleeping when idle) for {@code millis}. */
	private void spin(long millis) {
		long deadline = System.nanoTime() + millis * 1_000_000;
		display.timerExec((int) millis, wake);
		while (System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private void waitFor(String what, BooleanSupplier done) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!done.getAsBoolean()) {
			assertTrue(System.nanoTime() < deadline, "timed out after " + TIMEOUT.toMinutes() + " min waiting for " + what);
			display.timerExec(5, wake); // look again soon: a job may change the condition without a UI event
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}

package drover.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Watches the UI thread for the console benchmark: the event loop's latency (a helper thread posts a
 * timestamped asyncExec, 10 ms after the previous one ran, and records how late it runs), the time spent in each unit the display
 * dispatches (events and async runnables, between SWT's PreEvent and PostEvent), and the heap in use. Each
 * measured phase is a {@link #window()}.
 */
final class UiThreadProbe implements Listener, AutoCloseable {

	private static final long PERIOD_NANOS = 10_000_000L;

	private final Display display;
	private final Thread poster;
	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final Thread uiThread;
	/** Stacks of the UI thread sampled while a probe waited over 100 ms, by their top frames: what held it. */
	private final java.util.Map<String, Integer> stalls = new java.util.concurrent.ConcurrentHashMap<>();
	private long unitCpuStart;
	private volatile boolean sampling;
	/** The probe posted and not run yet (0 when none), and the window it was posted in. */
	private volatile long outstandingPosted;
	private volatile Window outstandingWindow;
	private volatile boolean stopped;
	private volatile long peakHeap;
	private int depth;
	private long unitStart;
	private volatile Window current = new Window();

	/** What one phase saw; read on the UI thread after it. */
	static final class Window {
		final List<Long> latenciesMicros = new ArrayList<>();
		long busyNanos;
		long busyCpuNanos;
		long maxUnitNanos;
		final long started = System.nanoTime();

		double maxLatencyMillis() {
			return latenciesMicros.isEmpty() ? 0 : Collections.max(latenciesMicros) / 1000.0;
		}

		double percentileMillis(double p) {
			if (latenciesMicros.isEmpty()) {
				return 0;
			}
			List<Long> sorted = new ArrayList<>(latenciesMicros);
			Collections.sort(sorted);
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
		}

		double busyMillis() {
			return busyNanos / 1e6;
		}

		double busyCpuMillis() {
			return busyCpuNanos / 1e6;
		}

		double maxUnitMillis() {
			return maxUnitNanos / 1e6;
		}
	}

	UiThreadProbe(Display display) {
		this.display = display;
		this.uiThread = display.getThread();
		display.addListener(SWT.PreEvent, this);
		display.addListener(SWT.PostEvent, this);
		poster = new Thread(this::post, "ui-latency-probe");
		poster.setDaemon(true);
		poster.start();
	}

	/**
	 * Starts a new window (the previous one is returned). A probe posted in the closing window that has not run yet
	 * counts there with the time it has waited so far: a UI thread held past the window's end is not a quiet window.
	 */
	Window window() {
		Window done = current;
		long posted = outstandingPosted;
		if (outstandingWindow == done && posted != 0) {
			done.latenciesMicros.add((System.nanoTime() - posted) / 1000);
			outstandingWindow = null; // counted: not again when it runs
		}
		current = new Window();
		return done;
	}

	long peakHeapBytes() {
		return peakHeap;
	}

	/** UI thread: the wall time since the unit being dispatched began (0 outside one). */
	double unitElapsedMillis() {
		return depth == 0 ? 0 : (System.nanoTime() - unitStart) / 1e6;
	}

	/** UI thread: the CPU time the UI thread spent since the unit being dispatched began. */
	double unitCpuMillis() {
		return depth == 0 ? 0 : (threads.getCurrentThreadCpuTime() - unitCpuStart) / 1e6;
	}

	/** Samples the UI thread's stack in stalls only while on (the measured phases, not the set-up). */
	void sampling(boolean on) {
		sampling = on;
	}

	/** The most frequent stacks seen in stalls, with how many samples each. */
	String stalls(int top) {
		StringBuilder out = new StringBuilder();
		stalls.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
				.forEach(e -> out.append(e.getValue()).append(" samples:\n").append(e.getKey()));
		return out.toString();
	}

	private void sampleStall() {
		StackTraceElement[] stack = uiThread.getStackTrace();
		StringBuilder key = new StringBuilder();
		int shown = 0;
		for (StackTraceElement frame : stack) {
			if (shown < 14) {
				key.append("    at ").append(frame).append('\n');
				shown++;
			}
		}
		stalls.merge(key.toString(), 1, Integer::sum);
	}

	@Override
	public void handleEvent(Event event) {
		long now = System.nanoTime();
		if (event.type == SWT.PreEvent) {
			if (depth++ == 0) {
				unitStart = now;
				unitCpuStart = threads.getCurrentThreadCpuTime();
			}
		} else if (event.type == SWT.PostEvent && depth > 0 && --depth == 0) {
			long took = now - unitStart;
			current.busyNanos += took;
			current.busyCpuNanos += threads.getCurrentThreadCpuTime() - unitCpuStart;
			current.maxUnitNanos = Math.max(current.maxUnitNanos, took);
		}
	}

	/**
	 * One probe at a time: post a timestamped runnable, wait until it ran, pause 10 ms, again. A blocked UI
	 * thread thus gives one long sample (how long an event waited), not a flood of queued probes, and each sample
	 * counts in the window it was posted in.
	 */
	private void post() {
		while (!stopped && !display.isDisposed()) {
			Window window = current;
			long posted = System.nanoTime();
			java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
			outstandingWindow = window;
			outstandingPosted = posted;
			try {
				display.asyncExec(() -> {
					outstandingPosted = 0;
					if (outstandingWindow == window) {
						window.latenciesMicros.add((System.nanoTime() - posted) / 1000);
					}
					ran.countDown();
				});
			} catch (org.eclipse.swt.SWTException e) {
				return; // the display is gone
			}
			try {
				if (!ran.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					while (!stopped && !ran.await(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
						if (sampling) {
							sampleStall();
						}
						peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
					}
				}
				peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
				Thread.sleep(PERIOD_NANOS / 1_000_000);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stopped = true;
		poster.join(2000);
		if (!display.isDisposed()) {
			display.removeListener(SWT.PreEvent, this);
			display.removeListener(SWT.PostEvent, this);
		}
	}
}

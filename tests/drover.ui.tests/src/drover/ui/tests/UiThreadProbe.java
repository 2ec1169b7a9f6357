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
	private volatile boolean stopped;
	private volatile long peakHeap;
	private int depth;
	private long unitStart;
	private volatile Window current = new Window();

	/** What one phase saw; read on the UI thread after it. */
	static final class Window {
		final List<Long> latenciesMicros = new ArrayList<>();
		long busyNanos;
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

		double maxUnitMillis() {
			return maxUnitNanos / 1e6;
		}
	}

	UiThreadProbe(Display display) {
		this.display = display;
		display.addListener(SWT.PreEvent, this);
		display.addListener(SWT.PostEvent, this);
		poster = new Thread(this::post, "ui-latency-probe");
		poster.setDaemon(true);
		poster.start();
	}

	/** Starts a new window (the previous one is returned). */
	Window window() {
		Window done = current;
		current = new Window();
		return done;
	}

	long peakHeapBytes() {
		return peakHeap;
	}

	@Override
	public void handleEvent(Event event) {
		long now = System.nanoTime();
		if (event.type == SWT.PreEvent) {
			if (depth++ == 0) {
				unitStart = now;
			}
		} else if (event.type == SWT.PostEvent && depth > 0 && --depth == 0) {
			long took = now - unitStart;
			current.busyNanos += took;
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
			try {
				display.asyncExec(() -> {
					window.latenciesMicros.add((System.nanoTime() - posted) / 1000);
					ran.countDown();
				});
			} catch (org.eclipse.swt.SWTException e) {
				return; // the display is gone
			}
			try {
				while (!stopped && !ran.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
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

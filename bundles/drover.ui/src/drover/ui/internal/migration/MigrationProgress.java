package drover.ui.internal.migration;

import org.eclipse.core.runtime.SubMonitor;

import drover.protocol.Phase;
import drover.protocol.ProgressEvent;

/**
 * Turns the progress events of a migration the source agent runs into the job's monitor: each phase as work
 * done and as the sub-task, the bytes sent with throughput and time left, and "queued, position N" while it
 * waits for a slot. A watch that attaches again hears every event from the start: phases only move forward
 * here, so that replays nothing twice. Called on the connection's I/O thread, one event after another.
 */
final class MigrationProgress {

	private final String prefix;
	private final SubMonitor monitor;
	private volatile Phase phase = Phase.PREFLIGHT;
	private volatile String text = "";
	private volatile String note = "";

	MigrationProgress(String prefix, SubMonitor monitor) {
		this.prefix = prefix;
		this.monitor = monitor.setWorkRemaining(Phase.DONE.ordinal());
	}

	void event(ProgressEvent event) {
		switch (event.type()) {
		case PHASE -> {
			Phase next = event.phase();
			if (next == null) {
				return;
			}
			if (next.ordinal() > phase.ordinal() && next.ordinal() <= Phase.DONE.ordinal()) {
				monitor.worked(next.ordinal() - phase.ordinal());
			}
			phase = next;
			show(next + ": " + event.message());
		}
		case TRANSFER -> show(phase + ": " + size(event.bytes()) + " of " + size(event.total()) + " at "
				+ size((long) event.bytesPerSecond()) + "/s" + (event.etaMillis() < 0 ? "" : ", "
						+ (event.etaMillis() + 999) / 1000 + " s left"));
		case QUEUE -> show(event.queuePosition() > 0 ? "queued, position " + event.queuePosition() + ": " + event.message()
				: "slot granted: " + event.message());
		case END -> {
			// the record follows as the watch's answer
		}
		}
	}

	/** A word about the operator's cancel, shown after the progress from now on. */
	void note(String note) {
		this.note = note;
		show(text);
	}

	/** The phase the migration was in at the last event. */
	Phase phase() {
		return phase;
	}

	/** What the sub-task shows now (for tests and the job's result). */
	String text() {
		return prefix + text + (note.isEmpty() ? "" : " (" + note + ")");
	}

	private void show(String now) {
		text = now;
		monitor.subTask(text());
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KiB", bytes / 1024.0);
		}
		return String.format("%.1f MiB", bytes / (1024.0 * 1024));
	}
}

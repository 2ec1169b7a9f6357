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
	private volatile String head = "";
	private volatile String detail = "";
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
			show(next.name(), event.message());
		}
		case TRANSFER -> show(phase.name(), size(event.bytes()) + " of " + size(event.total()) + " at "
				+ size((long) event.bytesPerSecond()) + "/s" + (event.etaMillis() < 0 ? "" : ", "
						+ (event.etaMillis() + 999) / 1000 + " s left"));
		case QUEUE -> show(event.queuePosition() > 0 ? "queued, position " + event.queuePosition() : "slot granted",
				event.message());
		case END -> {
			// the record follows as the watch's answer
		}
		}
	}

	/** A word about the operator's cancel, shown after the phase from now on (where the view does not cut it). */
	void note(String note) {
		this.note = note;
		show(head, detail);
	}

	/** The phase the migration was in at the last event. */
	Phase phase() {
		return phase;
	}

	/** What the sub-task shows now: "TRANSFER (note): sending...", "queued, position 2: waiting for...". */
	String text() {
		return prefix + head + (note.isEmpty() ? "" : " (" + note + ")") + (detail == null || detail.isEmpty() ? "" : ": " + detail);
	}

	private void show(String head, String detail) {
		this.head = head;
		this.detail = detail;
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

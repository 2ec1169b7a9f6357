package drover.ui.internal.history;

import org.eclipse.emf.common.notify.impl.AdapterImpl;

import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;

/**
 * Where a migration that has not ended stands, as its source agent last reported it: QUEUED (with its place in
 * the queue), RUNNING or HELD, and the agent that owns it. The model has only the current phase for such a
 * record; this rides on the record as an EMF adapter, so it never reaches a saved report (a copy drops it) and
 * goes away with the record when its final one replaces it. UI thread, like the model.
 */
public final class LiveStatus extends AdapterImpl {

	private final Outcome outcome;
	private final int queuePosition;
	private final String owner;

	private LiveStatus(Outcome outcome, int queuePosition, String owner) {
		this.outcome = outcome;
		this.queuePosition = queuePosition;
		this.owner = owner;
	}

	/** Puts the report's live state on its record (nothing for a final report). */
	static void attach(Migration record, MigrationReport report) {
		if (report.outcome != null && !report.outcome.isFinal()) {
			record.eAdapters().add(new LiveStatus(report.outcome, report.queuePosition,
					report.owner != null ? report.owner : report.source));
		}
	}

	/** The record's live state, or null for a record without one (ended, or from a saved report). */
	public static LiveStatus of(Migration record) {
		for (Object adapter : record.eAdapters()) {
			if (adapter instanceof LiveStatus live) {
				return live;
			}
		}
		return null;
	}

	/**
	 * Is this the record of a migration that has not ended? Its phase says so: a final record is always DONE or
	 * FAILED (a refused one is FAILED, in PREFLIGHT), a record in progress has the phase it is in now.
	 */
	public static boolean inProgress(Migration record) {
		MigrationPhase phase = record.getPhase();
		return phase != null && phase != MigrationPhase.DONE && phase != MigrationPhase.FAILED && phase != MigrationPhase.NONE;
	}

	/** Would the report change what the record shows? (Same phase, outcome and queue place: nothing to do.) */
	static boolean differs(Migration record, MigrationReport report) {
		if (report.outcome == null || report.outcome.isFinal()) {
			return true;
		}
		LiveStatus live = of(record);
		MigrationPhase phase = MigrationPhase.get(report.phase != null ? report.phase.name() : "PREFLIGHT");
		return live == null || live.outcome != report.outcome || live.queuePosition != report.queuePosition
				|| record.getPhase() != phase;
	}

	public Outcome outcome() {
		return outcome;
	}

	public int queuePosition() {
		return queuePosition;
	}

	public String owner() {
		return owner;
	}

	/** The State column's text: "running: TRANSFER", "queued, position 2", "HELD in ROLLBACK". */
	String describe(MigrationPhase phase) {
		return switch (outcome) {
		case QUEUED -> queuePosition > 0 ? "queued, position " + queuePosition : "queued";
		case HELD -> "HELD in " + phase.getName() + " (frozen on its source until its target answers)";
		default -> "running: " + phase.getName();
		};
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == LiveStatus.class;
	}
}

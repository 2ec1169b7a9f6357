package drover.ui.internal.images;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an image came from, read from its name: the agent names every image by who made it (a schedule's runs
 * {@code sched-PID-MILLIS-STAMP}, an evacuation's checkpoints {@code evac-ID-PID}, a migration's or fork's image
 * its ID, a checkpoint by hand {@code pidPID-STAMP} or the name the operator gave). The name is the only record
 * of it the library keeps, so an image of a schedule cancelled long ago still says so.
 */
public enum ImageOrigin {
	CHECKPOINT("checkpoint"), SCHEDULE("schedule"), EVACUATION("evacuation"), MIGRATION("migration");

	/** {@code CheckpointSchedules}: the schedule's ID, then the run's time stamp. */
	private static final Pattern SCHEDULED = Pattern.compile("(sched-\\d+-\\d+)-\\d{8}-\\d{6}-\\d{3}");

	public final String label;

	ImageOrigin(String label) {
		this.label = label;
	}

	public static ImageOrigin of(String name) {
		if (SCHEDULED.matcher(name).matches()) {
			return SCHEDULE;
		}
		if (name.startsWith("evac-")) {
			return EVACUATION;
		}
		if (name.startsWith("mig-") || name.startsWith("fork-")) {
			return MIGRATION;
		}
		return CHECKPOINT;
	}

	/** The ID of the schedule that took the image, or null. */
	public static String scheduleId(String name) {
		Matcher m = SCHEDULED.matcher(name);
		return m.matches() ? m.group(1) : null;
	}
}

package drover.protocol;

import java.util.List;

/**
 * What a target agent knows of one migration ({@code migration-status}): whether its image arrived, whether it
 * restored it and as which PIDs, whether that copy runs now, and, in post-copy, whether it has every page.
 * A source agent that restarts in the middle of a migration asks this to decide whether its frozen tree
 * resumes or goes.
 */
public record TargetStatus(String migration, Copy copy, int restoredPid, List<Integer> pids, String detail) {

	public enum Copy {
		/** Nothing of the migration is here (or only a partial image, now removed). */
		ABSENT,
		/** The image is here, not restored. */
		IMAGE_ONLY,
		/** Restored, running, with every page (stop-and-copy, or post-copy complete). */
		RUNNING_COMPLETE,
		/** Post-copy: restored and running while its memory still arrives. */
		RUNNING_FETCHING,
		/** Restored once, no longer running (stopped by this agent or gone). */
		STOPPED,
		/** A step is under way here (a restore): ask again in a moment. */
		UNSETTLED
	}
}

package drover.protocol;

import java.util.List;

/** Version and request names of the agent protocol. */
public final class Protocol {

	/** Bumped on every incompatible change; the handshake ({@code hello}) reports it. */
	public static final int VERSION = 2;

	public static final String HELLO = "hello";
	public static final String INVENTORY = "inventory";
	public static final String SPAWN = "spawn";
	/** {@code launch [--address A/P] [--gateway G] [--name N] -- CMD...}: start a tree with a network address of its own. */
	public static final String LAUNCH = "launch";
	public static final String HELP = "help";
	public static final String PREFLIGHT = "preflight";
	public static final String PREFLIGHT_TARGET = "preflight-target";
	public static final String CHECKPOINT = "checkpoint";
	public static final String RESTORE = "restore";
	public static final String IMAGES = "images";
	public static final String DELETE_IMAGE = "delete-image";
	public static final String RESUME = "resume";
	public static final String KILL_TREE = "kill-tree";
	public static final String PUSH_IMAGE = "push-image";
	public static final String RECEIVE_IMAGE = "receive-image";
	public static final String PAGE_SERVER = "page-server";
	public static final String ABORT_IMAGE = "abort-image";
	/** Target side of a post-copy migration: the loopback port where the source's memory pages can be fetched. */
	public static final String LAZY_SOURCE = "lazy-source";
	/** Source side of a post-copy migration: waits until the target fetched every page (or the transfer failed). */
	public static final String LAZY_FINISH = "lazy-finish";
	/** Source side: stops serving pages and lets the frozen tree run here again (roll back). */
	public static final String LAZY_ABORT = "lazy-abort";
	/** Target side: waits until the restored process has all its memory. */
	public static final String LAZY_WAIT = "lazy-wait";
	public static final String HISTORY = "history";
	public static final String RECORD_MIGRATION = "record-migration";
	/** Running and recent migrations this agent owns or took part in. */
	public static final String MIGRATIONS = "migrations";
	/** Source side: take over a migration (a {@link MigrationRequest} as JSON); answers its ID at once. */
	public static final String MIGRATE = "migrate";
	/** Follows a migration: its events so far and as they come (stderr), its final record as the answer. */
	public static final String WATCH = "watch";
	/** Cancels a migration before its freeze (after it, it finishes or rolls back by itself). */
	public static final String CANCEL = "cancel";
	/** Target side: what became of a migration here (a {@link TargetStatus}). */
	public static final String MIGRATION_STATUS = "migration-status";
	/** Target side: no copy of the migration runs here any more and nothing of it remains. Idempotent. */
	public static final String MIGRATION_ABORT = "migration-abort";
	/**
	 * Source side, before a restore: hard links keep the paths of the tree's listening unix sockets, so a failed
	 * restore on shared storage (CRIU unlinks and binds the path anew) cannot leave the resumed source unreachable.
	 */
	public static final String PROTECT_SOCKETS = "protect-socket-paths";
	/** Source side, after the migration: the paths are put back (--put-back, after a rollback) or the links dropped. */
	public static final String RELEASE_SOCKETS = "release-socket-paths";
	/** Target side: waits for a slot among the incoming migrations and holds it while the channel stays open. */
	public static final String INCOMING_SLOT = "incoming-slot";
	/** Plans the evacuation of this host (an {@link EvacuationRequest} as JSON); answers the {@link EvacuationPlan}, changes nothing. */
	public static final String PLAN = "plan";
	/** Evacuates this host now or at a time (an {@link EvacuationRequest}); answers its {@link EvacuationRecord} at once. */
	public static final String EVACUATE = "evacuate";
	/** The evacuations this host's agent keeps: scheduled, running and ended ({@link EvacuationRecord}s). */
	public static final String EVACUATIONS = "evacuations";
	/** Cancels a scheduled evacuation, or stops a running one between migrations. */
	public static final String EVACUATION_CANCEL = "evacuation-cancel";
	/**
	 * Throughput probe: {@code probe-sink BYTES} reads that many bytes (at most {@value #PROBE_MAX_BYTES}) from the
	 * channel and discards them; answers {@code {"bytes":N,"millis":M}}. An evacuation's planner sends it to a target
	 * it has no cost records for, to learn the pair's speed before anything moves.
	 */
	public static final String PROBE_SINK = "probe-sink";
	/** The most a probe may send. */
	public static final long PROBE_MAX_BYTES = 64L << 20;
	/**
	 * Changes a scheduled evacuation before it starts: {@code evacuation-update ID REQUEST-JSON} (its time, repeat,
	 * parallelism, rules; the same host); answers its record. A running or ended one cannot be changed.
	 */
	public static final String EVACUATION_UPDATE = "evacuation-update";
	/** Keeps a record of an evacuation run elsewhere on this host's behalf (a restore the CLI ran). */
	public static final String EVACUATION_RECORD = "evacuation-record";

	/**
	 * Target side of an image copied into its library ({@code restore TARGET IMAGE --from HOST}): while the channel
	 * stays open, HOST's agent may send this node the image of that name ({@code receive-image NAME --library}).
	 */
	public static final String EXPECT_IMAGE = "expect-image";
	/** Periodic checkpoints run by the agent itself: {@code schedule-checkpoint PID --every 10m --keep 5 [--leave-running]}. */
	public static final String SCHEDULE_CHECKPOINT = "schedule-checkpoint";
	public static final String SCHEDULES = "schedules";
	public static final String SCHEDULE_CANCEL = "schedule-cancel";

	/** {@code image-composition NAME}: what an image of this node is made of ({@link ImageComposition}), read from it. */
	public static final String IMAGE_COMPOSITION = "image-composition";

	/** What an agent of this version can do; clients check a capability before using it. */
	public static final List<String> CAPABILITIES = List.of("inventory", "spawn", "audit", "checkpoint", "restore", "push-image",
			"post-copy",
			"durable-migration", "evacuation", "fork", "image-copy", "schedules",
			"image-composition", "launch");

	private Protocol() {
	}
}

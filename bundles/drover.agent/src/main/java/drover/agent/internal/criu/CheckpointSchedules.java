package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.agent.internal.auth.FileModes;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Json;

/**
 * Periodic checkpoints the agent runs by itself ({@code schedule-checkpoint PID --every 10m --keep 5
 * [--leave-running]}, {@code schedules}, {@code schedule-cancel ID}): no console or CLI needed, kept in {@code
 * STATE/schedules.json} so they go on after the agent restarts. Each run is a checkpoint as the operator who made the
 * schedule would ask it (audited, with its cost record), named {@code ID-TIMESTAMP}; only the newest {@code keep}
 * images of a schedule stay.
 */
public final class CheckpointSchedules {

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedules.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
	private static final Duration SHORTEST = Duration.ofSeconds(1);

	/** One schedule and how its last run went. */
	public record Schedule(String id, int pid, long everyMillis, int keep, boolean leaveRunning, long createdAt,
			String user, String keyFingerprint, long lastRun, String lastResult, int runs) {

		Schedule ran(long at, String result) {
			return new Schedule(id, pid, everyMillis, keep, leaveRunning, createdAt, user, keyFingerprint, at, result, runs + 1);
		}
	}

	private final CriuNode node;
	private final Checkpointer checkpointer;
	private final Path file;
	private final ObjectMapper json = Json.newMapper();
	private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();
	private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "checkpoint-schedules");
		t.setDaemon(true);
		return t;
	});

	public CheckpointSchedules(CriuNode node, Checkpointer checkpointer, Path file) {
		this.node = node;
		this.checkpointer = checkpointer;
		this.file = file;
	}

	/** At start: the schedules the previous agent kept go on, the first run when it is due. */
	public synchronized void start() {
		try {
			if (Files.isRegularFile(file)) {
				for (Schedule s : json.readValue(file.toFile(), Schedule[].class)) {
					schedules.put(s.id(), s);
					long due = s.lastRun() == 0 ? s.createdAt() + s.everyMillis() : s.lastRun() + s.everyMillis();
					arm(s, Math.max(0, due - System.currentTimeMillis()));
				}
				LOG.info("{} checkpoint schedule(s) go on: {}", schedules.size(), schedules.keySet());
			}
		} catch (IOException | RuntimeException e) {
			LOG.error("cannot read the checkpoint schedules in {}", file, e);
		}
	}

	public synchronized Schedule add(Args args, Caller caller) throws RequestException, IOException {
		int pid = args.integer(0, "a PID");
		PreflightCheck.checkMovable(pid);
		if (caller.identity() != null && caller.identity().users() != null) {
			// its runs come later, when the tree's users can no longer be checked against this key
			throw new RequestException(ErrorInfo.FORBIDDEN, "A key limited to some users (drover-users) may not schedule"
					+ " checkpoints.", "Checkpoint by hand ('drover checkpoint'), or ask an operator whose key is not limited.");
		}
		if (!Files.exists(Path.of("/proc", Integer.toString(pid)))) {
			throw new RequestException(ErrorInfo.NO_SUCH_PROCESS, "No process " + pid + " on " + node.hostName + ".",
					"List the processes with 'drover ps " + node.hostName + "'.");
		}
		Duration every;
		try {
			every = ImageRetention.duration(args.option("--every", null));
		} catch (IllegalArgumentException e) {
			every = null;
		}
		if (every == null || every.compareTo(SHORTEST) < 0) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "schedule-checkpoint needs --every with a period of at least 1 s"
					+ " (e.g. 10m, 1h, 30s).", "Send: schedule-checkpoint PID --every 10m --keep 5 [--leave-running]");
		}
		long keep = args.longOption("--keep", 5);
		if (keep < 1 || keep > 1000) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "--keep must be 1 to 1000, not " + keep + ".", null);
		}
		String id = "sched-" + pid + "-" + System.currentTimeMillis();
		Schedule s = new Schedule(id, pid, every.toMillis(), (int) keep, args.flag("--leave-running"), System.currentTimeMillis(),
				caller.user(), caller.keyFingerprint(), 0, null, 0);
		schedules.put(id, s);
		save();
		arm(s, s.everyMillis());
		node.audit.record(caller.user(), caller.keyFingerprint(), "schedule-checkpoint", List.of(Integer.toString(pid)), true,
				id + ": every " + every.toSeconds() + " s, keeping " + keep + (s.leaveRunning() ? ", left running" : ""));
		return s;
	}

	public List<Schedule> list() {
		return schedules.values().stream().sorted(Comparator.comparingLong(Schedule::createdAt)).toList();
	}

	public synchronized Object cancel(Args args, Caller caller) throws RequestException, IOException {
		String id = args.positional(0, "a schedule ID");
		Schedule s = schedules.remove(id);
		if (s == null) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, "No checkpoint schedule " + id + " on " + node.hostName + ".",
					"'drover schedules " + node.hostName + "' lists them.");
		}
		ScheduledFuture<?> timer = timers.remove(id);
		if (timer != null) {
			timer.cancel(false);
		}
		save();
		node.audit.record(caller.user(), caller.keyFingerprint(), "schedule-cancel", List.of(id), true, "its images stay");
		return Map.of("cancelled", id);
	}

	private void arm(Schedule s, long delayMillis) {
		timers.put(s.id(), executor.scheduleWithFixedDelay(() -> run(s.id()), delayMillis, s.everyMillis(), TimeUnit.MILLISECONDS));
	}

	/** One run: a checkpoint as its operator would ask it, then only the newest images of the schedule stay. */
	private void run(String id) {
		Schedule s = schedules.get(id);
		if (s == null) {
			return;
		}
		String name = id + "-" + LocalDateTime.now().format(STAMP);
		List<String> words = new ArrayList<>(List.of(Integer.toString(s.pid()), "--name", name));
		if (s.leaveRunning()) {
			words.add("--leave-running");
		}
		String result;
		try {
			var done = checkpointer.checkpoint(new Args("checkpoint", words, Set.of("--leave-running")), new Caller(s.user() + " (schedule "
					+ id + ")", s.keyFingerprint()));
			result = "image " + name + " (" + done.image().totalSize() + " bytes, " + done.dumpMillis() + " ms)";
			prune(s);
		} catch (RequestException | IOException | RuntimeException e) {
			result = "failed: " + e.getMessage();
			LOG.warn("checkpoint schedule {}: {}", id, result);
		}
		synchronized (this) {
			if (schedules.containsKey(id)) {
				schedules.put(id, schedules.get(id).ran(System.currentTimeMillis(), result));
				try {
					save();
				} catch (IOException e) {
					LOG.warn("cannot save the checkpoint schedules: {}", e.toString());
				}
			}
		}
	}

	private void prune(Schedule s) throws IOException, RequestException {
		List<ImageInfo> mine = node.library.list().stream().filter(i -> i.name().startsWith(s.id() + "-"))
				.sorted(Comparator.comparingLong(ImageInfo::createdAt)).toList();
		for (ImageInfo old : mine.subList(0, Math.max(0, mine.size() - s.keep()))) {
			node.library.delete(old.name());
			node.audit.record("drover-agent", null, "schedule-prune", List.of(old.name()), true, s.id() + " keeps its newest "
					+ s.keep());
		}
	}

	private void save() throws IOException {
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		json.writeValue(tmp.toFile(), list());
		FileModes.privateFile(tmp);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public void close() {
		executor.shutdownNow();
	}
}

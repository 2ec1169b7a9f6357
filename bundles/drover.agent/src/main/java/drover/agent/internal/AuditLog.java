package drover.agent.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.auth.FileModes;
import drover.protocol.AuditChain;
import drover.protocol.Json;

/**
 * The node's own account of what was done to it, in STATE_DIR/audit.jsonl (mode 0600): one JSON line per entry,
 * numbered ({@code seq}), hash-chained ({@code prev}, {@code hash}: see {@link AuditChain}) and fsync'd before the
 * agent goes on. A request that changes the node is two entries: {@code begin}, written before anything happens (if
 * it cannot be written, the request is refused), and {@code end}, which names its begin and says how it went. An
 * entry names the key (fingerprint and comment) and its role; the SSH user name is kept too, as what the client
 * claimed. Refusals are entries of their own ({@code refused}); what the agent does by itself (recovery, a
 * post-copy copy stopped) are {@code event}s. A room's own {@link #record} for the caller during a request becomes
 * the result of that request's end entry rather than a third line.
 * <p>
 * Rotation by size: once the file would pass {@code -Ddrover.agent.auditMaxBytes} (10 MB), it becomes
 * {@code audit.jsonl.1} (the older ones move up to {@code .N}, {@code -Ddrover.agent.auditFiles}, 5 by default; the
 * oldest beyond that is dropped) and a new file starts with an {@code audit-rotate} event that goes on with the same
 * chain: its {@code seq} follows the last entry's and its {@code prev} is that entry's hash. When a file is dropped,
 * that event says up to which entry ({@code droppedThrough}), inside the chain; a verifier then accepts that the kept
 * entries begin after it, and nowhere else. {@code history --raw} serves the kept files oldest first, one chain.
 */
public final class AuditLog {

	private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
	/** An argument longer than this (a migration request, a record) is kept as its start and its hash. */
	private static final int MAX_ARG = 512;
	static final String ROTATE = "audit-rotate";

	private final Path file;
	private final ObjectMapper json = Json.newMapper();
	private final ThreadLocal<Deque<Op>> open = ThreadLocal.withInitial(ArrayDeque::new);
	private FileChannel channel;
	private long seq;
	private String prev;

	public AuditLog(Path file) {
		this.file = file;
	}

	/** A request under way: its begin entry is on disk; {@link #end} writes the other half. */
	public final class Op {
		private final long begin;
		private final Caller caller;
		private final String operation;
		private final List<String> args;
		private Boolean detailOk;
		private String detail;
		private boolean ended;

		private Op(long begin, Caller caller, String operation, List<String> args) {
			this.begin = begin;
			this.caller = caller;
			this.operation = operation;
			this.args = args;
		}

		public long seq() {
			return begin;
		}

		/** Writes the end entry: the request's own outcome, or what the room that did the work recorded. */
		public void end(boolean ok, String result) {
			if (ended) {
				return;
			}
			ended = true;
			open.get().remove(this);
			Map<String, Object> entry = who("end", caller, operation, args);
			entry.put("begin", begin);
			entry.put("ok", detailOk != null ? detailOk && ok : ok);
			entry.put("result", detail != null ? detail : result);
			try {
				append(entry);
			} catch (IOException e) {
				// the operation happened; its end being lost shows in the log (a begin without end) and here
				LOG.error("cannot write the end of audited operation {} (begin {}) to {}: {}", operation, begin, file, e.getMessage());
			}
		}
	}

	/** Writes the begin entry of a request that changes the node; an IOException means: do not do it. */
	public Op begin(Caller caller, String operation, List<String> args) throws IOException {
		List<String> kept = shorten(args);
		long at = append(who("begin", caller, operation, kept));
		Op op = new Op(at, caller, operation, kept);
		open.get().push(op);
		return op;
	}

	/** A request the agent refused before doing anything (its key may not, or it aims at the agent itself). */
	public void refused(Caller caller, String operation, List<String> args, String why) {
		Map<String, Object> entry = who("refused", caller, operation, shorten(args));
		entry.put("ok", false);
		entry.put("result", why);
		try {
			append(entry);
		} catch (IOException e) {
			LOG.error("cannot audit a refusal of {} in {}: {}", operation, file, e.getMessage());
		}
	}

	/**
	 * What a room records about its work: during a request on this thread it becomes that request's result;
	 * otherwise (the agent acting by itself) an event entry of its own.
	 */
	public void record(String user, String key, String operation, List<String> args, boolean ok, String result) {
		Op current = open.get().peek();
		// the request's own room speaks for the caller; what the agent does by itself (a post-copy copy stopped) on
		// a request's thread is still an event of its own
		if (current != null && java.util.Objects.equals(user, current.caller.user())
				&& java.util.Objects.equals(key, current.caller.keyFingerprint())) {
			current.detailOk = current.detailOk == null ? ok : current.detailOk && ok;
			current.detail = current.detail == null ? result : current.detail + "; " + result;
			return;
		}
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("phase", "event");
		entry.put("operation", operation);
		entry.put("args", shorten(args == null ? List.of() : args));
		entry.put("user", user);
		entry.put("key", key);
		entry.put("ok", ok);
		entry.put("result", result);
		try {
			append(entry);
		} catch (IOException e) {
			// The operation itself happened; losing its audit line must be visible in the agent's log.
			LOG.error("cannot append to the audit log {}: {} (lost entry: {} {} {} by {})", file, e.getMessage(), operation, args,
					ok ? "ok" : "failed", user, e);
		}
	}

	/** A request whose outcome is audited either way. */
	public interface Audited<T> {
		T run() throws RequestException, java.io.IOException;
	}

	/** Runs {@code request} and records its outcome: {@code success} describes the result, a failure its message. */
	public <T> T audited(Caller caller, String operation, List<String> args, java.util.function.Function<T, String> success,
			Audited<T> request) throws RequestException, IOException {
		try {
			T result = request.run();
			record(caller.user(), caller.keyFingerprint(), operation, args, true, success.apply(result));
			return result;
		} catch (RequestException | IOException | RuntimeException e) {
			record(caller.user(), caller.keyFingerprint(), operation, args, false, e.getMessage());
			throw e;
		}
	}

	private Map<String, Object> who(String phase, Caller caller, String operation, List<String> args) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("phase", phase);
		entry.put("operation", operation);
		entry.put("args", args);
		entry.put("user", caller.user());
		entry.put("key", caller.keyFingerprint());
		entry.put("comment", caller.keyComment());
		entry.put("role", caller.role().label());
		return entry;
	}

	/** Numbers, chains, writes and fsyncs one entry; its seq. */
	private synchronized long append(Map<String, Object> fields) throws IOException {
		FileChannel out = channel();
		long max = Long.getLong("drover.agent.auditMaxBytes", 10L << 20);
		if (seq > 0 && out.size() >= max && !ROTATE.equals(fields.get("operation"))) {
			rotate();
		}
		return write(fields);
	}

	/** The current file becomes .1 (the others move up, the oldest beyond the kept number goes); the chain goes on. */
	private void rotate() throws IOException {
		int keep = Math.max(1, Integer.getInteger("drover.agent.auditFiles", 5));
		channel.close();
		channel = null;
		Long dropped = null;
		Path oldest = rotated(keep);
		if (Files.exists(oldest)) {
			dropped = lastSeq(Files.readAllLines(oldest, StandardCharsets.UTF_8));
			Files.delete(oldest);
		}
		for (int i = keep - 1; i >= 1; i--) {
			if (Files.exists(rotated(i))) {
				Files.move(rotated(i), rotated(i + 1));
			}
		}
		Files.move(file, rotated(1));
		channel = open();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("phase", "event");
		event.put("operation", ROTATE);
		event.put("user", "drover-agent");
		event.put("role", "agent");
		event.put("result", "entries up to " + seq + " are in " + rotated(1).getFileName() + (dropped == null ? ""
				: "; " + oldest.getFileName() + " (entries up to " + dropped + ") was dropped, " + keep + " files are kept"));
		if (dropped != null) {
			event.put("droppedThrough", dropped);
		}
		write(event);
	}

	private Path rotated(int n) {
		return file.resolveSibling(file.getFileName() + "." + n);
	}

	private Long lastSeq(List<String> lines) throws IOException {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (AuditChain.hashOf(lines.get(i)) != null && lines.get(i).startsWith("{\"seq\":")) {
				return json.readTree(lines.get(i)).path("seq").asLong();
			}
		}
		return null;
	}

	private long write(Map<String, Object> fields) throws IOException {
		FileChannel out = channel();
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("seq", seq + 1);
		entry.put("time", Instant.now().toString());
		entry.put("prev", prev);
		fields.forEach((k, v) -> {
			if (v != null) {
				entry.put(k, v);
			}
		});
		String line = AuditChain.seal(json.writeValueAsString(entry));
		ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			out.write(bytes);
		}
		out.force(false);
		seq++;
		prev = AuditChain.hashOf(line);
		return seq;
	}

	private FileChannel channel() throws IOException {
		if (channel == null || !channel.isOpen()) {
			List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
			if (lines.stream().noneMatch(l -> AuditChain.hashOf(l) != null) && Files.exists(rotated(1))) {
				lines = Files.readAllLines(rotated(1), StandardCharsets.UTF_8); // the agent stopped right after a rotation
			}
			String last = null;
			StringBuilder before = new StringBuilder();
			for (String line : lines) {
				if (AuditChain.hashOf(line) != null && line.startsWith("{\"seq\":")) {
					last = line;
				} else if (last == null) {
					before.append(line).append('\n');
				}
			}
			if (last != null) {
				seq = json.readTree(last).path("seq").asLong();
				prev = AuditChain.hashOf(last);
			} else {
				seq = 0;
				prev = AuditChain.genesis(before.toString());
			}
			channel = open();
		}
		return channel;
	}

	private FileChannel open() throws IOException {
		FileChannel opened = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
				PosixFilePermissions.asFileAttribute(FileModes.PRIVATE_FILE));
		FileModes.privateFile(file);
		return opened;
	}

	private static List<String> shorten(List<String> args) {
		List<String> kept = new ArrayList<>(args.size());
		for (String arg : args) {
			kept.add(arg.length() <= MAX_ARG ? arg : arg.substring(0, MAX_ARG) + "...(" + arg.length() + " chars, sha256 "
					+ AuditChain.sha256(arg) + ")");
		}
		return kept;
	}

	/**
	 * The last {@code limit} entries, oldest first, as operators read them: a begin whose end follows is left out
	 * (the end says it all); a begin without an end is an operation under way, or one the agent died in.
	 */
	public synchronized List<Map<String, Object>> read(int limit) throws IOException {
		List<Map<String, Object>> all = new ArrayList<>();
		Set<Long> ended = new HashSet<>();
		for (String line : rawLines()) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> entry;
			try {
				entry = json.readValue(line, new TypeReference<Map<String, Object>>() {
				});
			} catch (IOException e) {
				continue; // a torn or foreign line: 'history --verify' reports it
			}
			if (entry.get("begin") instanceof Number n) {
				ended.add(n.longValue());
			}
			all.add(entry);
		}
		List<Map<String, Object>> shown = new ArrayList<>();
		for (Map<String, Object> entry : all) {
			if ("begin".equals(entry.get("phase"))) {
				if (entry.get("seq") instanceof Number n && ended.contains(n.longValue())) {
					continue;
				}
				entry.put("result", "under way (or the agent stopped during it)");
			}
			shown.add(entry);
		}
		return shown.subList(Math.max(0, shown.size() - Math.max(0, limit)), shown.size());
	}

	/**
	 * The log's lines exactly as stored, the rotated files first, oldest first (for {@code history --raw}, which a
	 * verifier checks on its own side as one chain).
	 */
	public synchronized List<String> rawLines() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = Math.max(1, Integer.getInteger("drover.agent.auditFiles", 5)) + 1; i >= 1; i--) {
			if (Files.exists(rotated(i))) {
				lines.addAll(Files.readAllLines(rotated(i), StandardCharsets.UTF_8));
			}
		}
		if (Files.exists(file)) {
			lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		return lines;
	}

	public Path file() {
		return file;
	}
}

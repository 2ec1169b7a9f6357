package drover.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hash chain of an agent's audit log, one JSON object per line. Each entry carries {@code seq} (1, 2, ...),
 * {@code prev} (the previous entry's hash) and, last, {@code hash}: the SHA-256 of the line's exact bytes without
 * the hash field ({@code ...,"hash":"HEX"}} becomes {@code ...}}). Hashing the bytes as written, not a
 * re-serialised object, means the agent and a verifier never disagree about field order or number formats.
 * The first entry's {@code prev} is the SHA-256 of everything before it in the file (nothing, or the plain lines an
 * older agent wrote), so those lines are covered too. Changing, removing or inserting any entry breaks the chain
 * at that entry; the chain alone cannot tell a log that was cut short at its end (keep the last hash somewhere else
 * to tell that: {@code drover history HOST --verify} prints it).
 */
public final class AuditChain {

	private static final Pattern HASH_SUFFIX = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");

	/** What a verification found: {@code brokenSeq} and {@code brokenLine} are 0 when the chain holds. */
	public record Verdict(boolean ok, int entries, int legacyLines, long lastSeq, String lastHash, long brokenSeq,
			int brokenLine, String reason, long firstSeq) {
	}

	private static final Pattern DROPPED = Pattern.compile("\"droppedThrough\":(\\d+)[,}]");

	private AuditChain() {
	}

	/** The SHA-256 (hex) of the text before the first chained entry: the first entry's {@code prev}. */
	public static String genesis(String before) {
		return sha256(before);
	}

	/** The line for an entry whose JSON (a single-line object without {@code hash}) is {@code body}. */
	public static String seal(String body) {
		if (!body.startsWith("{") || !body.endsWith("}") || body.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("an audit entry is one JSON object on one line");
		}
		return body.substring(0, body.length() - 1) + ",\"hash\":\"" + sha256(body) + "\"}";
	}

	/** The hash a sealed line carries, or null if it is not a sealed line. */
	public static String hashOf(String line) {
		Matcher m = HASH_SUFFIX.matcher(line);
		return m.find() ? m.group(1) : null;
	}

	/** Checks every line of a log, oldest first; stops at the first broken link. */
	public static Verdict verify(List<String> lines, ObjectMapper json) {
		StringBuilder legacy = new StringBuilder();
		int legacyLines = 0;
		int first = 0;
		while (first < lines.size() && !chained(lines.get(first))) {
			legacy.append(lines.get(first)).append('\n');
			legacyLines++;
			first++;
		}
		String prev = genesis(legacy.toString());
		long seq = 0;
		int entries = 0;
		// a log whose oldest rotated files were dropped begins after entry N, which the chain itself must say: a rotation
		// event (protected by the hashes after it) names N as droppedThrough; only then is a start past entry 1 accepted
		if (legacyLines == 0 && first < lines.size()) {
			long firstSeq = firstSeq(lines.get(first), json);
			if (firstSeq > 1 && droppedThrough(lines).contains(firstSeq - 1)) {
				seq = firstSeq - 1;
				prev = prevOf(lines.get(first), json);
			}
		}
		long startedAfter = seq;
		for (int i = first; i < lines.size(); i++) {
			String line = lines.get(i);
			int lineNo = i + 1;
			if (line.isEmpty() && i == lines.size() - 1) {
				break;
			}
			String hash = hashOf(line);
			if (hash == null) {
				return broken(entries, legacyLines, seq, prev, seq + 1, lineNo, "line " + lineNo + " is not a sealed audit entry"
						+ " (no hash at its end): a line was added or changed by hand");
			}
			String body = line.substring(0, line.length() - (",\"hash\":\"".length() + 64 + 2)) + "}";
			JsonNode entry;
			try {
				entry = json.readTree(body);
			} catch (java.io.IOException e) {
				return broken(entries, legacyLines, seq, prev, seq + 1, lineNo, "line " + lineNo + " is not JSON");
			}
			long entrySeq = entry.path("seq").asLong(-1);
			if (!sha256(body).equals(hash)) {
				return broken(entries, legacyLines, seq, prev, entrySeq, lineNo, "entry " + entrySeq + " (line " + lineNo
						+ ") does not match its hash: its content was changed");
			}
			if (entrySeq != seq + 1) {
				return broken(entries, legacyLines, seq, prev, entrySeq, lineNo, "entry " + entrySeq + " (line " + lineNo
						+ ") follows entry " + seq + ": "
						+ (entrySeq > seq + 1 ? "entries were removed" : "entries were reordered or copied"));
			}
			if (!prev.equals(entry.path("prev").asText())) {
				return broken(entries, legacyLines, seq, prev, entrySeq, lineNo, "entry " + entrySeq + " (line " + lineNo
						+ ") does not point to the entry before it: " + (seq == 0 ? "the lines before it were changed"
								: "entry " + seq + " was replaced"));
			}
			prev = hash;
			seq = entrySeq;
			entries++;
		}
		return new Verdict(true, entries, legacyLines, seq, prev, 0, 0, "the chain holds", startedAfter + 1);
	}

	private static long firstSeq(String line, ObjectMapper json) {
		try {
			return json.readTree(line).path("seq").asLong(-1);
		} catch (java.io.IOException e) {
			return -1;
		}
	}

	private static String prevOf(String line, ObjectMapper json) {
		try {
			return json.readTree(line).path("prev").asText();
		} catch (java.io.IOException e) {
			return "";
		}
	}

	private static java.util.Set<Long> droppedThrough(List<String> lines) {
		java.util.Set<Long> dropped = new java.util.HashSet<>();
		for (String line : lines) {
			Matcher m = DROPPED.matcher(line);
			if (m.find() && line.contains("\"operation\":\"audit-rotate\"")) {
				dropped.add(Long.parseLong(m.group(1)));
			}
		}
		return dropped;
	}

	private static boolean chained(String line) {
		return line.startsWith("{\"seq\":");
	}

	private static Verdict broken(int entries, int legacyLines, long seq, String prev, long at, int line, String reason) {
		return new Verdict(false, entries, legacyLines, seq, prev, at, line, reason, 0);
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}

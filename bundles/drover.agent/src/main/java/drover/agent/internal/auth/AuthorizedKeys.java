package drover.agent.internal.auth;

import java.io.IOException;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's authorized_keys, with OpenSSH's options and Drover's own, read again whenever the file changes.
 * <p>
 * Options understood: {@code from="pattern-list"} (client addresses: {@code *} and {@code ?} globs, CIDR,
 * {@code !} to exclude; no DNS names), {@code restrict} (no port forwarding; {@code port-forwarding} after it gives
 * it back), {@code no-port-forwarding}, {@code expiry-time="YYYYMMDD[HHMM[SS]][Z]"}, and Drover's
 * {@code drover-role="viewer|operator|admin|node"} and {@code drover-users="alice,bob"}. A key without drover-role
 * is an admin, as every key was before roles existed, unless its comment is {@code drover-node} (the comment an
 * agent gives its node key), which only narrows what it may do. Options Drover cannot honour ({@code command=},
 * {@code cert-authority}, an unknown option, an unknown role) make the line refused, never ignored: a key that
 * was meant to be limited must not log in unlimited. OpenSSH options about terminals and agents change nothing here.
 */
public final class AuthorizedKeys {

	private static final Logger LOG = LoggerFactory.getLogger(AuthorizedKeys.class);

	/** OpenSSH options with no meaning for an agent that runs no shell. */
	private static final Set<String> HARMLESS = Set.of("no-pty", "pty", "no-agent-forwarding", "agent-forwarding",
			"no-x11-forwarding", "x11-forwarding", "no-user-rc", "user-rc", "no-touch-required", "verify-required",
			"permitopen", "permitlisten", "environment", "tunnel", "principals");

	/** A line of the file: its key and what the options say. */
	private record Entry(PublicKey key, KeyIdentity identity, String from, Instant expiry) {
	}

	/** The answer for one key: who it is, or why it may not log in. */
	public record Lookup(KeyIdentity identity, String refusal) {
	}

	private final Path file;
	private List<Entry> entries = List.of();
	private FileTime loadedTime;
	private long loadedSize = -1;
	private String fileProblem;

	public AuthorizedKeys(Path file) {
		this.file = file;
	}

	public Path file() {
		return file;
	}

	/** Who {@code key} is when it logs in from {@code client}. */
	public synchronized Lookup lookup(PublicKey key, InetAddress client) {
		reloadIfChanged();
		if (fileProblem != null) {
			return new Lookup(null, fileProblem);
		}
		String refusal = "not in " + file;
		for (Entry entry : entries) {
			if (!KeyUtils.compareKeys(entry.key, key)) {
				continue;
			}
			if (entry.expiry != null && Instant.now().isAfter(entry.expiry)) {
				refusal = "key " + entry.identity.describe() + " expired at " + entry.expiry + " (line " + entry.identity.line() + ")";
				continue;
			}
			if (entry.from != null && (client == null || !AddressPatterns.matches(entry.from, client))) {
				refusal = "key " + entry.identity.describe() + " may log in only from \"" + entry.from + "\", not from "
						+ (client == null ? "an unknown address" : client.getHostAddress());
				continue;
			}
			return new Lookup(entry.identity, null);
		}
		return new Lookup(null, refusal);
	}

	/** A key the file lists now, by its fingerprint, with who it is; null if none (or it expired). */
	public synchronized java.util.Map.Entry<PublicKey, KeyIdentity> byFingerprint(String fingerprint) {
		reloadIfChanged();
		if (fileProblem != null) {
			return null;
		}
		for (Entry entry : entries) {
			if (entry.identity.fingerprint().equals(fingerprint) && (entry.expiry == null || Instant.now().isBefore(entry.expiry))) {
				return java.util.Map.entry(entry.key, entry.identity);
			}
		}
		return null;
	}

	/** Every key the file lists now (for the start-up message and tests). */
	public synchronized List<KeyIdentity> identities() {
		reloadIfChanged();
		return entries.stream().map(Entry::identity).toList();
	}

	private void reloadIfChanged() {
		try {
			FileTime time = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			if (time.equals(loadedTime) && size == loadedSize) {
				return;
			}
			String unsafe = FileModes.unsafe(file);
			if (unsafe != null) {
				fileProblem = unsafe;
				entries = List.of();
				LOG.error("refusing every key: {}", unsafe);
			} else {
				fileProblem = null;
				entries = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
			}
			loadedTime = time;
			loadedSize = size;
		} catch (IOException e) {
			fileProblem = "cannot read " + file + ": " + e.getMessage();
			entries = List.of();
			loadedTime = null;
		}
	}

	private List<Entry> parse(List<String> lines) {
		List<Entry> parsed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				parsed.add(parseLine(line, i + 1));
			} catch (IllegalArgumentException | IOException | java.security.GeneralSecurityException e) {
				LOG.error("{} line {} refused: {}", file, i + 1, e.getMessage());
			}
		}
		return List.copyOf(parsed);
	}

	static Entry parseLine(String line, int number) throws IOException, java.security.GeneralSecurityException {
		AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
		if (entry == null) {
			throw new IllegalArgumentException("not a public key line");
		}
		PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
		Map<String, String> options = entry.getLoginOptions();
		Role role = null;
		Set<String> users = null;
		String from = null;
		Instant expiry = null;
		boolean forwarding = true;
		for (Map.Entry<String, String> option : options.entrySet()) {
			String name = option.getKey().toLowerCase(Locale.ROOT);
			String value = option.getValue();
			switch (name) {
			case "drover-role" -> {
				role = Role.parse(value);
				if (role == null || role == Role.AGENT) {
					throw new IllegalArgumentException("drover-role=\"" + value + "\" is not viewer, operator, admin or node");
				}
			}
			case "drover-users" -> {
				users = new LinkedHashSet<>();
				for (String user : value.split(",")) {
					if (!user.isBlank()) {
						users.add(user.trim());
					}
				}
			}
			case "from" -> from = value;
			case "expiry-time" -> expiry = expiry(value);
			case "restrict", "no-port-forwarding" -> forwarding = false;
			case "port-forwarding" -> forwarding = true;
			case "command" -> throw new IllegalArgumentException("command=\"...\" (a forced command) cannot be honoured by a Drover agent;"
					+ " use drover-role to limit the key");
			case "cert-authority" ->
				throw new IllegalArgumentException("certificate authorities are not supported; list the keys themselves");
			default -> {
				if (!HARMLESS.contains(name)) {
					throw new IllegalArgumentException("unknown option '" + option.getKey() + "'");
				}
			}
			}
		}
		// restrict, then port-forwarding: OpenSSH reads the options in order; SSHD's map keeps no order, so say so
		if (options.containsKey("restrict") && options.containsKey("port-forwarding")) {
			forwarding = true;
		}
		String comment = entry.getComment() == null ? "" : entry.getComment().trim();
		if (role == null) {
			role = comment.equals("drover-node") ? Role.NODE : Role.ADMIN;
		}
		return new Entry(key, new KeyIdentity(KeyUtils.getFingerPrint(key), comment, role, users == null ? null : Set.copyOf(users),
				forwarding, number), from, expiry);
	}

	private static final Pattern EXPIRY = Pattern.compile("(\\d{8})(\\d{4})?(\\d{2})?(Z)?");

	static Instant expiry(String value) {
		var m = EXPIRY.matcher(value.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("expiry-time=\"" + value + "\" is not YYYYMMDD[HHMM[SS]][Z]");
		}
		String text = m.group(1) + (m.group(2) != null ? m.group(2) : "0000") + (m.group(3) != null ? m.group(3) : "00");
		LocalDateTime time = LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		return time.atZone(m.group(4) != null ? ZoneOffset.UTC : ZoneId.systemDefault()).toInstant();
	}

	/** OpenSSH's {@code from=} patterns over the client's address. */
	static final class AddressPatterns {

		private AddressPatterns() {
		}

		/** A negated pattern that matches refuses; otherwise one plain pattern must match. */
		static boolean matches(String list, InetAddress client) {
			InetAddress address = unmapped(client);
			String text = address.getHostAddress();
			boolean any = false;
			for (String raw : list.split(",")) {
				String pattern = raw.trim();
				boolean negated = pattern.startsWith("!");
				if (negated) {
					pattern = pattern.substring(1);
				}
				if (pattern.isEmpty()) {
					continue;
				}
				boolean hit = pattern.contains("/") ? cidr(pattern, address) : glob(pattern, text);
				if (hit && negated) {
					return false;
				}
				any |= hit && !negated;
			}
			return any;
		}

		private static InetAddress unmapped(InetAddress address) {
			byte[] b = address.getAddress();
			if (address instanceof Inet6Address && b.length == 16) {
				boolean mapped = true;
				for (int i = 0; i < 10; i++) {
					mapped &= b[i] == 0;
				}
				mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
				if (mapped) {
					try {
						return InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] });
					} catch (java.net.UnknownHostException e) {
						return address;
					}
				}
			}
			return address;
		}

		static boolean glob(String pattern, String text) {
			StringBuilder regex = new StringBuilder();
			for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
				regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
			}
			return text.toLowerCase(Locale.ROOT).matches(regex.toString());
		}

		static boolean cidr(String pattern, InetAddress address) {
			int slash = pattern.indexOf('/');
			if (!pattern.substring(0, slash).matches("[0-9A-Fa-f:.]+")) {
				return false; // only address literals: a name would mean a DNS lookup that an attacker may answer
			}
			try {
				InetAddress net = InetAddress.getByName(pattern.substring(0, slash)); // a literal: no lookup
				int bits = Integer.parseInt(pattern.substring(slash + 1));
				if ((net instanceof Inet4Address) != (address instanceof Inet4Address)) {
					return false;
				}
				int width = net.getAddress().length * 8;
				if (bits < 0 || bits > width) {
					return false;
				}
				BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
						.xor(BigInteger.ONE.shiftLeft(width - bits).subtract(BigInteger.ONE));
				return new BigInteger(1, net.getAddress()).and(mask).equals(new BigInteger(1, address.getAddress()).and(mask));
			} catch (IOException | NumberFormatException e) {
				return false; // a malformed pattern matches nothing
			}
		}
	}
}

package drover.agent.internal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.MigrationTicket;

/**
 * The target's check of a {@link MigrationTicket}: before another agent's node key may hold an incoming slot
 * (and so do any step of a migration here), it must present a ticket that an operator's key listed in this
 * node's authorized_keys (role operator or admin) signed, that names this node's host key, has not expired, and
 * whose nonce was not bound to another migration before. The first use binds the nonce to the migration ID
 * (kept in {@code STATE/tickets}, so a restart does not make a ticket new again); the same migration may present
 * it again (a source that lost its link and holds its slot anew), no other may. An evacuation's ticket (PID 0,
 * {@link MigrationTicket#forEvacuation}) admits every migration of that evacuation until it expires, at most
 * {@link MigrationTicket#EVACUATION_HORIZON} ahead: a scheduled evacuation runs with no operator present.
 */
public final class MigrationTickets {

	/** Who vouched for a migration: the operator's key as this node's authorized_keys knows it. */
	public record Voucher(KeyIdentity operator, MigrationTicket ticket) {
	}

	private final AuthorizedKeys keys;
	private final Supplier<String> ownHostKey;
	private final Path usedFile;
	private Map<String, String> used;

	public MigrationTickets(AuthorizedKeys keys, Supplier<String> ownHostKey, Path usedFile) {
		this.keys = keys;
		this.ownHostKey = ownHostKey;
		this.usedFile = usedFile;
	}

	/** Admits migration {@code id} on {@code encoded}'s word, or throws {@link ErrorInfo#FORBIDDEN} saying why not. */
	public synchronized Voucher admit(String id, String encoded) throws RequestException {
		if (encoded == null || encoded.isBlank()) {
			throw refused(id, "it came without a ticket (an operator's signed word that this migration is wanted)");
		}
		MigrationTicket ticket;
		try {
			ticket = MigrationTicket.decode(encoded);
		} catch (IllegalArgumentException e) {
			throw refused(id, "its ticket is malformed (" + e.getMessage() + ")");
		}
		long now = System.currentTimeMillis() / 1000;
		if (ticket.expiresAt() < now) {
			throw refused(id, "its ticket expired " + (now - ticket.expiresAt()) + " s ago");
		}
		long horizon = ticket.forEvacuation() ? MigrationTicket.EVACUATION_HORIZON.toSeconds() + MigrationTicket.EVACUATION_RUN.toSeconds()
				: MigrationTicket.LIFETIME.toSeconds();
		if (ticket.expiresAt() > now + horizon + 300) {
			throw refused(id, "its ticket is valid for longer than any operator's side issues one");
		}
		String own = ownHostKey.get();
		if (own == null || !own.equals(ticket.targetHostKey())) {
			throw refused(id, "its ticket names another target (host key " + ticket.targetHostKey() + ", this node's is " + own + ")");
		}
		Map.Entry<PublicKey, KeyIdentity> operator = keys.byFingerprint(ticket.operator());
		if (operator == null) {
			throw refused(id,
					"its ticket is signed for the key " + ticket.operator() + ", which this node's authorized_keys does not list");
		}
		if (!operator.getValue().role().atLeast(Role.OPERATOR) || operator.getValue().role() == Role.NODE) {
			throw refused(id, "its ticket comes from the key " + operator.getValue().describe() + ", which is no operator here");
		}
		if (!ticket.signedBy(operator.getKey())) {
			throw refused(id, "its ticket's signature does not verify with the key " + operator.getValue().describe());
		}
		if (ticket.forEvacuation()) {
			return new Voucher(operator.getValue(), ticket); // many migrations, one evacuation: bound by its expiry
		}
		Map<String, String> bound = used();
		String before = bound.get(ticket.nonce());
		if (before != null && !before.equals(id)) {
			throw refused(id, "its ticket was used already, for migration " + before + " (a ticket admits one migration)");
		}
		if (before == null) {
			try {
				Files.writeString(usedFile, ticket.nonce() + " " + id + " " + ticket.expiresAt() + "\n", StandardCharsets.UTF_8,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
				FileModes.privateFile(usedFile);
			} catch (IOException e) {
				throw new RequestException(ErrorInfo.AUDIT_FAILED, "Cannot note the ticket of migration " + id + " in " + usedFile
						+ ": " + e.getMessage(), "Nothing was done. Free disk space on the node.");
			}
			bound.put(ticket.nonce(), id);
		}
		return new Voucher(operator.getValue(), ticket);
	}

	private Map<String, String> used() {
		if (used == null) {
			used = new HashMap<>();
			long now = System.currentTimeMillis() / 1000;
			try {
				List<String> lines = Files.exists(usedFile) ? Files.readAllLines(usedFile, StandardCharsets.UTF_8) : List.of();
				for (String line : lines) {
					String[] f = line.trim().split(" ");
					if (f.length == 3 && Long.parseLong(f[2]) >= now) { // an expired ticket is refused anyway
						used.put(f[0], f[1]);
					}
				}
			} catch (IOException | NumberFormatException e) {
				// unreadable: nothing is known as used, but every ticket still needs a valid signature and expiry
			}
		}
		return used;
	}

	private static RequestException refused(String id, String why) {
		return new RequestException(ErrorInfo.FORBIDDEN, "'incoming-slot " + id + "' refused for another agent's key: " + why + ".",
				"Nothing was done. A node key takes part only in migrations an operator started ('drover migrate' or the"
						+ " console sign a ticket with the operator's key, which this node's authorized_keys must list).");
	}
}

package drover.agent.internal.auth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.Json;
import drover.protocol.Protocol;

/**
 * One table: the least role each request needs, whether a node key may send it, and whether it changes the node
 * (then it is audited before and after). The dispatcher calls {@link #check} once per request, before anything
 * happens; a request this table does not know is let through to be answered "unknown request".
 */
public final class Authorizer {

	/** When another agent's key (role node) may send a request. */
	public enum NodeUse {
		/** Never. */
		NEVER,
		/** Always (the handshake, the target's pre-flight, a migration's status and abort, its record). */
		ALWAYS,
		/** For a migration this node knows by the name in the request (an incoming slot held for it, or its ledger). */
		NAMED_MIGRATION,
		/** While some migration to this node is under way (the source confirms its copy runs: inventory). */
		ANY_MIGRATION,
		/** With an operator's ticket for the migration it names (an incoming slot: what makes a name known). */
		TICKET,
		/**
		 * Always, until the target's ledger says the migration finished (its final record arrived): an abort, which a
		 * source repeats while its answer is lost, but which must not stop a finished migration's copy.
		 */
		UNTIL_FINISHED
	}

	/** The rule for one request. */
	public record Rule(Role least, NodeUse node, boolean changesState) {
	}

	/** What the target side of a migration knows here: the ledger and the incoming slots. */
	public interface MigrationsHere {
		/** Does this node take part in migration (or image) {@code name} now? */
		boolean known(String name) throws IOException;

		/** Is any migration to this node under way? */
		boolean any() throws IOException;

		/** Did migration {@code name}'s final record arrive here (its ledger says finished)? */
		default boolean finished(String name) throws IOException {
			return false;
		}

		/** Why migration {@code name} is over on this node (its ledger says finished or stopped), or null. */
		default String ended(String name) throws IOException {
			return null;
		}
	}

	/** The PIDs of the tree under {@code root} (for a key limited to some users' processes). */
	public interface Trees {
		List<Integer> of(int root) throws IOException;
	}

	private static final Rule READ = new Rule(Role.VIEWER, NodeUse.NEVER, false);

	public static final Map<String, Rule> RULES = Map.ofEntries(
			Map.entry(Protocol.HELLO, new Rule(Role.VIEWER, NodeUse.ALWAYS, false)),
			// reads and discards at most 64 MB: another agent's planner measuring the link, nothing changes
			Map.entry(Protocol.PROBE_SINK, new Rule(Role.VIEWER, NodeUse.ALWAYS, false)),
			Map.entry(Protocol.HELP, new Rule(Role.VIEWER, NodeUse.ALWAYS, false)),
			Map.entry(Protocol.INVENTORY, new Rule(Role.VIEWER, NodeUse.ANY_MIGRATION, false)),
			Map.entry("ps", new Rule(Role.VIEWER, NodeUse.ANY_MIGRATION, false)),
			Map.entry(Protocol.IMAGES, READ),
			// reads an image: the source of a migration asks its target once the copy runs, before the clean-up
			Map.entry(Protocol.IMAGE_COMPOSITION, new Rule(Role.VIEWER, NodeUse.NAMED_MIGRATION, false)),
			Map.entry(Protocol.PREFLIGHT, READ),
			Map.entry(Protocol.PREFLIGHT_TARGET, new Rule(Role.VIEWER, NodeUse.ALWAYS, false)),
			Map.entry(Protocol.HISTORY, READ),
			Map.entry(Protocol.MIGRATIONS, READ),
			Map.entry(Protocol.WATCH, READ),
			Map.entry(Protocol.MIGRATION_STATUS, new Rule(Role.VIEWER, NodeUse.ALWAYS, false)),
			Map.entry(Protocol.SPAWN, new Rule(Role.ADMIN, NodeUse.NEVER, true)),
			// starts a program of the caller's choosing, as spawn does, and gives it an address on the hosts' network
			Map.entry(Protocol.LAUNCH, new Rule(Role.ADMIN, NodeUse.NEVER, true)),
			Map.entry(Protocol.CHECKPOINT, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.RESTORE, new Rule(Role.OPERATOR, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.DELETE_IMAGE, new Rule(Role.OPERATOR, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.RESUME, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.KILL_TREE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.PUSH_IMAGE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.RECEIVE_IMAGE, new Rule(Role.ADMIN, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.PAGE_SERVER, new Rule(Role.ADMIN, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.ABORT_IMAGE, new Rule(Role.OPERATOR, NodeUse.UNTIL_FINISHED, true)),
			Map.entry(Protocol.MIGRATION_ABORT, new Rule(Role.OPERATOR, NodeUse.UNTIL_FINISHED, true)),
			Map.entry(Protocol.INCOMING_SLOT, new Rule(Role.ADMIN, NodeUse.TICKET, true)),
			Map.entry(Protocol.EXPECT_IMAGE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.SCHEDULE_CHECKPOINT, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.SCHEDULES, READ),
			Map.entry(Protocol.SCHEDULE_CANCEL, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.LAZY_SOURCE, new Rule(Role.ADMIN, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.LAZY_WAIT, new Rule(Role.OPERATOR, NodeUse.NAMED_MIGRATION, true)),
			Map.entry(Protocol.LAZY_FINISH, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.LAZY_ABORT, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.PROTECT_SOCKETS, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.RELEASE_SOCKETS, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.MIGRATE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.CANCEL, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.PLAN, READ),
			Map.entry(Protocol.EVACUATIONS, READ),
			Map.entry(Protocol.EVACUATE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.EVACUATION_CANCEL, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.EVACUATION_UPDATE, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.EVACUATION_RECORD, new Rule(Role.OPERATOR, NodeUse.NEVER, true)),
			Map.entry(Protocol.RECORD_MIGRATION, new Rule(Role.OPERATOR, NodeUse.ALWAYS, true)));

	/** Requests whose positional words are PIDs to be aimed at (checked against the agent, threads and users). */
	private static final Set<String> PID_REQUESTS = Set.of(Protocol.CHECKPOINT, Protocol.RESUME, Protocol.KILL_TREE,
			Protocol.PREFLIGHT);

	/** The target's check of an operator's ticket (see {@link MigrationTickets}). */
	public interface Tickets {
		void admit(String id, String ticket) throws RequestException;
	}

	private final ProcessGuard guard;
	private final MigrationsHere migrations;
	private final Trees trees;
	private final Tickets tickets;
	private final ObjectMapper json = Json.newMapper();

	public Authorizer(ProcessGuard guard, MigrationsHere migrations, Trees trees) {
		this(guard, migrations, trees, (id, ticket) -> {
			throw new RequestException(ErrorInfo.FORBIDDEN, "'incoming-slot " + id + "' refused for another agent's key: this"
					+ " node checks no tickets.", "Nothing was done.");
		});
	}

	/** {@code tickets}: what admits a node key's {@code incoming-slot}, the first step of every migration to this node. */
	public Authorizer(ProcessGuard guard, MigrationsHere migrations, Trees trees, Tickets tickets) {
		this.guard = guard;
		this.migrations = migrations;
		this.trees = trees;
		this.tickets = tickets;
	}

	/** Does {@code request} change the node (so it is audited before it starts and after it ends)? */
	public static boolean changesState(String request) {
		Rule rule = RULES.get(request);
		return rule != null && rule.changesState();
	}

	/** Throws {@link ErrorInfo#FORBIDDEN} if {@code caller} may not send this request. */
	public void check(String request, List<String> args, Caller caller) throws RequestException {
		Rule rule = RULES.get(request);
		if (rule == null) {
			return; // answered "unknown request", which changes nothing
		}
		Role role = caller.role();
		KeyIdentity key = caller.identity();
		if (role == Role.NODE) {
			checkNode(request, rule, args, key);
		} else if (!role.atLeast(rule.least())) {
			throw new RequestException(ErrorInfo.FORBIDDEN, "'" + request + "' needs the role " + rule.least().label()
					+ "; the key " + describe(key) + " has the role " + role.label() + ".",
					"Nothing was done. Use a key with that role, or ask the node's admin to change drover-role in its authorized_keys.");
		}
		aimedAt(request, args, key);
	}

	private void checkNode(String request, Rule rule, List<String> args, KeyIdentity key) throws RequestException {
		String why = switch (rule.node()) {
		case NEVER -> "another agent's key may only take part in migrations";
		case ALWAYS -> null;
		case TICKET -> {
			// the first step of a migration to this node: only on an operator's signed word (nothing else makes a name known)
			String name = args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("");
			int at = args.indexOf("--ticket");
			tickets.admit(name, at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null);
			yield null;
		}
		case UNTIL_FINISHED -> {
			String name = args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("");
			yield finished(name) ? "migration '" + name + "' finished on this node (its final record arrived): what it left"
					+ " here is no longer a migration's to abort" : null;
		}
		case ANY_MIGRATION -> anyMigration() ? null : "another agent's key may read this only while a migration to this node is under way";
		case NAMED_MIGRATION -> {
			String name = args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("");
			if (request.equals(Protocol.RESTORE) && !args.contains("--migration")) {
				yield "another agent's key may restore only as a step of a migration (restore NAME --migration)";
			}
			String over = ended(name);
			if (over != null) {
				yield "migration '" + name + "' is over on this node (" + over + "); another agent's key may only ask its"
						+ " migration-status now";
			}
			yield known(name) ? null : "this node takes part in no migration named '" + name + "' (it holds no incoming slot for it"
					+ " and its ledger has no entry)";
		}
		};
		if (why != null) {
			throw new RequestException(ErrorInfo.FORBIDDEN, "'" + request + "' refused for " + describe(key) + ": " + why + ".",
					"Nothing was done. Node keys (drover-role=\"node\") carry migrations an operator started; send this with an"
							+ " operator's key.");
		}
	}

	/** The processes a request aims at: never the agent, threads, kernel threads; only the key's users. */
	private void aimedAt(String request, List<String> args, KeyIdentity key) throws RequestException {
		List<Integer> pids = new ArrayList<>();
		if (PID_REQUESTS.contains(request)) {
			pids.addAll(positionalPids(args));
		} else if (request.equals(Protocol.PROTECT_SOCKETS)) {
			List<Integer> all = positionalPids(args.size() > 1 ? args.subList(1, args.size()) : List.of());
			pids.addAll(all);
		} else if (request.equals(Protocol.MIGRATE) && !args.isEmpty()) {
			try {
				JsonNode node = json.readTree(args.get(0));
				if (node != null && node.path("pid").canConvertToInt()) {
					pids.add(node.path("pid").asInt());
				}
			} catch (IOException e) {
				// malformed: the request itself says so
			}
		}
		for (int pid : pids) {
			guard.checkTarget(pid);
		}
		Set<String> users = key == null ? null : key.users();
		if (users == null) {
			return;
		}
		if (request.equals(Protocol.RESTORE)) {
			throw new RequestException(ErrorInfo.FORBIDDEN, "The key " + describe(key) + " may touch only processes of "
					+ String.join(", ", users) + ", and an image's processes cannot be checked before CRIU recreates them.",
					"Nothing was done. Restore with a key without drover-users.");
		}
		boolean wholeTree = request.equals(Protocol.CHECKPOINT) || request.equals(Protocol.MIGRATE);
		for (int pid : pids) {
			List<Integer> tree = List.of(pid);
			if (wholeTree) {
				try {
					tree = trees.of(pid);
				} catch (IOException | RuntimeException e) {
					tree = List.of(pid);
				}
			}
			for (int p : tree) {
				guard.checkUser(p, users);
			}
		}
	}

	private static List<Integer> positionalPids(List<String> args) {
		List<Integer> pids = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String word = args.get(i);
			if (word.startsWith("--") && word.length() > 2) {
				if (!word.equals("--force") && !word.equals("--leave-stopped") && !word.equals("--leave-running")
						&& !word.equals("--migration")) {
					i++; // an option's value is no PID
				}
				continue;
			}
			try {
				pids.add(Integer.parseInt(word.trim()));
			} catch (NumberFormatException e) {
				// not a number: the request itself says so
			}
		}
		return pids;
	}

	private boolean known(String name) {
		try {
			return !name.isEmpty() && migrations.known(name);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private boolean finished(String name) {
		try {
			return !name.isEmpty() && migrations.finished(name);
		} catch (IOException | RuntimeException e) {
			return true; // cannot tell: refuse
		}
	}

	private String ended(String name) {
		try {
			return name.isEmpty() ? null : migrations.ended(name);
		} catch (IOException | RuntimeException e) {
			return "its ledger entry cannot be read: " + e.getMessage(); // cannot tell: refuse
		}
	}

	private boolean anyMigration() {
		try {
			return migrations.any();
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static String describe(KeyIdentity key) {
		return key == null ? "of the agent" : key.describe();
	}
}

package drover.agent.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import drover.protocol.ErrorInfo;

/**
 * One owner per process: the PIDs of a tree under migration belong to that migration until it ends, and every
 * request that would freeze, resume, kill or checkpoint one of them is refused unless it comes from that
 * migration (its requests carry {@code --owner ID}). Without this a second checkpoint, resume or migrate of a
 * frozen tree could race the migration that froze it.
 */
public final class TreeOwners {

	/** The state of a migration whose tree is frozen while nobody can tell whether its copy runs elsewhere. */
	public static final String HELD = "HELD";

	private final Map<Integer, String> owners = new HashMap<>();
	private final Map<String, String> states = new HashMap<>();

	/** Claims {@code pids} for {@code migration}; refused when another migration has one of them. */
	public synchronized void claim(String migration, Collection<Integer> pids) throws RequestException {
		check(pids, migration);
		for (int pid : pids) {
			owners.put(pid, migration);
		}
		states.putIfAbsent(migration, "under way");
	}

	/** What the owner is doing, for the refusal's message. */
	public synchronized void state(String migration, String state) {
		if (states.containsKey(migration)) {
			states.put(migration, state);
		}
	}

	/** Refuses if any of {@code pids} belongs to a migration other than {@code owner} (null: no migration). */
	public synchronized void check(Collection<Integer> pids, String owner) throws RequestException {
		check(pids, owner, false);
	}

	/**
	 * As above; {@code force} lets an operator act on a tree whose migration is HELD (frozen because nobody can
	 * tell whether its copy runs elsewhere): the operator checked, and takes the decision the agent could not.
	 */
	public synchronized void check(Collection<Integer> pids, String owner, boolean force) throws RequestException {
		for (int pid : pids) {
			String holder = owners.get(pid);
			if (holder != null && !holder.equals(owner) && !(force && HELD.equals(states.get(holder)))) {
				throw new RequestException(ErrorInfo.UNDER_MIGRATION, "PID " + pid + " is part of migration " + holder + " ("
						+ states.getOrDefault(holder, "under way") + "): only that migration may touch it now.",
						HELD.equals(states.get(holder)) ? "It is held frozen: check the target it was moving to, and if the"
								+ " process does not run there, resume it here with --force."
								: "Wait for it to end ('drover watch"
										+ " HOST " + holder + "'), or cancel it before its freeze ('drover cancel HOST " + holder + "').");
			}
		}
	}

	/** The migration that owns {@code pid}, or null. */
	public synchronized String ownerOf(int pid) {
		return owners.get(pid);
	}

	public synchronized void release(String migration) {
		owners.values().removeIf(migration::equals);
		states.remove(migration);
	}

	public synchronized List<Integer> pidsOf(String migration) {
		return owners.entrySet().stream().filter(e -> e.getValue().equals(migration)).map(Map.Entry::getKey).sorted().toList();
	}
}

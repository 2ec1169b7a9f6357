package drover.protocol;

import java.time.Duration;

/**
 * The one table of time limits, used by agents and clients alike. A caller always waits longer than the agent
 * it asked ({@link #callerWait}), so an agent's own limit fires first and its answer says what happened, instead
 * of the caller giving up on a request that is still being served.
 */
public enum Timeouts {
	/** Connect and authenticate to an agent. */
	CONNECT(Duration.ofSeconds(10)),
	/** A request that reads or changes a little (hello, inventory, resume, kill-tree, ...). */
	REQUEST(Duration.ofMinutes(2)),
	/** One CRIU dump or restore: CRIU is killed after this, and the tree rolls back ({@code -Ddrover.timeout.criuSeconds}). */
	CRIU(Duration.ofMinutes(10)),
	/** Sending one image agent to agent. */
	TRANSFER(Duration.ofMinutes(30)),
	/** A request that reports progress and then stays silent this long: its link or its node is gone. */
	SILENCE(Duration.ofSeconds(20)),
	/** Post-copy: no page placed for this long while pages are missing (the target then stops its copy). */
	PAGE_STALL(Duration.ofSeconds(15)),
	/** Post-copy: how long a source asks again for the fate of a copy whose answer was lost, before it holds. */
	SETTLE(Duration.ofSeconds(45)),
	/** How often a source agent asks a target about a migration it holds frozen. */
	RECONCILE_EVERY(Duration.ofSeconds(5));

	/** What a caller adds on top of the agent's own limit. */
	public static final Duration CALLER_MARGIN = Duration.ofSeconds(30);

	private final Duration agent;

	Timeouts(Duration agent) {
		this.agent = agent;
	}

	/** The agent's own limit. */
	public Duration agent() {
		if (this == CRIU) { // read each time: a node can be given a shorter or longer limit without a rebuild
			Long seconds = Long.getLong("drover.timeout.criuSeconds");
			return seconds != null ? Duration.ofSeconds(seconds) : agent;
		}
		return agent;
	}

	/** How long a caller waits for the answer: the agent's limit and a margin. */
	public Duration callerWait() {
		return agent.plus(CALLER_MARGIN);
	}
}

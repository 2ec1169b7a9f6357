package drover.core.slurm;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.core.HostEntry;

/**
 * Slurm as the cluster scheduler: drains a host's node with {@code scontrol update NodeName=NODE State=DRAIN
 * Reason="drover: ..."} and resumes it with {@code State=RESUME}, then reads {@code scontrol show node NODE -o}
 * until the controller reports the change. Hosts without Slurm settings are left alone.
 * <p>
 * scontrol runs where the {@link CommandRunner} says, normally on this machine: the evacuation of a host runs in
 * that host's own agent, on the Slurm node, which has slurm.conf and the munge key.
 * <p>
 * Drover only undoes its own drains. Its reasons start with {@value #REASON_PREFIX}; a node an administrator
 * drained for another reason stays drained with that reason (a drain finds it already drained and leaves it so),
 * and a resume refuses to lift it and says so.
 */
public final class SlurmScheduler implements ClusterScheduler {

	/** How Drover's drains are told from others'. */
	public static final String REASON_PREFIX = "drover: ";

	private static final Logger LOG = LoggerFactory.getLogger(SlurmScheduler.class);
	private static final Duration CONFIRM = Duration.ofSeconds(Integer.getInteger("drover.slurm.confirmSeconds", 20));

	private final Map<String, SlurmSettings> nodes;
	private final CommandRunner runner;

	/** Over these hosts (Drover host name to its Slurm settings), scontrol run by {@code runner}. */
	public SlurmScheduler(Map<String, SlurmSettings> nodes, CommandRunner runner) {
		this.nodes = Map.copyOf(nodes);
		this.runner = runner;
	}

	/** The Slurm nodes among {@code hosts} (those with a {@value SlurmSettings#NODE} setting), scontrol run here. */
	public static SlurmScheduler forHosts(List<HostEntry> hosts) {
		Map<String, SlurmSettings> nodes = new LinkedHashMap<>();
		for (HostEntry host : hosts) {
			SlurmSettings.of(host).ifPresent(s -> nodes.put(host.name(), s));
		}
		return new SlurmScheduler(nodes, CommandRunner.local());
	}

	/**
	 * For the agent of one host: that host's node, scontrol run on this machine. {@code settings} null (the host is
	 * no Slurm node) gives {@link ClusterScheduler#none()}.
	 */
	public static ClusterScheduler forNode(String host, SlurmSettings settings) {
		return settings == null ? ClusterScheduler.none() : new SlurmScheduler(Map.of(host, settings), CommandRunner.local());
	}

	/** Whether {@code host} is a Slurm node here. */
	public boolean manages(String host) {
		return nodes.containsKey(host);
	}

	/** The node's state now, as the controller reports it. */
	public NodeState state(String host) {
		return scontrol(host).show();
	}

	@Override
	public void drain(String host, String reason) {
		SlurmSettings settings = nodes.get(host);
		if (settings == null) {
			return; // no Slurm node: nothing to drain
		}
		Scontrol scontrol = scontrol(host);
		NodeState before = scontrol.show();
		if (before.draining() && !ours(before)) {
			// someone else's drain already keeps jobs off: keep their reason, and their decision to undo it
			LOG.info("Slurm node {} of {} is already drained by someone else ({}); left as it is", settings.node(), host, before.summary());
			return;
		}
		String text = reason(reason);
		scontrol.update("State=DRAIN", "Reason=" + text);
		NodeState after = await(scontrol, s -> s.draining() && text.equals(s.reason()), "drained with reason '" + text + "'");
		LOG.info("Drained Slurm node {} of {}: {}", settings.node(), host, after.summary());
	}

	@Override
	public void resume(String host) {
		SlurmSettings settings = nodes.get(host);
		if (settings == null) {
			return;
		}
		Scontrol scontrol = scontrol(host);
		NodeState before = scontrol.show();
		if (!before.draining()) {
			LOG.info("Slurm node {} of {} is not drained ({}): nothing to resume", settings.node(), host, before.summary());
			return;
		}
		if (!ours(before)) {
			throw new ClusterSchedulerException("Slurm node " + settings.node() + " of " + host + " was drained by someone else ("
					+ before.summary()
					+ "), not by Drover: Drover leaves it drained. If it should take jobs again, run 'scontrol update NodeName="
					+ settings.node() + " State=RESUME' yourself.");
		}
		scontrol.update("State=RESUME");
		NodeState after = await(scontrol, s -> !s.draining(), "resumed (no DRAIN flag)");
		LOG.info("Resumed Slurm node {} of {}: {}", settings.node(), host, after.summary());
	}

	@Override
	public String describe(String host) {
		SlurmSettings settings = nodes.get(host);
		if (settings == null) {
			return ClusterScheduler.super.describe(host);
		}
		return host + ": Slurm node " + settings.node() + " " + scontrol(host).show().summary();
	}

	/** Drover's reason text: one line, marked as Drover's. */
	static String reason(String reason) {
		String text = reason == null || reason.isBlank() ? "evacuation" : reason.strip().replaceAll("\\s+", " ");
		return text.startsWith(REASON_PREFIX) ? text : REASON_PREFIX + text;
	}

	private static boolean ours(NodeState state) {
		return state.reason() != null && state.reason().startsWith(REASON_PREFIX);
	}

	private Scontrol scontrol(String host) {
		SlurmSettings settings = nodes.get(host);
		if (settings == null) {
			throw new ClusterSchedulerException(host + " is not a Slurm node here: give it one with 'drover hosts set " + host + " "
					+ SlurmSettings.NODE + "=NODENAME'.");
		}
		return new Scontrol(host, settings, runner);
	}

	/** Reads the node until {@code done} holds; the controller applies an update at once, so this is quick. */
	private NodeState await(Scontrol scontrol, Predicate<NodeState> done, String what) {
		long deadline = System.nanoTime() + CONFIRM.toNanos();
		NodeState state = scontrol.show();
		while (!done.test(state)) {
			if (System.nanoTime() > deadline) {
				throw new ClusterSchedulerException("The Slurm controller accepted the update of node " + state.name()
						+ " but still reports it " + state.summary() + " after " + CONFIRM.toSeconds() + " s, not " + what
						+ ". Check 'scontrol show node " + state.name() + "'.");
			}
			try {
				Thread.sleep(250);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ClusterSchedulerException("Interrupted while confirming node " + state.name() + " is " + what + ".", e);
			}
			state = scontrol.show();
		}
		return state;
	}
}

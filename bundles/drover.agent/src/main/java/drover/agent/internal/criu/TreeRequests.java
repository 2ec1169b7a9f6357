package drover.agent.internal.criu;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import drover.agent.internal.Args;
import drover.agent.internal.Caller;
import drover.agent.internal.RequestException;

/**
 * {@code resume PIDS} and {@code kill-tree PIDS}: the end of a tree that was frozen here, one way or the other.
 * Never the agent, init, or a tree another migration owns ({@code --owner ID} names the migration asking).
 */
public final class TreeRequests {

	private final CriuNode node;

	public TreeRequests(CriuNode node) {
		this.node = node;
	}

	public Object resume(Args args, Caller caller) throws RequestException, IOException {
		List<Integer> pids = checked(args);
		return node.audit.audited(caller, "resume", CriuNode.strings(pids), r -> "resumed " + r.get("resumed"), () -> {
			for (int pid : pids) {
				// a tree with its own address, frozen for a migration: its network unlocked and its address put back first
				var own = node.net.of(pid);
				if (own.isPresent() && !own.get().up()) {
					node.net.unlock(own.get());
					TcpRepair.off(pids);
					node.net.putBack(own.get());
				}
			}
			return Map.of("resumed", node.signals.send("CONT", pids));
		});
	}

	public Object killTree(Args args, Caller caller) throws RequestException, IOException {
		List<Integer> pids = checked(args);
		return node.audit.audited(caller, "kill", CriuNode.strings(pids), r -> "killed " + r.get("killed"), () -> {
			List<Integer> killed = node.signals.send("KILL", pids);
			node.signals.awaitGone(pids);
			return Map.of("killed", killed);
		});
	}

	private List<Integer> checked(Args args) throws RequestException {
		List<Integer> pids = args.integers(0, "PIDs");
		for (int pid : pids) {
			PreflightCheck.checkMovable(pid);
		}
		node.owners.check(pids, args.option("--owner", null), args.flag("--force"));
		return pids;
	}
}

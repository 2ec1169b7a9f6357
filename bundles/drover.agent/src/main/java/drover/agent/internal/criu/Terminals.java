package drover.agent.internal.criu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import drover.protocol.Preflight.Verdict;
import drover.protocol.ResourceInfo;

/**
 * The pre-flight's view of the terminals a tree holds. A pseudo-terminal pair whose both ends are in the tree
 * (a terminal server such as tmux or script(1) and the shell on its other side) is carried whole: CRIU dumps
 * both ends and recreates the pair on the target at the same index, so that index must be free there. A
 * terminal whose other side is not in the tree (the operator's own shell, a tmux pane, a console) is not the
 * tree's to carry: CRIU can only take it with --shell-job and reconnect it to whatever terminal has that name
 * on the target, which on another host is nobody's or somebody else's, and such a restore fails: refused.
 */
final class Terminals {

	/** One terminal descriptor of a process of the tree. */
	record End(int pid, ResourceInfo.Device device) {
		String label() {
			return "PID " + pid + " fd " + device.fd();
		}
	}

	private Terminals() {
	}

	/** Adds the verdicts and flags for the tree's terminals; returns the pty indexes the target must have free. */
	static List<Integer> judge(String host, List<End> ends, List<Verdict> verdicts) {
		Map<Integer, List<End>> masters = new TreeMap<>();
		Map<Integer, List<End>> slaves = new TreeMap<>();
		List<End> others = new ArrayList<>();
		for (End end : ends) {
			if (end.device().ptyMaster()) {
				masters.computeIfAbsent(end.device().ptyIndex(), k -> new ArrayList<>()).add(end);
			} else if (end.device().ptySlave()) {
				slaves.computeIfAbsent(end.device().ptyIndex(), k -> new ArrayList<>()).add(end);
			} else {
				others.add(end);
			}
		}
		Set<Integer> needed = new TreeSet<>(masters.keySet());
		for (Map.Entry<Integer, List<End>> pair : masters.entrySet()) {
			int index = pair.getKey();
			List<End> slaveSide = slaves.getOrDefault(index, List.of());
			End master = pair.getValue().get(0);
			verdicts.add(new Verdict(Verdict.INFO, master.pid(), "pty " + index, slaveSide.isEmpty()
					? "carried: the master of pseudo-terminal " + index + " (" + labels(pair.getValue()) + "); nothing in the"
							+ " tree has its terminal side, CRIU recreates the pair at index " + index + " on the target"
					: "carried whole: both ends of pseudo-terminal " + index + " are in the tree (master " + labels(pair.getValue())
							+ ", terminal " + labels(slaveSide) + "); CRIU recreates the pair at index " + index
							+ " on the target, which must have it free"));
		}
		List<End> outside = new ArrayList<>(others);
		slaves.forEach((index, side) -> {
			if (!masters.containsKey(index)) {
				outside.addAll(side);
			}
		});
		if (!outside.isEmpty()) {
			// seen: with --shell-job the dump succeeds and the restore on another host fails, after the freeze
			verdicts.add(new Verdict(Verdict.ERROR, outside.get(0).pid(), "terminal " + String.join(", ",
					outside.stream().map(e -> e.device().path()).distinct().toList()), "refused: " + labels(outside) + " use"
							+ " a terminal whose other side is outside the tree (a shell, tmux pane or console of " + host + ");"
							+ " CRIU could only reattach it to the terminal of that name on the target, which is not this one,"
							+ " and the restore fails there. Start the program detached ('drover demo run', or nohup with its"
							+ " output to a file), or move the terminal server with it (the tmux or screen server process)"));
		}
		return List.copyOf(needed);
	}

	private static String labels(List<End> ends) {
		return String.join(", ", ends.stream().map(End::label).toList());
	}
}

package drover.core.evacuation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import drover.protocol.EvacuationSelection;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;

/**
 * The process trees an evacuation takes from an inventory: each process whose parent is init (PID 1), or has no
 * parent on the host, with its descendants, a migration's unit. Never: init, kernel threads (no command line, no
 * executable), and the excluded PIDs (the agent) with their
 * descendants (CRIU and the helpers it runs).
 */
public final class Trees {

	private Trees() {
	}

	public static List<ProcessInfo> roots(Inventory inventory, Set<Integer> excluded, EvacuationSelection selection) {
		Map<Integer, ProcessInfo> byPid = new HashMap<>();
		inventory.processes().forEach(p -> byPid.put(p.pid(), p));
		Set<Integer> never = new HashSet<>();
		for (int pid : excluded) {
			never.addAll(descendants(inventory, pid));
			never.add(pid);
		}
		List<ProcessInfo> roots = new ArrayList<>();
		for (ProcessInfo p : inventory.processes()) {
			if (p.pid() <= 1 || never.contains(p.pid()) || isKernelThread(p)) {
				continue;
			}
			ProcessInfo parent = byPid.get(p.ppid());
			boolean root = p.ppid() <= 1 || parent == null || (isKernelThread(parent) && parent.pid() != 1);
			if (!selection.pids().isEmpty()) {
				if (selection.pids().contains(p.pid())) {
					roots.add(p);
				}
				continue;
			}
			if (root && matches(p, selection)) {
				roots.add(p);
			}
		}
		return roots;
	}

	static boolean isKernelThread(ProcessInfo p) {
		// a kernel thread has neither a command line nor an executable (every user process has /proc/PID/exe)
		return p.commandLine().isEmpty() && (p.executable() == null || p.executable().isEmpty());
	}

	private static boolean matches(ProcessInfo p, EvacuationSelection s) {
		String command = (p.name() == null ? "" : p.name()) + " " + String.join(" ", p.commandLine());
		if (!s.commands().isEmpty() && s.commands().stream().noneMatch(command::contains)) {
			return false;
		}
		if (!s.users().isEmpty() && s.users().stream().noneMatch(u -> u.equals(p.user()) || u.equals(Integer.toString(p.uid())))) {
			return false;
		}
		return s.cgroups().isEmpty() || s.cgroups().stream().anyMatch(c -> p.cgroup() != null && p.cgroup().contains(c));
	}

	/** {@code root} and everything below it, root first. */
	public static List<Integer> descendants(Inventory inventory, int root) {
		Map<Integer, List<Integer>> children = new HashMap<>();
		inventory.processes().forEach(p -> children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p.pid()));
		List<Integer> out = new ArrayList<>();
		Deque<Integer> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			int pid = todo.poll();
			if (!out.contains(pid)) {
				out.add(pid);
				todo.addAll(children.getOrDefault(pid, List.of()));
			}
		}
		return out;
	}
}

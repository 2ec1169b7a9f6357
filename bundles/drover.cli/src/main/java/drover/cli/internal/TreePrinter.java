package drover.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import drover.core.model.ResourceLabels;
import drover.protocol.Inventory;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/** Prints an inventory as an indented process tree, each process followed by its open resources. */
public final class TreePrinter {

	private final PrintWriter out;
	private final boolean resources;

	public TreePrinter(PrintWriter out, boolean resources) {
		this.out = out;
		this.resources = resources;
	}

	/** The trees with an address of their own, by root PID: their rows say so. */
	private Map<Integer, drover.protocol.OwnAddress> own = Map.of();

	public void print(Inventory inventory) {
		own = inventory.ownAddresses().stream().collect(Collectors.toMap(drover.protocol.OwnAddress::pid, a -> a, (a, b) -> a));
		Map<Integer, List<ProcessInfo>> children = new HashMap<>();
		Set<Integer> pids = inventory.processes().stream().map(ProcessInfo::pid).collect(Collectors.toSet());
		List<ProcessInfo> roots = new ArrayList<>();
		for (ProcessInfo p : inventory.processes()) {
			if (pids.contains(p.ppid()) && p.ppid() != p.pid()) {
				children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p);
			} else {
				roots.add(p);
			}
		}
		out.printf("%s: %d processes (scanned in %d ms%s)%n", inventory.hostName(), inventory.processes().size(),
				inventory.scanMillis(), inventory.vanished() > 0 ? ", " + inventory.vanished() + " exited meanwhile" : "");
		for (ProcessInfo root : roots) {
			print(root, "", children);
		}
		out.flush();
	}

	private void print(ProcessInfo p, String indent, Map<Integer, List<ProcessInfo>> children) {
		String command = p.commandLine().isEmpty() ? "[" + p.name() + "]" : String.join(" ", p.commandLine());
		if (command.length() > 100) {
			command = command.substring(0, 97) + "...";
		}
		drover.protocol.OwnAddress address = own.get(p.pid());
		out.printf("%s%d %s  (%s, %s, %d MB%s)%s%n", indent, p.pid(), command, p.user(), p.state(),
				p.residentMemory() >> 20, p.readError() != null ? ", " + p.readError() : "", address == null ? ""
						: "  [movable at " + address.cidr() + (address.up() ? "" : ", off while frozen")
								+ (address.name() != null ? ", " + address.name() : "") + "]");
		if (resources && p.resources() != null) {
			for (ResourceInfo r : p.resources()) {
				out.printf("%s    fd %-3d %s%n", indent, r.fd(), ResourceLabels.describe(r));
			}
		}
		for (ProcessInfo child : children.getOrDefault(p.pid(), List.of())) {
			print(child, indent + "  ", children);
		}
	}
}

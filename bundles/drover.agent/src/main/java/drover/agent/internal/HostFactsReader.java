package drover.agent.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import drover.protocol.HostFacts;

/** Kernel, CPU and memory facts of the node, from /proc. */
public final class HostFactsReader {

	private HostFactsReader() {
	}

	public static HostFacts read() {
		String cpuinfo = text("/proc/cpuinfo");
		String meminfo = text("/proc/meminfo");
		int cpus = 0;
		String model = null;
		String flags = null;
		for (String line : cpuinfo.split("\n")) {
			if (line.startsWith("processor")) {
				cpus++;
			} else if (model == null && line.startsWith("model name")) {
				model = line.substring(line.indexOf(':') + 1).trim();
			} else if (flags == null && line.startsWith("flags")) {
				flags = line.substring(line.indexOf(':') + 1).trim();
			}
		}
		return new HostFacts(text("/proc/sys/kernel/hostname").trim(),
				text("/proc/sys/kernel/osrelease").trim() + " " + text("/proc/sys/kernel/version").trim(), model, flags,
				cpus, kilobytes(meminfo, "MemTotal"), kilobytes(meminfo, "MemAvailable"), load(), pidsFree());
	}

	/** The 1-minute load average (what an evacuation's planner weighs a target's CPU by). */
	private static double load() {
		try {
			return Double.parseDouble(text("/proc/loadavg").trim().split("\\s+")[0]);
		} catch (RuntimeException e) {
			return 0;
		}
	}

	/** PIDs left: pid_max less the processes this node's /proc shows (a restore needs the tree's PIDs free). */
	private static long pidsFree() {
		try {
			long max = Long.parseLong(text("/proc/sys/kernel/pid_max").trim());
			String[] names = new java.io.File("/proc").list();
			List<Long> pids = names == null ? List.of() : java.util.Arrays.stream(names)
					.filter(n -> !n.isEmpty() && n.chars().allMatch(Character::isDigit)).map(Long::parseLong).toList();
			if (pids.stream().anyMatch(p -> p > max)) {
				return 0; // pid_max is not this PID namespace's (PIDs above it): unknown, and the planner does not judge by it
			}
			return Math.max(0, max - pids.size());
		} catch (RuntimeException e) {
			return 0;
		}
	}

	public static long memoryAvailable() {
		return kilobytes(text("/proc/meminfo"), "MemAvailable");
	}

	private static long kilobytes(String meminfo, String key) {
		for (String line : meminfo.split("\n")) {
			if (line.startsWith(key + ":")) {
				String value = line.substring(key.length() + 1).trim().split("\\s+")[0];
				return Long.parseLong(value) * 1024;
			}
		}
		return 0;
	}

	private static String text(String path) {
		try {
			return Files.readString(Path.of(path));
		} catch (IOException e) {
			return "";
		}
	}
}

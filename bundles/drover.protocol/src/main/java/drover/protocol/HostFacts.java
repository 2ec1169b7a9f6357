package drover.protocol;

/**
 * Facts about a node that decide whether a process can move to it (kernel, CPU, memory), and how busy it is
 * ({@code loadAverage}: the 1-minute load; {@code pidsFree}: PIDs left below pid_max; both 0 from older agents).
 */
public record HostFacts(String hostname, String kernel, String cpuModel, String cpuFlags, int cpuCount,
		long memoryTotal, long memoryAvailable, double loadAverage, long pidsFree) {

	public HostFacts(String hostname, String kernel, String cpuModel, String cpuFlags, int cpuCount, long memoryTotal,
			long memoryAvailable) {
		this(hostname, kernel, cpuModel, cpuFlags, cpuCount, memoryTotal, memoryAvailable, 0, 0);
	}
}

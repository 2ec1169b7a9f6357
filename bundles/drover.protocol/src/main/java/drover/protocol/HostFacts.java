package drover.protocol;

/** Facts about a node that decide whether a process can move to it (kernel, CPU, memory). */
public record HostFacts(String hostname, String kernel, String cpuModel, String cpuFlags, int cpuCount,
		long memoryTotal, long memoryAvailable) {
}

package drover.agent.internal.proc;

import java.util.ArrayList;
import java.util.List;

import drover.protocol.MemorySummary;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/** What one pass over /proc/PID read, before sockets and peers are resolved across the whole node. */
final class RawProcess {
	final int pid;
	int ppid;
	String name;
	List<String> commandLine = List.of();
	String executable;
	String user;
	int uid = -1;
	String state;
	int threads;
	long residentMemory;
	long virtualMemory;
	long startTime;
	String cgroup;
	String netNs;
	MemorySummary memory;
	String readError;
	final List<RawFd> fds = new ArrayList<>();

	RawProcess(int pid) {
		this.pid = pid;
	}

	ProcessInfo toInfo(List<ResourceInfo> resources) {
		return new ProcessInfo(pid, ppid, name, commandLine, executable, user, uid, state, threads, residentMemory,
				virtualMemory, startTime, cgroup, resources, memory, readError);
	}
}

package drover.model.tests;

import drover.model.AnonInodeResource;
import drover.model.AnonKind;
import drover.model.CheckpointImage;
import drover.model.Cluster;
import drover.model.ConnectionStatus;
import drover.model.DeviceResource;
import drover.model.DirectoryResource;
import drover.model.DroverFactory;
import drover.model.FileResource;
import drover.model.Host;
import drover.model.InetSocketResource;
import drover.model.MemoryMapSummary;
import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.OpenResource;
import drover.model.OperationKind;
import drover.model.OtherResource;
import drover.model.PhaseCost;
import drover.model.PipeResource;
import drover.model.Process;
import drover.model.TcpSocketResource;
import drover.model.UdpSocketResource;
import drover.model.UnixSocketResource;

/** Builds a cluster that sets every class, every resource kind and non-default attribute values. */
final class SampleCluster {

	private static final DroverFactory F = DroverFactory.eINSTANCE;

	private SampleCluster() {
	}

	static Cluster create() {
		Cluster cluster = F.createCluster();
		cluster.setName("lab");

		Host alpha = host("alpha", "10.200.0.1", ConnectionStatus.CONNECTED);
		Host beta = host("beta", "10.200.0.2", ConnectionStatus.FAILED);
		beta.setStatusMessage("connection refused");
		cluster.getHosts().add(alpha);
		cluster.getHosts().add(beta);

		Process init = process(alpha, 1, 0, "init");
		Process shell = process(alpha, 100, 1, "bash");
		Process server = process(alpha, 200, 100, "kv-server");
		Process reader = process(alpha, 201, 100, "cat");
		shell.setParent(init);
		// children added out of pid order on purpose: the order must survive the round trip
		shell.getChildren().add(reader);
		shell.getChildren().add(server);
		Process vanished = process(beta, 42, 1, "gone");
		vanished.setReadError("No such process");

		FileResource file = resource(server, F.createFileResource(), 3, "/var/lib/kv/data.log");
		file.setPath("/var/lib/kv/data.log");
		file.setOffset(123_456_789_012L);
		file.setSize(987_654_321_098L);
		file.setDeleted(true);

		DirectoryResource dir = resource(server, F.createDirectoryResource(), 4, "/var/lib/kv");
		dir.setPath("/var/lib/kv");

		PipeResource pipe = resource(server, F.createPipeResource(), 5, "pipe:[7001]");
		pipe.setInode(7001);
		pipe.setFifo(true);
		pipe.setPath("/run/kv.fifo");
		pipe.setWriteEnd(true);
		pipe.getPeerPids().add(201);
		pipe.getPeerPids().add(201); // not unique: one entry per peer descriptor
		pipe.getPeers().add(reader);

		UnixSocketResource unix = resource(server, F.createUnixSocketResource(), 6, "socket:[7002]");
		unix.setInode(7002);
		unix.setPath("@kv-control");
		unix.setSocketType("STREAM");
		unix.setState("ESTABLISHED");
		unix.setPeerInode(7003);
		unix.getPeerPids().add(100);
		unix.getPeers().add(shell);

		TcpSocketResource tcp = resource(server, F.createTcpSocketResource(), 7, "socket:[7004]");
		inet(tcp, 7004, "ipv4", "10.200.0.1", 6379, "10.200.0.9", 51000, "ESTABLISHED");
		UdpSocketResource udp = resource(server, F.createUdpSocketResource(), 8, "socket:[7005]");
		inet(udp, 7005, "ipv6", "::", 5353, "::", 0, "UNCONN");

		DeviceResource tty = resource(server, F.createDeviceResource(), 0, "/dev/pts/1");
		tty.setPath("/dev/pts/1");
		tty.setTty(true);

		AnonInodeResource epoll = resource(server, F.createAnonInodeResource(), 9, "anon_inode:[eventpoll]");
		epoll.setAnonKind(AnonKind.EPOLL);
		epoll.setName("[eventpoll]");

		OtherResource netlink = resource(server, F.createOtherResource(), 10, "socket:[7006]");
		netlink.setDescription("netlink socket");

		MemoryMapSummary maps = F.createMemoryMapSummary();
		maps.setMappingCount(57);
		maps.setVirtualSize(700_000_000L);
		maps.setAnonymousSize(500_000_000L);
		maps.setFileBackedSize(150_000_000L);
		maps.setSharedSize(2_000_000L);
		maps.setStackSize(132_000L);
		maps.setHeapSize(480_000_000L);
		maps.setMappedFiles(12);
		server.setMemoryMaps(maps);

		CheckpointImage image = F.createCheckpointImage();
		image.setName("kv-server-200");
		image.setHost("alpha");
		image.setPid(200);
		image.setCommand("kv-server --port 6379");
		image.setPath("/var/lib/drover/images/kv-server-200");
		image.setCreatedAt(1_760_000_000_000L);
		image.setMemoryPagesSize(3_200_000L);
		image.setOtherSize(45_000L);
		image.setTotalSize(3_245_000L);
		image.setFileCount(31);
		image.setCriuVersion("4.2.1");
		image.setSha256("ab".repeat(32));
		alpha.getImages().add(image);

		Migration migration = F.createMigration();
		migration.setId("m-0001");
		migration.setKind(OperationKind.MIGRATION);
		migration.setSourceHost("alpha");
		migration.setTargetHost("beta");
		migration.setPid(200);
		migration.setCommand("kv-server --port 6379");
		migration.setPhase(MigrationPhase.FAILED);
		migration.setStartedAt(1_760_000_000_100L);
		migration.setFinishedAt(1_760_000_001_100L);
		migration.setDowntimeMillis(109);
		migration.setBytesOnWire(3_245_000L);
		migration.setThroughput(123.5e6);
		migration.setFailurePhase(MigrationPhase.RESTORE);
		migration.setFailureCause("Can't fork for 200: File exists");
		migration.setOperator("alice");
		migration.setImage(image);
		migration.getPhaseCosts().add(cost(MigrationPhase.DUMP, 1_760_000_000_200L, 65, 3_245_000L));
		migration.getPhaseCosts().add(cost(MigrationPhase.TRANSFER, 1_760_000_000_265L, 30, 3_245_000L));
		migration.getPhaseCosts().add(cost(MigrationPhase.RESTORE, 1_760_000_000_295L, 44, 0));
		cluster.getMigrations().add(migration);
		return cluster;
	}

	private static Host host(String name, String address, ConnectionStatus status) {
		Host host = F.createHost();
		host.setName(name);
		host.setAddress(address);
		host.setPort(2222);
		host.setUser("root");
		host.setKeyFile("/root/.ssh/id_ed25519");
		host.setAgentVersion("0.1.0");
		host.setProtocolVersion(3);
		host.setHostname(name + ".lab");
		host.setKernel("6.18.0");
		host.setCpuModel("Example CPU");
		host.setCpuFlags("sse4_2 avx2");
		host.setCpuCount(2);
		host.setMemoryTotal(24L << 30);
		host.setMemoryAvailable(20L << 30);
		host.setCriuPath("/opt/criu/usr/sbin/criu");
		host.setCriuVersion("4.2.1");
		host.setCriuCheckOk(true);
		host.setCriuCheckMessage("Looks good.");
		host.setStatus(status);
		host.setLastRefresh(1_760_000_000_000L);
		host.setInventoryMillis(85);
		return host;
	}

	private static Process process(Host host, int pid, int ppid, String name) {
		Process process = F.createProcess();
		process.setPid(pid);
		process.setPpid(ppid);
		process.setName(name);
		process.setCommandLine("/usr/bin/" + name + " --flag");
		process.setExecutable("/usr/bin/" + name);
		process.setUser("root");
		process.setUid(1000 + pid);
		process.setState("S");
		process.setThreads(4);
		process.setResidentMemory(10_000_000L + pid);
		process.setVirtualMemory(90_000_000L + pid);
		process.setStartTime(1_759_999_000_000L + pid);
		process.setCgroup("/system.slice/" + name + ".service");
		host.getProcesses().add(process);
		return process;
	}

	private static <T extends OpenResource> T resource(Process owner, T resource, int fd, String target) {
		resource.setFd(fd);
		resource.setTarget(target);
		resource.setFlags(0x8002);
		resource.setDescription(target + " (fd " + fd + ")");
		owner.getResources().add(resource);
		return resource;
	}

	private static void inet(InetSocketResource socket, long inode, String family, String local,
			int localPort, String remote, int remotePort, String state) {
		socket.setInode(inode);
		socket.setFamily(family);
		socket.setLocalAddress(local);
		socket.setLocalPort(localPort);
		socket.setRemoteAddress(remote);
		socket.setRemotePort(remotePort);
		socket.setState(state);
	}

	private static PhaseCost cost(MigrationPhase phase, long startedAt, long durationMillis, long bytes) {
		PhaseCost cost = F.createPhaseCost();
		cost.setPhase(phase);
		cost.setStartedAt(startedAt);
		cost.setDurationMillis(durationMillis);
		cost.setBytes(bytes);
		return cost;
	}
}

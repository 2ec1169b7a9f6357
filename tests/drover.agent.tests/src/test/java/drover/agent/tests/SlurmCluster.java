package drover.agent.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import drover.core.HostEntry;
import drover.core.slurm.CommandRunner;
import drover.core.slurm.SlurmSettings;

/**
 * A real Slurm cluster over a demo cluster's hosts (scripts/slurm-cluster.sh): munged and slurmctld on this machine,
 * listening on the demo bridge, and one slurmd inside each demo host, as the node daemon of a real machine. Host
 * {@code citestN} is Slurm node {@code computeN}: the names differ on purpose, as they may on real clusters. Close
 * it before the demo hosts (their slurmds die with them anyway).
 */
final class SlurmCluster implements AutoCloseable {

	private final DemoHosts hosts;
	final Path dir;
	final Path conf;
	/** Drover host name to Slurm NodeName. */
	final Map<String, String> nodes = new LinkedHashMap<>();

	SlurmCluster(DemoHosts hosts, Path dir, List<String> hostNames) throws IOException, InterruptedException {
		this.hosts = hosts;
		this.dir = dir;
		List<String> argv = new ArrayList<>(List.of(script().toString(), "start", dir.toString(), "", hosts.demoDir().toString()));
		String bridge = null;
		for (String name : hostNames) {
			HostEntry host = hosts.host(name);
			String node = "compute" + name.replaceAll("\\D", "");
			nodes.put(name, node);
			argv.add(node + "=" + name + ":" + host.address());
			bridge = host.address().replaceAll("\\.\\d+$", ".1"); // the demo bridge's address: the hosts' gateway
		}
		argv.set(3, bridge);
		Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
			close();
			throw new IllegalStateException("the Slurm cluster did not start: " + out);
		}
		this.conf = Path.of(out.lines().reduce((a, b) -> b).orElseThrow().strip());
		if (!Files.isRegularFile(conf)) {
			throw new IllegalStateException("no slurm.conf from scripts/slurm-cluster.sh: " + out);
		}
	}

	static Path script() {
		return Path.of(System.getProperty("drover.host.script")).resolveSibling("slurm-cluster.sh");
	}

	/** The Slurm settings of a host of this cluster: its node, this cluster's slurm.conf. */
	SlurmSettings settings(String host) {
		return new SlurmSettings(nodes.get(host), conf.toString(), null);
	}

	/** Runs commands inside a demo host, where its agent runs (an evacuation drains from there). */
	CommandRunner on(String host) {
		return CommandRunner.prefixed(List.of(System.getProperty("drover.host.script"), "exec", host, hosts.demoDir().toString(), "--"));
	}

	/** A Slurm client command (scontrol, sinfo, sbatch, squeue, scancel) run here, as an administrator at the controller would. */
	String admin(String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SLURM_CONF", conf.toString());
		Process p = builder.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	/** The node's line in {@code scontrol show node NODE -o}, as the controller reports it. */
	String showNode(String node) throws IOException, InterruptedException {
		return admin("scontrol", "show", "node", node, "-o").strip();
	}

	/** sinfo's long state of one node: idle, drained, draining, allocated, ... */
	String sinfoState(String node) throws IOException, InterruptedException {
		return admin("sinfo", "-h", "-N", "-n", node, "-o", "%T").strip();
	}

	/** One field of {@code scontrol show job ID -o}. */
	String jobField(String job, String field) throws IOException, InterruptedException {
		String line = admin("scontrol", "show", "job", job, "-o");
		for (String part : line.strip().split(" ")) {
			if (part.startsWith(field + "=")) {
				return part.substring(field.length() + 1);
			}
		}
		return "";
	}

	@Override
	public void close() throws IOException, InterruptedException {
		Process p = new ProcessBuilder(script().toString(), "stop", dir.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException("the Slurm cluster did not stop: " + out);
		}
	}
}

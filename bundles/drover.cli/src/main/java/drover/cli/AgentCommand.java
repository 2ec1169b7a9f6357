package drover.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;

import drover.cli.internal.OpenSsh;
import drover.core.AgentClient;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;
import drover.core.HostRegistry;
import drover.core.KeyToolkit;
import drover.protocol.Hello;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drover agent install HOST}: the agent onto a node, over the node's own OpenSSH server. */
@Command(name = "agent", mixinStandardHelpOptions = true, description = "Install the agent on nodes.",
		subcommands = AgentCommand.Install.class)
final class AgentCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "install", mixinStandardHelpOptions = true,
			description = { "Install (or reinstall) the agent on HOST through its OpenSSH server, as 'ssh HOST' reaches it"
					+ " (~/.ssh/config, ssh-agent): the Debian package, or the tarball where there is no dpkg; enrol your key"
					+ " with its role; start the agent (systemd, or detached where there is none); check CRIU there (unpack"
					+ " one where the node's fails); pin the agent's host key as the node itself reports it; register the host.",
					"Idempotent: again, it reinstalls, keeps the node's state and host key, and enrols the key once." })
	static final class Install implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "HOST", description = "What you would type after 'ssh': a Host of ~/.ssh/config or [user@]address.")
		String destination;

		@Option(names = "--name", description = "Name of the host in Drover (default: HOST without user@).")
		String name;

		@Option(names = "--port", defaultValue = "2222", description = "Port the agent listens on (default ${DEFAULT-VALUE}).")
		int port;

		@Option(names = "--role", defaultValue = "operator",
				description = "Role of your key on the agent: viewer, operator, admin (default ${DEFAULT-VALUE}; admin may spawn).")
		String role;

		@Option(names = "--key",
				description = "Your Drover key to enrol (default: the host's key in Drover, else ~/.drover/keys/id_ecdsa, made if missing).")
		Path key;

		@Option(names = { "-F", "--ssh-config" }, description = "An ssh config file instead of ~/.ssh/config.")
		Path sshConfig;

		@Option(names = { "-o", "--ssh-option" }, paramLabel = "OPTION", description = "An ssh option, as ssh -o takes it (repeatable).")
		List<String> sshOptions = new ArrayList<>();

		@Option(names = "--tarball", description = "Install the tarball into /opt/drover-agent even where dpkg exists.")
		boolean tarball;

		@Option(names = "--no-criu-install", description = "Only report when no CRIU there passes 'criu check'; do not unpack one.")
		boolean noCriuInstall;

		@Option(names = "--replace", description = "Replace a pinned host key that differs from the one the node reports.")
		boolean replace;

		@Option(names = "--packages", description = "Directory with the packages (default: beside the agent jar, target/packages).")
		Path packages;

		@Override
		public Integer call() throws Exception {
			PrintWriter out = spec.commandLine().getOut();
			OpenSsh ssh = new OpenSsh(destination, sshConfig, sshOptions);
			String hostName = name != null ? name : destination.replaceFirst("^.*@", "");
			HostRegistry registry = new HostRegistry(DroverCli.home());
			HostEntry known = registry.list().stream().filter(h -> h.name().equals(hostName)).findFirst().orElse(null);
			Map<String, String> resolved = ssh.resolved();
			String address = known != null ? known.address() : resolved.getOrDefault("hostname", hostName);
			Path keyFile = key != null ? key : known != null ? known.keyPath(DroverCli.home()) : DroverCli.home().defaultKey();
			if (!Files.exists(keyFile)) {
				KeyToolkit.ensureKeyPair(keyFile, System.getProperty("user.name") + "@drover");
				out.println("Made the key " + keyFile + ".");
			}
			List<Path> kit = kit();
			out.println("Installing the Drover agent on " + destination + " (ssh " + resolved.getOrDefault("user", "?") + "@"
					+ resolved.getOrDefault("hostname", "?") + ":" + resolved.getOrDefault("port", "22") + "); the agent will be "
					+ hostName + " at " + address + ":" + port + ".");

			String dir = ssh.exec("mktemp -d /tmp/drover-install.XXXXXX", 60, null).strip();
			if (!dir.startsWith("/tmp/drover-install.")) {
				throw new IOException("Could not make a directory on " + destination + " (mktemp said: " + dir + ").");
			}
			Path pub = Files.createTempFile("drover-operator", ".pub");
			String[] hostKey = new String[2];
			String[] criu = new String[1];
			try {
				Files.writeString(pub, KeyToolkit.publicKeyLine(keyFile) + "\n");
				List<Path> files = new ArrayList<>(kit);
				files.add(pub);
				out.println("Copying " + kit.stream().map(p -> p.getFileName().toString()).toList() + " to " + destination + ":" + dir);
				ssh.copy(files, dir);
				String command = "bash " + dir + "/install-node.sh --key-file " + dir + "/" + pub.getFileName() + " --role "
						+ OpenSsh.quote(role) + " --port " + port + " --name " + OpenSsh.quote(hostName) + (tarball ? " --tarball" : "")
						+ (noCriuInstall ? " --no-criu-install" : "");
				// the directory goes whatever happens; the script's exit status is the command's
				ssh.exec(command + "; rc=$?; rm -rf " + dir + "; exit $rc", 1200, line -> {
					if (line.startsWith("@@ host-key ")) {
						String[] parts = line.substring(12).trim().split(" ");
						if (parts.length == 2) {
							hostKey[0] = parts[0];
							hostKey[1] = parts[1];
						}
					} else if (line.startsWith("@@ criu ")) {
						criu[0] = line.substring(8).trim();
					} else {
						out.println("  " + line);
						out.flush();
					}
				});
			} finally {
				Files.deleteIfExists(pub);
			}
			if (hostKey[1] == null) {
				throw new IOException("The node did not report the agent's host key: nothing was pinned. Check the agent's log"
						+ " there (/var/lib/drover-agent/agent.log), then 'drover hosts trust " + hostName + "'.");
			}
			HostEntry host = new HostEntry(hostName, address, port, resolved.getOrDefault("user", "root"),
					keyFile.equals(DroverCli.home().defaultKey()) ? null : keyFile.toString(), known != null ? known.groups() : List.of());
			registry.put(host);
			Hello hello;
			boolean pinnedBefore;
			try (AgentClient pins = new AgentClient(DroverCli.home())) {
				PublicKey before = pins.pins().pinned(host.endpoint());
				pinnedBefore = before != null && KeyUtils.getFingerPrint(before).equals(hostKey[1]);
			}
			try (AgentClient client = new AgentClient(DroverCli.home());
					AgentConnection agent = client.connect(host, new ReportedKey(hostKey[1], replace))) {
				hello = agent.hello();
			} catch (drover.core.AgentException e) {
				throw new IOException("The agent at " + host.endpoint() + " could not be reached with the host key " + hostKey[1]
						+ " that the node reported over ssh: " + e.getMessage()
						+ (e.getMessage().startsWith("CHANGED") || e.getMessage().contains("CHANGED")
								? " If the node was reinstalled on purpose, run again with --replace." : ""),
						e);
			}
			out.println(pinnedBefore
					? "The agent's host key " + hostKey[0] + " " + hostKey[1] + " was pinned already: the one the node reported over ssh."
					: "Pinned the agent's host key " + hostKey[0] + " " + hostKey[1] + " (as the node reported it over ssh).");
			out.printf("%s: agent %s at %s:%d, CRIU %s %s; your key's role: %s.%n", hostName, hello.agentVersion(), address, port,
					hello.criu().version(), hello.criu().checkOk() ? "(check ok)" : "(check FAILED: " + hello.criu().checkMessage() + ")",
					role);
			if ("none".equals(criu[0]) || !hello.criu().checkOk()) {
				out.println("CRIU does not work on " + hostName + ": the agent shows its processes but cannot checkpoint or migrate them"
						+ (noCriuInstall ? "; run again without --no-criu-install to unpack one." : "; see the lines above."));
			}
			out.println("Try 'drover ps " + hostName + "'.");
			return 0;
		}

		/** The packages and the scripts install-node.sh needs, built by the agent's module. */
		private List<Path> kit() throws IOException {
			Path dir = packages;
			if (dir == null) {
				String jar = System.getProperty("drover.agent.jar", System.getenv("DROVER_AGENT_JAR"));
				dir = System.getProperty("drover.agent.packages") != null ? Path.of(System.getProperty("drover.agent.packages"))
						: jar == null ? null : Path.of(jar).toAbsolutePath().getParent().resolve("packages");
			}
			if (dir == null || !Files.isRegularFile(dir.resolve("install-node.sh"))) {
				throw new IOException(
						"The agent's packages are not built (" + dir + "): run ./setup, or ./mvnw package -pl bundles/drover.agent -am.");
			}
			try (Stream<Path> files = Files.list(dir)) {
				List<Path> kit = files.filter(p -> p.getFileName().toString().matches("drover-agent.*\\.(deb|tar\\.gz)|.*\\.sh"))
						.sorted().toList();
				if (kit.stream().noneMatch(p -> p.toString().endsWith(".tar.gz"))) {
					throw new IOException("No agent tarball in " + dir + ": rebuild the agent module.");
				}
				return kit;
			}
		}
	}

	/**
	 * Pins the key the agent presents only when it is the one the node reported over the operator's OpenSSH
	 * connection (whose own host key the operator's ssh checked): trust carried over from that login, not from
	 * first contact. A pin that differs is replaced only with --replace.
	 */
	record ReportedKey(String fingerprint, boolean replace) implements HostKeyPolicy {
		@Override
		public Decision onUnknown(HostEntry host, PublicKey presented, String presentedPrint) {
			return matches(presented) ? Decision.PIN : Decision.REJECT;
		}

		@Override
		public Decision onChanged(HostEntry host, PublicKey pinned, PublicKey presented, String presentedPrint) {
			return replace && matches(presented) ? Decision.PIN : Decision.REJECT;
		}

		private boolean matches(PublicKey presented) {
			return fingerprint.equals(KeyUtils.getFingerPrint(presented));
		}
	}
}

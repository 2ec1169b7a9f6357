package drover.agent;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.agent.internal.AgentLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar drover-agent.jar}: runs the node agent until it is stopped (SIGTERM or SIGINT). */
@Command(name = "drover-agent", mixinStandardHelpOptions = true, version = Agent.VERSION,
		description = "Drover node agent: answers Drover requests over SSH (public-key authentication only).")
public final class AgentMain implements Callable<Integer> {

	private static final Logger LOG = LoggerFactory.getLogger(AgentMain.class);

	@Option(names = "--name", description = "Name this node reports (default: the kernel host name).")
	String name;

	@Option(names = "--listen", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
	String listen;

	@Option(names = "--port", defaultValue = "2222", description = "TCP port (default ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--state-dir", defaultValue = "/var/lib/drover-agent",
			description = "Host key, audit log and logs of spawned processes (default ${DEFAULT-VALUE}).")
	Path stateDir;

	@Option(names = "--authorized-keys", description = "Operators' public keys (default STATE_DIR/authorized_keys).")
	Path authorizedKeys;

	@Option(names = "--host-key", description = "Persistent host key, made on first start (default STATE_DIR/host_key).")
	Path hostKey;

	@Option(names = "--criu", description = "CRIU binary to use (default: $DROVER_CRIU, /opt/drover/criu/bin/criu, or criu on PATH).")
	Path criu;

	@Option(names = "--log-level", paramLabel = "LEVEL", description = "trace, debug, info, warn or error (default: the system"
			+ " property drover.agent.logLevel, else info). The log is STATE_DIR/" + AgentLogging.FILE_NAME + ", rotated at 10 MB"
			+ " (5 files kept), and the console; SSHD's own messages stay at warn (-Ddrover.agent.sshdLogLevel).")
	String logLevel;

	@Override
	public Integer call() throws Exception {
		java.nio.file.Path logFile = AgentLogging.start(stateDir, AgentLogging.level(logLevel));
		String nodeName = name != null ? name : java.net.InetAddress.getLocalHost().getHostName();
		AgentConfig config = new AgentConfig(nodeName, listen, port, stateDir,
				authorizedKeys != null ? authorizedKeys : stateDir.resolve("authorized_keys"),
				hostKey != null ? hostKey : stateDir.resolve("host_key"), criu);
		CountDownLatch stopped = new CountDownLatch(1);
		try (Agent agent = Agent.start(config)) {
			Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "drover-agent-shutdown"));
			LOG.info("drover-agent {} '{}' listening on {}:{} (state {}, log {}), host key {}", Agent.VERSION, nodeName, listen,
					agent.port(), stateDir, logFile != null ? logFile : "as -Dlogback.configurationFile says", agent.hostKeyDescription());
			stopped.await();
			LOG.info("drover-agent '{}' stopping", nodeName);
		}
		return 0;
	}

	public static void main(String[] args) {
		CommandLine cli = new CommandLine(new AgentMain());
		cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
			// a refusal to start (no authorized_keys, port taken) is not a bug: its message says it all
			LOG.error("drover-agent stops: {}", e.getMessage());
			LOG.debug("why drover-agent stopped", e);
			cmd.getErr().println("drover-agent: " + e.getMessage());
			return 1;
		});
		System.exit(cli.execute(args));
	}
}

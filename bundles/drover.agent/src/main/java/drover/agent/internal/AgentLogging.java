package drover.agent.internal;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;

/**
 * Sets up the agent's log: {@code STATE_DIR/agent.log} rotated by size, plus the console (under systemd the
 * console goes to the journal, which stamps the time itself, so the console lines carry none there). The
 * level comes from {@code --log-level}, else {@code -Ddrover.agent.logLevel}, else INFO; SSHD's own loggers
 * stay at WARN ({@code -Ddrover.agent.sshdLogLevel}). An operator's own logback configuration
 * ({@code -Dlogback.configurationFile}) is left alone.
 */
public final class AgentLogging {

	/** The log's file name in the state directory. */
	public static final String FILE_NAME = "agent.log";

	private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

	private AgentLogging() {
	}

	/** The level to use: {@code requested} (the option), else the system property, else INFO; refuses a misspelt one. */
	public static String level(String requested) {
		String level = requested != null ? requested : System.getProperty("drover.agent.logLevel", "INFO");
		String upper = level.strip().toUpperCase(Locale.ROOT);
		if (!LEVELS.contains(upper)) {
			throw new IllegalArgumentException("Log level '" + level + "' is not one of trace, debug, info, warn, error, off.");
		}
		return upper;
	}

	/**
	 * Sends the log to {@code stateDir/agent.log} and the console at {@code level}; returns the file, or null
	 * when the operator's own configuration decides where the log goes.
	 */
	public static Path start(Path stateDir, String level) throws java.io.IOException {
		if (System.getProperty("logback.configurationFile") != null) {
			return null;
		}
		Files.createDirectories(stateDir);
		Path file = stateDir.resolve(FILE_NAME).toAbsolutePath();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		context.getStatusManager().clear(); // only what this configuration reports counts below
		context.putProperty("LOG_FILE", file.toString());
		context.putProperty("LOG_LEVEL", level);
		context.putProperty("CONSOLE_PATTERN", System.getenv("JOURNAL_STREAM") != null ? "%-5level %logger{36} - %msg%n"
				: "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
		URL config = AgentLogging.class.getResource("/drover/agent/agent-logback.xml");
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(context);
		try {
			configurator.doConfigure(config);
		} catch (JoranException e) {
			throw new java.io.IOException("Cannot set up the agent's log " + file + ": " + e.getMessage(), e);
		}
		for (Status status : context.getStatusManager().getCopyOfStatusList()) {
			if (status.getLevel() == Status.ERROR) {
				throw new java.io.IOException("Cannot set up the agent's log " + file + ": " + status.getMessage()
						+ ". Check that the state directory is writable.");
			}
		}
		return file;
	}
}

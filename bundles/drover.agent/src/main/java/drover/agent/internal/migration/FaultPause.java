package drover.agent.internal.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import drover.protocol.Phase;

/**
 * Fault injection for the fault-matrix tests, off unless the agent runs with {@code -Ddrover.test.faults=true}:
 * a line {@code PHASE MILLIS} in STATE/test-faults makes a migration this agent owns wait that long as it enters
 * PHASE (after its journal entry), so a test can kill an agent, a coordinator or a link at exactly that point.
 * It changes no decision; it only holds the clock still.
 */
final class FaultPause {

	private static final Logger LOG = LoggerFactory.getLogger(FaultPause.class);
	private static final boolean ON = Boolean.getBoolean("drover.test.faults");

	private final Path file;

	FaultPause(Path file) {
		this.file = file;
	}

	void pauseAt(Phase phase) {
		if (!ON || !Files.isRegularFile(file)) {
			return;
		}
		try {
			for (String line : Files.readAllLines(file)) {
				String[] words = line.trim().split("\\s+");
				if (words.length == 2 && words[0].equals(phase.name())) {
					LOG.warn("test fault: holding the migration {} ms at {}", words[1], phase);
					Thread.sleep(Long.parseLong(words[1]));
				}
			}
		} catch (IOException | NumberFormatException e) {
			LOG.warn("test fault file {} unreadable: {}", file, e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

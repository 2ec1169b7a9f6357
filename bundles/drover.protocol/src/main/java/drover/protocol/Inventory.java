package drover.protocol;

import java.util.List;

/**
 * A node's whole process tree with every process's open resources, as read from /proc in one pass.
 * {@code scanMillis} is how long the agent took; {@code vanished} counts processes that exited mid-scan.
 */
public record Inventory(String hostName, long takenAt, long scanMillis, int vanished, List<ProcessInfo> processes) {
}

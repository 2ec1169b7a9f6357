package drover.protocol;

import java.util.List;

/** Answer to {@code spawn}: the PID of the started process as its host sees it, and where its output goes. */
public record SpawnResult(int pid, List<String> command, String log) {
}

package drover.protocol;

import java.util.List;

/** The outcome of {@code restore}: the tree runs again with these PIDs. */
public record RestoreResult(String image, int pid, List<Integer> pids, CriuStats stats, long restoreMillis, String log) {
}

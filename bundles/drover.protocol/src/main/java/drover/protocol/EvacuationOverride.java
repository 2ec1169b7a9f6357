package drover.protocol;

/**
 * An operator's choice for one process tree (its root PID), replacing the planner's: the action, and for a move
 * the target host (null: the planner's best).
 */
public record EvacuationOverride(int pid, EvacuationAction action, String target) {
}

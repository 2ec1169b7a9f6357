/**
 * Emptying a host before maintenance: the planner ({@link drover.core.evacuation.EvacuationPlanner}, a pure
 * function of what the hosts said) proposes an action and a ranked target per process tree with its reasons and
 * a predicted cost from a per-pair fitted model ({@link drover.core.evacuation.CostModel}); the evacuated host's
 * agent runs the plan. {@link drover.core.evacuation.StartTime} reads {@code --at}; {@link
 * drover.core.slurm.ClusterScheduler} is where a cluster scheduler (Slurm) drains and resumes the host.
 */
package drover.core.evacuation;

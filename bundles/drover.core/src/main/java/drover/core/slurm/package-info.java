/**
 * The cluster scheduler's side of an evacuation: before Drover empties a host that is also a Slurm node, it drains
 * that node so that no new job lands there, and the restore resumes it. {@link drover.core.slurm.ClusterScheduler}
 * is what the evacuation calls (a no-op for hosts that are no scheduler's node);
 * {@link drover.core.slurm.SlurmScheduler} does it with {@code scontrol} on the node itself, where the evacuating
 * agent runs and where slurm.conf and the munge key are, and reads the node's state back to confirm each change.
 * Which hosts are Slurm nodes, under which NodeName, is a host setting ({@link drover.core.slurm.SlurmSettings}).
 * Headless: the agent and the CLI use it.
 */
package drover.core.slurm;

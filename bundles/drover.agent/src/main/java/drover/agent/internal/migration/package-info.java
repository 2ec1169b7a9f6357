/**
 * Migrations this agent owns as their source: submitted by a console or CLI, run here by drover.core's
 * MigrationRunner (the source requests in-process, the target over SSH with this node's key), journaled
 * write-ahead in STATE/journal so that they finish or roll back whoever dies, and picked up again when the agent
 * restarts. Callers watch, list and cancel them.
 */
package drover.agent.internal.migration;

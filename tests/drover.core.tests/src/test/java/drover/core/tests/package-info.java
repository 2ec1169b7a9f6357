/**
 * Tests of drover.core's migration logic that need no root, CRIU or SSH: the state machine
 * ({@link drover.core.migration.MigrationState}), the pure recovery decision
 * ({@link drover.core.migration.RecoveryDecision}) as a table and as an exhaustive check of its invariants, and
 * {@link drover.core.migration.MigrationRunner} driven through every phase and failure by {@link FakePeer}s that
 * model where the process runs. The fakes stand in for agents because what is tested here is the runner's logic;
 * what only real agents, SSH and CRIU can show is tested in drover.agent.tests.
 */
package drover.core.tests;

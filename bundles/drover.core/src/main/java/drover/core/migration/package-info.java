/**
 * Moving a running process tree from one host to another: the migration state machine
 * ({@link drover.core.migration.MigrationRunner}, readable top to bottom), its listener for live phases and
 * progress, and the cost record every migration leaves ({@link drover.protocol.MigrationReport}).
 */
package drover.core.migration;

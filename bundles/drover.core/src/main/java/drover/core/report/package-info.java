/**
 * Saved reports: a Cluster model holding migrations, checkpoints and their images, written to and read from
 * XMI files, the same from the CLI ({@code drover report}) and the console's history and report editor.
 */
package drover.core.report;

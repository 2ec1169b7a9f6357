/**
 * The headless client side of Drover: the known hosts of an operator ({@link drover.core.HostRegistry}),
 * SSH connections to their agents with pinned host keys ({@link drover.core.AgentClient}), and the
 * operator's key. The console and the CLI both stand on it; it never touches UI code.
 */
package drover.core;

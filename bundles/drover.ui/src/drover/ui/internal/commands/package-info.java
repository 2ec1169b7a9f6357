/**
 * The process view's commands with their key bindings (plugin.xml, in the context
 * {@code drover.ui.contexts.processes}): checkpoint the selected process, restore one of the host's
 * images, show the pre-flight of, or migrate, the selection to the only other connected host. Agent
 * calls run in jobs; their results come back to the UI thread as dialogs.
 */
package drover.ui.internal.commands;

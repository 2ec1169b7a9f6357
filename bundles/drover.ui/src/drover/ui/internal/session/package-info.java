/**
 * The console's state behind the views: one EMF {@code Cluster} (touched only on the UI thread),
 * the hosts kept in the workspace preferences and imported from the shared registry, one
 * {@code AgentClient} with one connection per connected host, and the Eclipse jobs that connect
 * and refresh hosts off the UI thread and merge their inventories back on it.
 */
package drover.ui.internal.session;

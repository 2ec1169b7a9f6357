/**
 * The Hosts view's parts: the table's columns, the add/edit dialog, the host-key confirmation
 * dialog and the actions (add, edit, remove, import, connect, disconnect, refresh, open processes).
 */
package drover.ui.internal.hosts;

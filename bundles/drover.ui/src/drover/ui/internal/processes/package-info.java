/**
 * The process view's parts: the tree's content (processes by parent, then open resources), columns
 * and sorting, the filter, resource icons, the periodic refresh, and the EMF listener that turns a
 * merge's notifications into a few targeted viewer updates instead of rebuilding the tree.
 */
package drover.ui.internal.processes;

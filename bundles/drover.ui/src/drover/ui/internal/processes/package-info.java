/**
 * The process view's parts: the tree's content (processes by parent, then open resources), columns
 * and sorting, the filter, icons drawn at run time per kind of row, the periodic refresh, and the EMF listener that turns a
 * merge's notifications into a few targeted viewer updates instead of rebuilding the tree.
 */
package drover.ui.internal.processes;

/**
 * The console's views. For now placeholders (a tree with a single label) that fix the ids, the
 * layout and the multi-instance behaviour of the process view; the real content providers over
 * the Drover model come in the next phase. Not API; exported only to the test bundle.
 */
package drover.ui.internal.views;

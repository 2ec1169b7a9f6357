/**
 * Keeping the EMF model of a cluster in step with what agents report: a new inventory is merged into a
 * Host in place (objects kept, attributes set only when they changed), so views listening to the model
 * update only what really changed instead of rebuilding whole trees.
 */
package drover.core.model;

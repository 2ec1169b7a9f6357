/**
 * The Drover console's workbench contributions as other bundles (and tests) see them: the ids of
 * the application, the perspective and the views, so nobody repeats string literals.
 */
package drover.ui;

/**
 * Tests of the Drover EMF model: an XMI round trip of a cluster that uses every class, the generated
 * item providers outside Eclipse, and a check that {@code src-gen} is what the committed genmodel
 * generates.
 */
package drover.model.tests;

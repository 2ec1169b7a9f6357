/**
 * Headless EMF code generation for Drover: loads {@code model/drover.genmodel}, reconciles it with
 * {@code drover.ecore} and regenerates the model code of {@code drover.model} and the item providers
 * of {@code drover.model.edit} into their {@code src-gen} folders, without an Eclipse IDE or workspace.
 * Run {@link drover.codegen.GenerateModel} from the command line; tests call
 * {@link drover.codegen.ModelGenerator} directly to check that the committed code is up to date.
 */
package drover.codegen;

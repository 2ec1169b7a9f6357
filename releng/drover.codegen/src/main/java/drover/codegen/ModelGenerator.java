package drover.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates model and edit code from a genmodel, outside Eclipse.
 *
 * <p>The genmodel names its output folders as {@code /<project>/src-gen}; each project name is mapped
 * to a directory on disk. Afterwards the files the generator writes for a PDE project but Drover does
 * not use (build.properties, and a manifest for the edit project) are deleted, since the bundles
 * are plain Maven jars whose manifests bnd makes.
 */
public final class ModelGenerator {

	/** Files written by the generator into a project root that the Maven build does not need. */
	private static final List<String> UNWANTED = List.of("build.properties", "META-INF/MANIFEST.MF");

	private final Path genModelFile;
	private final Map<String, Path> projects;

	/**
	 * @param genModelFile the {@code .genmodel} file
	 * @param projects     project name (as used in the genmodel's directories) to project directory
	 */
	public ModelGenerator(Path genModelFile, Map<String, Path> projects) {
		this.genModelFile = genModelFile.toAbsolutePath().normalize();
		this.projects = Map.copyOf(projects);
	}

	/**
	 * Regenerates model and edit code.
	 *
	 * @return the generator's diagnostic (never of severity ERROR)
	 * @throws IOException if the genmodel cannot be loaded, or generation reported an error
	 */
	public Diagnostic generate() throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		projects.forEach((name, dir) -> resourceSet.getURIConverter().getURIMap().put(
				URI.createPlatformResourceURI(name + "/", false),
				URI.createFileURI(dir.toAbsolutePath().normalize() + "/")));

		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IOException("Invalid genmodel " + genModelFile + ": " + describe(valid));
		}

		Generator generator = new Generator();
		// Without an Eclipse extension registry nobody registers the GenModel adapters: generation
		// would then report success and write nothing.
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);

		BasicMonitor monitor = new BasicMonitor();
		Diagnostic model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
		check(model);
		Diagnostic edit = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor);
		check(edit);

		for (Path dir : projects.values()) {
			for (String unwanted : UNWANTED) {
				Files.deleteIfExists(dir.resolve(unwanted));
			}
			deleteIfEmpty(dir.resolve("META-INF"));
		}
		return edit.getSeverity() > model.getSeverity() ? edit : model;
	}

	private static void check(Diagnostic diagnostic) throws IOException {
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IOException("Code generation failed: " + describe(diagnostic));
		}
	}

	private static void deleteIfEmpty(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			try (var entries = Files.list(dir)) {
				if (entries.findAny().isEmpty()) {
					Files.delete(dir);
				}
			}
		}
	}

	/** Flattens a diagnostic tree into one line per message. */
	public static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		if (diagnostic.getException() != null) {
			text.append(" (").append(diagnostic.getException()).append(')');
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(System.lineSeparator()).append("  ").append(describe(child));
		}
		return text.toString();
	}
}

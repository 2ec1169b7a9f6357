package drover.codegen;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Command-line entry point: regenerates {@code bundles/drover.model/src-gen} and
 * {@code bundles/drover.model.edit/src-gen} from {@code bundles/drover.model/model/drover.genmodel}.
 *
 * <p>Usage: {@code GenerateModel [repository-root]} (default: the current directory). Exits with
 * status 1 when generation reports an error.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path bundles = root.resolve("bundles");
		long start = System.nanoTime();
		try {
			Diagnostic result = new ModelGenerator(bundles.resolve("drover.model/model/drover.genmodel"),
					Map.of("drover.model", bundles.resolve("drover.model"),
							"drover.model.edit", bundles.resolve("drover.model.edit")))
					.generate();
			if (result.getSeverity() != Diagnostic.OK) {
				System.out.println(ModelGenerator.describe(result));
			}
		} catch (Exception e) {
			System.err.println(e.getMessage());
			System.exit(1);
		}
		System.out.printf("drover.codegen: regenerated drover.model and drover.model.edit in %d ms%n",
				(System.nanoTime() - start) / 1_000_000);
	}
}

package drover.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.codegen.ModelGenerator;

/**
 * Runs the generator on a temporary copy of both projects, as the regenerate command would on the real
 * ones (so code kept with {@code @generated NOT} is merged, not lost), and compares the result.
 */
class GeneratedCodeUpToDateTest {

	static final String REGENERATE = "./mvnw -B -q -Pregenerate-model -f releng/drover.codegen process-classes";

	/** Everything the generator writes that is committed. */
	private static final String[] GENERATED = { "src-gen", "plugin.xml", "plugin.properties" };

	@TempDir
	Path tmp;

	@Test
	void srcGenMatchesGenmodel() throws IOException {
		Path bundles = Path.of(System.getProperty("drover.root", "../..")).resolve("bundles").toAbsolutePath().normalize();
		Path model = tmp.resolve("drover.model");
		Path edit = tmp.resolve("drover.model.edit");
		copy(bundles.resolve("drover.model"), model, "model");
		for (String name : GENERATED) {
			copy(bundles.resolve("drover.model"), model, name);
			copy(bundles.resolve("drover.model.edit"), edit, name);
		}
		copy(bundles.resolve("drover.model.edit"), edit, "icons");

		new ModelGenerator(model.resolve("model/drover.genmodel"),
				Map.of("drover.model", model, "drover.model.edit", edit)).generate();

		List<String> stale = new ArrayList<>();
		for (String project : new String[] { "drover.model", "drover.model.edit" }) {
			Map<String, String> expected = contents(tmp.resolve(project));
			Map<String, String> actual = contents(bundles.resolve(project));
			Set<String> files = new TreeSet<>(expected.keySet());
			files.addAll(actual.keySet());
			files.stream().filter(f -> !Objects.equals(expected.get(f), actual.get(f)))
					.forEach(f -> stale.add(project + "/" + f));
		}
		assertTrue(stale.isEmpty(), "generated code is out of date (" + String.join(", ", stale) + "): run " + REGENERATE);
	}

	private static Map<String, String> contents(Path project) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (String name : GENERATED) {
			Path root = project.resolve(name);
			if (!Files.exists(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(f -> files.put(project.relativize(f).toString(), read(f)));
			}
		}
		return files;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Copies the file or tree {@code name} of project {@code from} into project {@code to}, if it exists. */
	private static void copy(Path from, Path to, String name) throws IOException {
		Path source = from.resolve(name);
		if (!Files.exists(source)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path f : (Iterable<Path>) walk::iterator) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(f, target);
				}
			}
		}
	}
}

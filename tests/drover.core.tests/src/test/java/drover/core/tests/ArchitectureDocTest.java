package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import drover.protocol.Protocol;

/** docs/ARCHITECTURE.md's table of protocol requests lists every request {@link Protocol} names, and no other. */
class ArchitectureDocTest {

	@Test
	void theArchitectureTableListsEveryProtocolRequest() throws Exception {
		Path doc = Path.of(System.getProperty("basedir", "."), "../../docs/ARCHITECTURE.md").normalize();
		assertTrue(Files.isRegularFile(doc), "no " + doc);
		List<String> rows = new ArrayList<>();
		Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)[^`]*` \\| (viewer|operator|admin) \\|").matcher(Files.readString(doc));
		while (m.find()) {
			rows.add(m.group(1));
		}
		List<String> requests = new ArrayList<>();
		for (Field f : Protocol.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				requests.add((String) f.get(null));
			}
		}
		List<String> missing = new ArrayList<>(requests);
		missing.removeAll(rows);
		assertEquals(List.of(), missing, "requests of Protocol missing from the table in " + doc);
		List<String> unknown = new ArrayList<>(rows);
		unknown.removeAll(requests);
		assertEquals(List.of(), unknown, "rows of the table in " + doc + " that Protocol does not name");
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.protocol.CheckpointResult;
import drover.protocol.ImageInfo;
import drover.protocol.RestoreResult;

/**
 * Images kept compressed (zstd) by a real agent and real CRIU: a checkpoint's pages are stored compressed with the
 * SHA-256 of their content; the restore expands and checks them and the process goes on with its memory intact;
 * an image whose compressed pages were damaged is refused naming the file that differs, and nothing is restored.
 */
class ImageCompressionTest {

	@TempDir
	Path dir;

	/** The rule that keeps a fast link raw: compress only when compressing and sending less is clearly faster. */
	@Test
	void wireCompressionOnlyWhenItIsFaster() {
		double mb = 1e6;
		// figures measured here: zstd level 1 at about 450 MB/s to 27% on a redis image
		assertFalse(drover.agent.internal.criu.WireCompression.worthIt(1200 * mb, 450 * mb, 0.27), "a fast link stays raw");
		assertFalse(drover.agent.internal.criu.WireCompression.worthIt(400 * mb, 450 * mb, 0.27), "about even: raw");
		assertTrue(drover.agent.internal.criu.WireCompression.worthIt(100 * mb, 450 * mb, 0.27), "a 1 Gbit/s link: compressed");
		assertFalse(drover.agent.internal.criu.WireCompression.worthIt(10 * mb, 450 * mb, 0.97), "pages that do not shrink: raw");
		assertFalse(drover.agent.internal.criu.WireCompression.worthIt(0, 450 * mb, 0.27), "an unmeasured link: raw");
	}

	@Test
	void aCompressedImageRestoresIdenticalAndADamagedOneIsRefusedNamingTheFile() throws Exception {
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection a = agent.connect()) {
			CounterProcess counter = new CounterProcess(a, dir, "zstd", 64); // 64 MB of heap, every page marked and checked
			counter.assertKeepsCounting(3);
			CheckpointResult checkpoint = a.checkpoint(counter.pid, null, "kill");
			ImageInfo image = checkpoint.image();
			Path stored = agent.stateDir.resolve("images").resolve(image.name());
			List<ImageInfo.ImageFile> pages = image.files().stream().filter(f -> f.name().startsWith("pages-")).toList();
			assertFalse(pages.isEmpty());
			for (ImageInfo.ImageFile f : pages) {
				assertEquals(f.name() + ".zst", f.stored(), "pages are stored compressed");
				assertTrue(Files.exists(stored.resolve(f.stored())) && !Files.exists(stored.resolve(f.name())), f.toString());
				assertTrue(f.sha256() != null && f.sha256().length() == 64, "hashed over the content CRIU wrote");
			}
			assertTrue(image.files().stream().allMatch(f -> f.sha256() != null), "every file is hashed");
			assertTrue(image.storedSize() * 2 < image.totalSize(), "stored " + image.storedSize() + " of " + image.totalSize());
			String how = a.history().stream().filter(e -> e.path("operation").asText().equals("checkpoint")
					&& e.path("ok").asBoolean()).reduce((x, y) -> y).orElseThrow().path("result").asText();
			System.out.println("compressed checkpoint: " + how + "; dump " + checkpoint.dumpMillis() + " ms");
			assertTrue(how.contains("zstd level"), how);

			int stopped = counter.assertConsecutive(counter.counter);
			long started = System.nanoTime();
			RestoreResult restored = a.restore(image.name());
			System.out.printf("restore of the compressed image: %d ms in all, CRIU %d ms%n", (System.nanoTime() - started)
					/ 1_000_000, restored.restoreMillis());
			assertEquals(counter.pid, restored.pid());
			counter.assertKeepsCounting(stopped);
			counter.assertMemoryIntact();
			try (Stream<Path> left = Files.list(stored)) {
				assertTrue(left.noneMatch(p -> p.getFileName().toString().matches("pages-\\d+\\.img")),
						"the expanded pages are gone again: the image stays compressed");
			}

			// a second image, then a byte of its compressed pages changes on disk
			CheckpointResult second = a.checkpoint(counter.pid, null, "kill");
			ImageInfo.ImageFile victim = second.image().files().stream().filter(f -> f.stored() != null)
					.max((x, y) -> Long.compare(x.storedSize(), y.storedSize())).orElseThrow();
			Path damaged = agent.stateDir.resolve("images").resolve(second.image().name()).resolve(victim.stored());
			try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
				f.seek(f.length() / 2);
				int b = f.read();
				f.seek(f.length() / 2);
				f.write(b ^ 0x5a);
			}
			AgentException refused = assertThrows(AgentException.class, () -> a.restore(second.image().name()));
			assertEquals("verify-failed", refused.code());
			assertTrue(refused.getMessage().contains("the file " + victim.name() + " (stored as " + victim.stored()
					+ ") differs"), refused.getMessage());
			assertFalse(ProcessHandle.of(counter.pid).map(ProcessHandle::isAlive).orElse(false), "nothing was restored");
			assertFalse(Files.exists(damaged.resolveSibling(victim.name())), "nothing expanded is left");
		}
	}
}

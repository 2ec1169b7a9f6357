package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.luben.zstd.ZstdOutputStream;

import drover.agent.internal.criu.ImageCompositionReader;
import drover.core.AgentConnection;
import drover.core.AgentException;
import drover.protocol.CheckpointResult;
import drover.protocol.ImageComposition;
import drover.protocol.MigrationReport;
import drover.protocol.RecordKind;

/**
 * What an image is made of, read from a real CRIU image by a real agent: a python program that takes 24 MiB of heap
 * (brk, the [heap] mapping) and 16 MiB of shared anonymous memory, every byte written, is checkpointed; the
 * composition counts each within a little of what it took, its pages add up to the image's pages files exactly, the
 * checkpoint's record carries it, and the reader gives the same answer on a copy whose page maps are kept zstd-
 * compressed. A damaged page map fails naming the file.
 */
class ImageCompositionTest {

	private static final long MIB = 1 << 20;
	private static final long HEAP = 24 * MIB;
	private static final long SHARED = 16 * MIB;

	@TempDir
	Path dir;

	@Test
	void theCompositionOfARealImageCountsItsHeapAndSharedMemory() throws Exception {
		Path ready = dir.resolve("ready");
		Path program = dir.resolve("composition.py");
		Files.writeString(program, String.join("\n",
				"import ctypes, mmap, time",
				"libc = ctypes.CDLL(None)",
				"libc.sbrk.restype = ctypes.c_void_p",
				"libc.sbrk.argtypes = [ctypes.c_long]",
				// the brk heap grows by exactly this much, every page written (a zero page would not be dumped)
				"p = libc.sbrk(" + HEAP + ")",
				"ctypes.memset(ctypes.c_void_p(p), 0x5a, " + HEAP + ")",
				"m = mmap.mmap(-1, " + SHARED + ", flags=mmap.MAP_SHARED | mmap.MAP_ANONYMOUS)",
				"m.write(b'\\xa5' * " + SHARED + ")",
				"open('" + ready + "', 'w').write('ready')",
				"while True: time.sleep(0.2)", ""));
		try (LocalAgent agent = new LocalAgent(dir); AgentConnection a = agent.connect()) {
			int pid = a.spawn(List.of("python3", program.toString())).pid();
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (!Files.exists(ready)) {
				assertTrue(System.nanoTime() < deadline, "the program did not take its memory within 30 s");
				Thread.sleep(100);
			}
			CheckpointResult checkpoint = a.checkpoint(pid, "composition", "kill");
			ImageComposition c = a.imageComposition(checkpoint.image().name());
			System.out.println("composition of " + checkpoint.image().name() + ": " + c + "; pages files "
					+ checkpoint.image().memoryPagesSize() + " bytes, the rest " + checkpoint.image().otherSize());

			assertTrue(c.heapBytes() >= HEAP && c.heapBytes() < HEAP + 4 * MIB, "heap: " + c.heapBytes());
			assertTrue(c.anonSharedBytes() >= SHARED && c.anonSharedBytes() < SHARED + MIB, "shared: " + c.anonSharedBytes());
			assertTrue(c.stackBytes() > 0 && c.stackBytes() < 8 * MIB, "stack: " + c.stackBytes());
			assertTrue(c.privateFileBytes() > 0, "python's and libc's data segments are private file pages");
			assertEquals(checkpoint.image().memoryPagesSize(), c.pagesBytes(), "every page of the pages files, and no other");
			assertTrue(c.metadataBytes() > 0 && c.metadataBytes() < checkpoint.image().otherSize() + 1, "metadata: " + c);
			assertEquals(1, c.processes());
			assertTrue(c.mappings() > 10, "mappings read: " + c.mappings());

			// the checkpoint's record carries it
			MigrationReport record = a.migrations().stream().filter(r -> r.kind == RecordKind.CHECKPOINT && r.pid == pid)
					.reduce((x, y) -> y).orElseThrow();
			assertEquals(c, record.composition, "the record's composition");

			// the reader itself, on the library's image (pages stored compressed) and on a copy with its page maps and
			// mappings compressed as well
			Path image = agent.stateDir.resolve("images").resolve(checkpoint.image().name());
			try (Stream<Path> files = Files.list(image)) {
				assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("pages-\\d+\\.img\\.zst")), "pages kept compressed");
			}
			assertEquals(c, ImageCompositionReader.read(image, checkpoint.image()));
			Path copy = dir.resolve("copy");
			Files.createDirectories(copy);
			try (Stream<Path> files = Files.list(image)) {
				for (Path f : files.toList()) {
					String name = f.getFileName().toString();
					if (name.startsWith("mm-") || name.startsWith("pagemap-")) {
						compress(f, copy.resolve(name + ".zst"));
					} else {
						Files.copy(f, copy.resolve(name));
					}
				}
			}
			assertEquals(c, ImageCompositionReader.read(copy, checkpoint.image()), "the same, read through zstd");

			// a page map cut in the middle of an entry is refused, naming it
			Path broken = dir.resolve("broken");
			Files.createDirectories(broken);
			Path pagemap;
			try (Stream<Path> files = Files.list(image)) {
				pagemap = files.filter(f -> f.getFileName().toString().matches("pagemap-\\d+\\.img")).findFirst().orElseThrow();
			}
			byte[] bytes = Files.readAllBytes(pagemap);
			Files.write(broken.resolve(pagemap.getFileName()), java.util.Arrays.copyOf(bytes, bytes.length - 3));
			IOException damaged = assertThrows(IOException.class, () -> ImageCompositionReader.read(broken, null));
			assertTrue(damaged.getMessage().contains(pagemap.getFileName().toString()), damaged.getMessage());

			AgentException unknown = assertThrows(AgentException.class, () -> a.imageComposition("no-such-image"));
			assertNotNull(unknown.code());
			assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the checkpoint ended the program");
		}
	}

	private static void compress(Path from, Path to) throws IOException {
		try (InputStream in = Files.newInputStream(from); OutputStream out = new ZstdOutputStream(Files.newOutputStream(to), 3)) {
			in.transferTo(out);
		}
	}
}

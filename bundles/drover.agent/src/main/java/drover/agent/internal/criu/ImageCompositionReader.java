package drover.agent.internal.criu;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.luben.zstd.ZstdInputStream;

import drover.protocol.ImageComposition;
import drover.protocol.ImageInfo;

/**
 * Reads what a CRIU image is made of from the image itself ({@link ImageComposition}): each process's mappings from
 * {@code mm-PID.img} (CRIU's {@code vma_entry}: start, end and status flags), its dumped page ranges from {@code
 * pagemap-PID.img}, the shared anonymous segments from {@code pagemap-shmem-ID.img}; the other files by what they
 * hold. A range's pages go to the mapping they lie in. Only the few protobuf fields needed are decoded, by field
 * number (see CRIU's images/vma.proto, mm.proto, pagemap.proto), so a newer CRIU's extra fields are skipped. Files
 * kept compressed ({@code NAME.zst}) are read through zstd. Reads, never writes; a damaged file fails with its name.
 */
public final class ImageCompositionReader {

	static final long PAGE = 4096;

	// the image's file magic (CRIU's criu/include/magic.h): most files start with the common magic, then their own
	private static final int IMG_COMMON_MAGIC = 0x54564319;
	private static final int IMG_SERVICE_MAGIC = 0x55105940;

	// vma_entry.status bits (CRIU's criu/include/image.h)
	static final int VMA_AREA_STACK = 1 << 1;
	static final int VMA_AREA_HEAP = 1 << 5;
	static final int VMA_FILE_PRIVATE = 1 << 6;
	static final int VMA_ANON_SHARED = 1 << 8;
	static final int VMA_ANON_PRIVATE = 1 << 9;
	static final int VMA_AREA_MEMFD = 1 << 14;

	// pagemap_entry.flags (CRIU's criu/include/pagemap.h): pages in the parent image, left for post-copy, in pages-*.img
	private static final int PE_PARENT = 1;
	private static final int PE_LAZY = 1 << 1;
	private static final int PE_PRESENT = 1 << 2;

	/** One entry may not be larger than this: a bigger size field means a damaged file, not a real mapping list. */
	private static final int MAX_ENTRY = 64 << 20;

	private static final Pattern MM = Pattern.compile("mm-(\\d+)\\.img");
	private static final Pattern PAGEMAP = Pattern.compile("pagemap-(\\d+)\\.img");
	private static final Pattern SHMEM_PAGEMAP = Pattern.compile("pagemap-shmem-\\d+\\.img");

	/** A mapping: its range and CRIU's status bits. */
	record Vma(long start, long end, int status) {
	}

	private ImageCompositionReader() {
	}

	/** The composition of the image in {@code dir}; {@code info} (may be null) gives the sizes of compressed files. */
	public static ImageComposition read(Path dir, ImageInfo info) throws IOException {
		Map<String, Long> sizes = new HashMap<>();
		if (info != null && info.files() != null) {
			info.files().forEach(f -> sizes.put(f.name(), f.size()));
		}
		Map<Integer, List<Vma>> mappings = new HashMap<>();
		Map<Integer, Path> pagemaps = new HashMap<>();
		List<Path> shmem = new ArrayList<>();
		long metadata = 0;
		long files = 0;
		long sysv = 0;
		List<Path> all;
		try (Stream<Path> list = Files.list(dir)) {
			all = list.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : all) {
			String stored = file.getFileName().toString();
			String name = stored.endsWith(ImageCompression.SUFFIX) ? stored.substring(0, stored.length() - ImageCompression.SUFFIX.length())
					: stored;
			if (name.equals(ImageLibrary.META) || name.endsWith(".tmp") || name.endsWith(".log") || !name.contains(".")) {
				continue; // Drover's own files and CRIU's logs: not part of what is restored
			}
			Matcher m;
			if (name.startsWith("pages-")) {
				continue; // the pages themselves: counted by kind from the page maps
			} else if ((m = MM.matcher(name)).matches()) {
				mappings.put(Integer.parseInt(m.group(1)), vmas(file));
			} else if ((m = PAGEMAP.matcher(name)).matches()) {
				pagemaps.put(Integer.parseInt(m.group(1)), file);
			} else if (SHMEM_PAGEMAP.matcher(name).matches()) {
				shmem.add(file);
			}
			long size = sizes.containsKey(name) ? sizes.get(name) : contentSize(file);
			if (name.startsWith("ghost-file-") || name.startsWith("tmpfs-")) {
				files += size; // contents of deleted open files, of tmpfs mounts
			} else if (name.startsWith("ipcns-shm-")) {
				sysv += size; // System V shared memory segments, with their pages
			} else {
				metadata += size;
			}
		}
		long[] bytes = new long[Kind.values().length];
		bytes[Kind.OTHER.ordinal()] += sysv;
		int count = 0;
		for (Map.Entry<Integer, Path> e : pagemaps.entrySet()) {
			List<Vma> vmas = mappings.getOrDefault(e.getKey(), List.of());
			count += vmas.size();
			pages(e.getValue(), (start, pages) -> attribute(vmas, start, pages, bytes));
		}
		for (Path file : shmem) {
			pages(file, (offset, pages) -> bytes[Kind.ANON_SHARED.ordinal()] += pages * PAGE);
		}
		return new ImageComposition(bytes[Kind.HEAP.ordinal()], bytes[Kind.STACK.ordinal()], bytes[Kind.ANON_SHARED.ordinal()],
				bytes[Kind.ANON_PRIVATE.ordinal()], bytes[Kind.PRIVATE_FILE.ordinal()], bytes[Kind.OTHER.ordinal()], metadata, files,
				Math.max(mappings.size(), pagemaps.size()), count);
	}

	/** The kind of mapping a page belongs to. */
	enum Kind {
		HEAP, STACK, ANON_SHARED, ANON_PRIVATE, PRIVATE_FILE, OTHER;

		static Kind of(int status) {
			if ((status & VMA_AREA_HEAP) != 0) {
				return HEAP;
			}
			if ((status & VMA_AREA_STACK) != 0) {
				return STACK;
			}
			if ((status & (VMA_ANON_SHARED | VMA_AREA_MEMFD)) != 0) {
				return ANON_SHARED;
			}
			if ((status & VMA_FILE_PRIVATE) != 0) {
				return PRIVATE_FILE;
			}
			if ((status & VMA_ANON_PRIVATE) != 0) {
				return ANON_PRIVATE;
			}
			return OTHER;
		}
	}

	/** Adds the range's pages to the kinds of the mappings it overlaps (a range may span neighbouring mappings). */
	static void attribute(List<Vma> vmas, long start, long pages, long[] bytes) {
		long end = start + pages * PAGE;
		long covered = 0;
		for (Vma v : vmas) {
			if (v.end() <= start || v.start() >= end) {
				continue;
			}
			long overlap = Math.min(end, v.end()) - Math.max(start, v.start());
			bytes[Kind.of(v.status()).ordinal()] += overlap;
			covered += overlap;
		}
		bytes[Kind.OTHER.ordinal()] += end - start - covered; // outside every mapping CRIU listed: should not happen
	}

	/**
	 * The mappings of {@code mm-PID.img}: mm_entry field 14, repeated vma_entry (start 1, end 2, status 7). CRIU no
	 * longer marks the stack in the status (VMA_AREA_STACK stays unset), so the mapping that holds mm_start_stack
	 * (field 5, the main thread's stack as the kernel reports it) is marked here.
	 */
	static List<Vma> vmas(Path file) throws IOException {
		List<Vma> out = new ArrayList<>();
		long[] stack = { -1 };
		entries(file, mm -> {
			Proto reader = new Proto(mm, file);
			while (reader.more()) {
				int key = reader.key();
				if (key >>> 3 == 5 && (key & 7) == 0) {
					stack[0] = reader.varint(key);
				} else if (key >>> 3 == 14 && (key & 7) == 2) {
					Proto vma = reader.message();
					long start = 0;
					long end = 0;
					int status = 0;
					while (vma.more()) {
						int k = vma.key();
						switch (k >>> 3) {
						case 1 -> start = vma.varint(k);
						case 2 -> end = vma.varint(k);
						case 7 -> status = (int) vma.varint(k);
						default -> vma.skip(k);
						}
					}
					out.add(new Vma(start, end, status));
				} else {
					reader.skip(key);
				}
			}
		});
		out.sort(Comparator.comparingLong(Vma::start));
		for (int i = 0; i < out.size(); i++) {
			Vma v = out.get(i);
			if (Long.compareUnsigned(v.start(), stack[0]) <= 0 && Long.compareUnsigned(stack[0], v.end()) < 0) {
				out.set(i, new Vma(v.start(), v.end(), v.status() | VMA_AREA_STACK));
			}
		}
		return out;
	}

	/** Receives a page range: its first address (or offset in a shared segment) and its number of pages. */
	interface Range {
		void pages(long start, long pages);
	}

	/**
	 * The ranges of a page map whose pages this image carries (in its pages file, or left for post-copy): the head
	 * (pagemap_head) first, then pagemap_entry (vaddr 1, compat_nr_pages 2, in_parent 3, flags 4, nr_pages 5).
	 */
	static void pages(Path file, Range range) throws IOException {
		boolean[] head = { true };
		entries(file, entry -> {
			if (head[0]) {
				head[0] = false; // pagemap_head: which pages file
				return;
			}
			Proto pe = new Proto(entry, file);
			long vaddr = 0;
			long compat = 0;
			long nr = -1;
			boolean inParent = false;
			int flags = -1;
			while (pe.more()) {
				int k = pe.key();
				switch (k >>> 3) {
				case 1 -> vaddr = pe.varint(k);
				case 2 -> compat = pe.varint(k);
				case 3 -> inParent = pe.varint(k) != 0;
				case 4 -> flags = (int) pe.varint(k);
				case 5 -> nr = pe.varint(k);
				default -> pe.skip(k);
				}
			}
			if (flags < 0) { // written by an older CRIU: as CRIU itself reads such an entry
				flags = inParent ? PE_PARENT : PE_PRESENT;
			}
			if ((flags & (PE_PRESENT | PE_LAZY)) != 0 && (flags & PE_PARENT) == 0) {
				range.pages(vaddr, nr >= 0 ? nr : compat);
			}
		});
	}

	/** Each entry of a CRIU image file: after the magic, a 4-byte little-endian size and that many bytes of protobuf. */
	private static void entries(Path file, Consumer<byte[]> each) throws IOException {
		try (InputStream in = open(file)) {
			long magic = u32(in, file);
			if (magic == IMG_COMMON_MAGIC || magic == IMG_SERVICE_MAGIC) {
				u32(in, file); // the file's own magic follows the common one
			}
			for (long size; (size = u32(in, file)) >= 0;) {
				if (size > MAX_ENTRY) {
					throw new IOException(file.getFileName() + " is damaged: an entry of " + size + " bytes");
				}
				byte[] entry = in.readNBytes((int) size);
				if (entry.length < size) {
					throw new IOException(file.getFileName() + " is damaged: it ends inside an entry");
				}
				each.accept(entry);
			}
		} catch (IllegalArgumentException e) {
			throw new IOException(file.getFileName() + " is damaged: " + e.getMessage(), e);
		}
	}

	/** A little-endian u32, or -1 at a clean end of the file (no byte at all). */
	private static long u32(InputStream in, Path file) throws IOException {
		int b0 = in.read();
		if (b0 < 0) {
			return -1;
		}
		int b1 = in.read();
		int b2 = in.read();
		int b3 = in.read();
		if ((b1 | b2 | b3) < 0) {
			throw new EOFException(file.getFileName() + " is damaged: it ends inside a size field");
		}
		return (b0 | b1 << 8 | b2 << 16 | (long) b3 << 24) & 0xffffffffL;
	}

	private static InputStream open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		return file.getFileName().toString().endsWith(ImageCompression.SUFFIX) ? new ZstdInputStream(in) : in;
	}

	/** The size of a file's content as CRIU wrote it (a compressed file is read through). */
	private static long contentSize(Path file) throws IOException {
		if (!file.getFileName().toString().endsWith(ImageCompression.SUFFIX)) {
			return Files.size(file);
		}
		try (InputStream in = open(file)) {
			return in.transferTo(java.io.OutputStream.nullOutputStream());
		}
	}

	/** The few protobuf wire rules these messages need: varints and length-delimited fields; the rest is skipped. */
	static final class Proto {
		private final byte[] data;
		private final Path file;
		private int pos;
		private final int end;

		Proto(byte[] data, Path file) {
			this(data, file, 0, data.length);
		}

		private Proto(byte[] data, Path file, int pos, int end) {
			this.data = data;
			this.file = file;
			this.pos = pos;
			this.end = end;
		}

		boolean more() {
			return pos < end;
		}

		int key() {
			return (int) raw();
		}

		long varint(int key) {
			if ((key & 7) != 0) {
				throw new IllegalArgumentException("field " + (key >>> 3) + " is not a varint in " + file.getFileName());
			}
			return raw();
		}

		Proto message() {
			int length = length();
			Proto sub = new Proto(data, file, pos, pos + length);
			pos += length;
			return sub;
		}

		void skip(int key) {
			switch (key & 7) {
			case 0 -> raw();
			case 1 -> advance(8);
			case 2 -> advance(length());
			case 5 -> advance(4);
			default -> throw new IllegalArgumentException("unknown wire type " + (key & 7));
			}
		}

		private int length() {
			long length = raw();
			if (length < 0 || length > end - pos) {
				throw new IllegalArgumentException("a field of " + length + " bytes where " + (end - pos) + " are left");
			}
			return (int) length;
		}

		private void advance(int n) {
			if (n > end - pos) {
				throw new IllegalArgumentException("a field runs past its message");
			}
			pos += n;
		}

		private long raw() {
			long value = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				if (pos >= end) {
					throw new IllegalArgumentException("a varint runs past its message");
				}
				byte b = data[pos++];
				value |= (long) (b & 0x7f) << shift;
				if (b >= 0) {
					return value;
				}
			}
			throw new IllegalArgumentException("a varint longer than 10 bytes");
		}
	}
}

package drover.protocol;

/**
 * What a CRIU image is made of, read by the agent from the image itself after the dump: the memory pages by the
 * kind of mapping they belong to, and the rest of the image. Bytes, as CRIU wrote them (before any compression).
 * <ul>
 * <li>{@code heapBytes}: pages of the {@code [heap]} mapping (memory from brk; malloc's large blocks are mmap'ed and
 * count as anonymous private);</li>
 * <li>{@code stackBytes}: pages of the main thread's {@code [stack]};</li>
 * <li>{@code anonSharedBytes}: shared anonymous memory (MAP_SHARED|MAP_ANONYMOUS, memfd), dumped once per segment
 * however many processes of the tree map it;</li>
 * <li>{@code anonPrivateBytes}: other private anonymous memory (mmap'ed malloc blocks, JVM heaps, thread stacks);</li>
 * <li>{@code privateFileBytes}: pages of privately mapped files that the process changed (copy-on-write: data
 * segments, relocations), the only file pages CRIU has to dump;</li>
 * <li>{@code otherPagesBytes}: pages of any other mapping (vDSO, System V shared memory, AIO rings...);</li>
 * <li>{@code metadataBytes}: CRIU's descriptions of the tree (cores, mappings, page maps, descriptors, sockets...);</li>
 * <li>{@code fileBytes}: contents of files CRIU carries in the image (deleted files still open, tmpfs contents).</li>
 * </ul>
 * Pages a post-copy dump left for the target to fetch are counted where they belong, as part of what moves.
 * {@code processes} and {@code mappings} say how much of the tree was read. A record without it (an older agent,
 * or an image that could not be read) says nothing about it: shown as "not recorded".
 */
public record ImageComposition(long heapBytes, long stackBytes, long anonSharedBytes, long anonPrivateBytes,
		long privateFileBytes, long otherPagesBytes, long metadataBytes, long fileBytes, int processes, int mappings) {

	/** The memory pages of every kind. */
	public long pagesBytes() {
		return heapBytes + stackBytes + anonSharedBytes + anonPrivateBytes + privateFileBytes + otherPagesBytes;
	}

	/** The whole image. */
	public long totalBytes() {
		return pagesBytes() + metadataBytes + fileBytes;
	}
}

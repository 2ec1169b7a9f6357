package drover.ui.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import drover.model.CheckpointImage;
import drover.model.Migration;

/**
 * What the images of some records are made of, as the report viewer's rows: the memory pages by kind of mapping,
 * then the rest of the image, each with its size and share of the whole, summed over the records whose agent read
 * it. Records without an image, or whose agent did not read it (older agents), are counted apart as "not recorded".
 * Plain data, so that a test reads exactly what the table shows.
 */
public final class CompositionRows {

	/** One row: the kind, its bytes, its share of the images (0..1). */
	public record Row(String kind, long bytes, double share) {
	}

	/** The kinds, in the order shown, with where each lives in the model. */
	private enum Kind {
		HEAP("Heap (brk)", CheckpointImage::getHeapPagesSize),
		STACK("Stack", CheckpointImage::getStackPagesSize),
		ANON_SHARED("Anonymous shared", CheckpointImage::getAnonSharedPagesSize),
		ANON_PRIVATE("Anonymous private (mmap)", CheckpointImage::getAnonPrivatePagesSize),
		PRIVATE_FILE("Private file-backed", CheckpointImage::getPrivateFilePagesSize),
		OTHER("Other pages", CheckpointImage::getOtherPagesSize),
		METADATA("Metadata (CRIU's descriptions)", CheckpointImage::getMetadataSize),
		FILES("Files carried in the image", CheckpointImage::getFileContentsSize);

		final String label;
		final ToLongFunction<CheckpointImage> bytes;

		Kind(String label, ToLongFunction<CheckpointImage> bytes) {
			this.label = label;
			this.bytes = bytes;
		}
	}

	public static final String NOT_RECORDED = "not recorded";

	private final List<Row> rows;
	private final int recorded;
	private final int notRecorded;

	private CompositionRows(List<Row> rows, int recorded, int notRecorded) {
		this.rows = rows;
		this.recorded = recorded;
		this.notRecorded = notRecorded;
	}

	public static CompositionRows of(List<Migration> records) {
		long[] bytes = new long[Kind.values().length];
		int recorded = 0;
		int notRecorded = 0;
		for (Migration m : records) {
			CheckpointImage image = m.getImage();
			if (image == null || !image.isCompositionRecorded()) {
				notRecorded++;
				continue;
			}
			recorded++;
			for (Kind k : Kind.values()) {
				bytes[k.ordinal()] += k.bytes.applyAsLong(image);
			}
		}
		long total = 0;
		for (long b : bytes) {
			total += b;
		}
		List<Row> rows = new ArrayList<>();
		if (recorded > 0) {
			for (Kind k : Kind.values()) {
				rows.add(new Row(k.label, bytes[k.ordinal()], total == 0 ? 0 : bytes[k.ordinal()] / (double) total));
			}
			rows.add(new Row("Total", total, total == 0 ? 0 : 1));
		}
		return new CompositionRows(List.copyOf(rows), recorded, notRecorded);
	}

	/** The rows, the total last; empty when no record has its composition. */
	public List<Row> rows() {
		return rows;
	}

	/** What the rows are of: "mig-x (PID 7, a → b)", "3 records", and how many lack it. */
	public String headline(List<Migration> records) {
		String of = records.size() == 1 ? records.get(0).getId() + " (PID " + records.get(0).getPid() + ", "
				+ records.get(0).getSourceHost() + " \u2192 " + records.get(0).getTargetHost() + ")" : records.size() + " records";
		if (recorded == 0) {
			return "Image composition of " + of + ": " + NOT_RECORDED + (records.size() == 1 && records.get(0).getImage() == null
					? " (no image)" : " (made by an agent that does not read it, or the image could not be read)");
		}
		return "Image composition of " + of + (notRecorded > 0 ? "; " + notRecorded + " of them " + NOT_RECORDED : "");
	}

	/** A size as the table shows it. */
	public static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KiB", bytes / 1024.0);
		}
		return String.format("%.1f MiB", bytes / (1024.0 * 1024));
	}
}

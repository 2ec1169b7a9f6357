package drover.ui.internal.charts;

import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

import drover.model.CheckpointImage;
import drover.model.Migration;

/**
 * What a migration's checkpoint image is made of, in MiB: memory pages and everything else (file,
 * socket and task state); where the agent read the image's composition, its pages by kind of mapping
 * and the rest as metadata and carried files instead. One category per migration that has an image.
 */
public final class ImageDataset {

	public static final String MEMORY_PAGES = "Memory pages";
	public static final String OTHER = "Other";
	public static final String HEAP = "Heap";
	public static final String STACK = "Stack";
	public static final String ANON_SHARED = "Anonymous shared";
	public static final String ANON_PRIVATE = "Anonymous private";
	public static final String PRIVATE_FILE = "Private file";
	public static final String OTHER_PAGES = "Other pages";
	public static final String METADATA = "Metadata";
	public static final String FILES = "Files";

	private ImageDataset() {
	}

	public static DefaultCategoryDataset of(List<Migration> migrations) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Migration m : migrations) {
			CheckpointImage image = m.getImage();
			if (image != null && image.isCompositionRecorded()) {
				dataset.addValue(Units.mib(image.getHeapPagesSize()), HEAP, m.getId());
				dataset.addValue(Units.mib(image.getStackPagesSize()), STACK, m.getId());
				dataset.addValue(Units.mib(image.getAnonSharedPagesSize()), ANON_SHARED, m.getId());
				dataset.addValue(Units.mib(image.getAnonPrivatePagesSize()), ANON_PRIVATE, m.getId());
				dataset.addValue(Units.mib(image.getPrivateFilePagesSize()), PRIVATE_FILE, m.getId());
				dataset.addValue(Units.mib(image.getOtherPagesSize()), OTHER_PAGES, m.getId());
				dataset.addValue(Units.mib(image.getMetadataSize()), METADATA, m.getId());
				dataset.addValue(Units.mib(image.getFileContentsSize()), FILES, m.getId());
			} else if (image != null) {
				dataset.addValue(Units.mib(image.getMemoryPagesSize()), MEMORY_PAGES, m.getId());
				dataset.addValue(Units.mib(image.getOtherSize()), OTHER, m.getId());
			}
		}
		return dataset;
	}
}

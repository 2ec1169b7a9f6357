package drover.ui.internal.charts;

import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

import drover.model.CheckpointImage;
import drover.model.Migration;

/**
 * What a migration's checkpoint image is made of, in MiB: memory pages and everything else (file,
 * socket and task state). One category per migration that has an image.
 */
public final class ImageDataset {

	public static final String MEMORY_PAGES = "Memory pages";
	public static final String OTHER = "Other";

	private ImageDataset() {
	}

	public static DefaultCategoryDataset of(List<Migration> migrations) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Migration m : migrations) {
			CheckpointImage image = m.getImage();
			if (image != null) {
				dataset.addValue(Units.mib(image.getMemoryPagesSize()), MEMORY_PAGES, m.getId());
				dataset.addValue(Units.mib(image.getOtherSize()), OTHER, m.getId());
			}
		}
		return dataset;
	}
}

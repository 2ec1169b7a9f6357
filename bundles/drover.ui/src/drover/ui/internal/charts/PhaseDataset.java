package drover.ui.internal.charts;

import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

import drover.model.Migration;
import drover.model.MigrationPhase;
import drover.model.PhaseCost;

/**
 * Where a migration's time went: one category per migration (its id), one series per phase (in the
 * phases' order; only phases some migration went through), valued in milliseconds. Stacked, a bar is
 * the whole migration.
 */
public final class PhaseDataset {

	private PhaseDataset() {
	}

	public static DefaultCategoryDataset of(List<Migration> migrations) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (MigrationPhase phase : MigrationPhase.VALUES) {
			if (migrations.stream().noneMatch(m -> has(m, phase))) {
				continue;
			}
			for (Migration m : migrations) {
				dataset.addValue(millis(m, phase), phase.getName(), m.getId());
			}
		}
		return dataset;
	}

	/** The milliseconds the migration spent in the phase (0 if it never got there). */
	public static long millis(Migration migration, MigrationPhase phase) {
		return migration.getPhaseCosts().stream().filter(c -> c.getPhase() == phase).mapToLong(PhaseCost::getDurationMillis)
				.sum();
	}

	private static boolean has(Migration migration, MigrationPhase phase) {
		return migration.getPhaseCosts().stream().anyMatch(c -> c.getPhase() == phase);
	}
}

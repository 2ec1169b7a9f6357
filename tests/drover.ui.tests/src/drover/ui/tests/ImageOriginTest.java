package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import drover.protocol.ImageInfo;
import drover.ui.internal.images.ImageColumn;
import drover.ui.internal.images.ImageOrigin;
import drover.ui.internal.images.Library;

/**
 * What the Images view reads from image names, as the agent makes them (CheckpointSchedules, EvacuationRun,
 * Checkpointer, MigrationService), and how it groups a series for the timeline; no hosts needed.
 */
class ImageOriginTest {

	@Test
	void theOriginComesFromTheNameTheAgentGave() {
		assertEquals(ImageOrigin.SCHEDULE, ImageOrigin.of("sched-412-1796166063475-20261201-230107-123"));
		assertEquals("sched-412-1796166063475", ImageOrigin.scheduleId("sched-412-1796166063475-20261201-230107-123"));
		assertEquals(ImageOrigin.EVACUATION, ImageOrigin.of("evac-evac-demo1-1796166063475-412"));
		assertEquals(ImageOrigin.MIGRATION, ImageOrigin.of("mig-demo1-412-1796166063475"));
		assertEquals(ImageOrigin.MIGRATION, ImageOrigin.of("fork-demo1-412-1796166063475"));
		assertEquals(ImageOrigin.CHECKPOINT, ImageOrigin.of("pid412-20261201-230107-123"));
		// a name given by hand that only looks like a schedule's is a checkpoint
		assertEquals(ImageOrigin.CHECKPOINT, ImageOrigin.of("sched-nightly"));
		assertNull(ImageOrigin.scheduleId("sched-nightly"));
	}

	@Test
	void aSeriesIsTheScheduleOrTheSameProcessOldestFirst() {
		ImageInfo a = image("sched-7-100-20261201-000001-000", 7, 3000);
		ImageInfo b = image("sched-7-100-20261201-000002-000", 7, 1000);
		ImageInfo other = image("sched-8-100-20261201-000002-000", 7, 2000);
		ImageInfo byHand = image("pid7-20261201-000003-000", 7, 4000);
		ImageInfo byHandOlder = image("pid7-20261201-000001-000", 7, 500);
		Library library = new Library("h", List.of(a, b, other, byHand, byHandOlder), List.of(), 0);
		assertEquals(List.of(byHand, a, other, b, byHandOlder), library.images(), "newest first in the table");
		assertEquals(List.of(b, a), library.series(a));
		assertEquals(List.of(byHandOlder, byHand), library.series(byHand));
	}

	@Test
	void sizesAndAgesReadAsDroverImagesPrintsThem() {
		assertEquals("1 KB", ImageColumn.size(1));
		assertEquals("1000 KB", ImageColumn.size(1000 * 1024));
		assertEquals("1.6 MB", ImageColumn.size(1640 * 1024));
		assertEquals("71.4 MB", ImageColumn.size(74_842_000));
		assertEquals("59 s", ImageColumn.age(59_999));
		assertEquals("2 h 5 min", ImageColumn.age((2 * 3600 + 5 * 60) * 1000L));
	}

	private static ImageInfo image(String name, int pid, long createdAt) {
		return new ImageInfo(name, pid, List.of(pid), "sleep 100", createdAt, "4.2.1", List.of(), 100, 10, 110, List.of());
	}
}

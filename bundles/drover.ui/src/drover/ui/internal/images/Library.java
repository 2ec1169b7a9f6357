package drover.ui.internal.images;

import java.util.Comparator;
import java.util.List;

import drover.protocol.ImageInfo;

/**
 * What a host's agent said of its library at one moment: its images (newest first) and its checkpoint schedules.
 * Immutable; the Images view shows the latest one.
 */
public record Library(String host, List<ImageInfo> images, List<CheckpointSchedule> schedules, long fetchedAt) {

	public Library {
		images = images.stream().sorted(Comparator.comparingLong(ImageInfo::createdAt).reversed()).toList();
		schedules = List.copyOf(schedules);
	}

	public ImageInfo image(String name) {
		return images.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The checkpoints of the same series as {@code image}, oldest first: its schedule's runs when a schedule took it,
	 * else every image of the same process (root PID and command) on this host.
	 */
	public List<ImageInfo> series(ImageInfo image) {
		String schedule = ImageOrigin.scheduleId(image.name());
		if (schedule != null) {
			return scheduled(schedule);
		}
		return images.stream().filter(i -> ImageOrigin.scheduleId(i.name()) == null && i.pid() == image.pid()
				&& String.valueOf(i.command()).equals(String.valueOf(image.command())))
				.sorted(Comparator.comparingLong(ImageInfo::createdAt)).toList();
	}

	/** A schedule's images, oldest first. */
	public List<ImageInfo> scheduled(String scheduleId) {
		return images.stream().filter(i -> scheduleId.equals(ImageOrigin.scheduleId(i.name())))
				.sorted(Comparator.comparingLong(ImageInfo::createdAt)).toList();
	}
}

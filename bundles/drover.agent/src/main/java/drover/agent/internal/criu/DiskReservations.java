package drover.agent.internal.criu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.LongSupplier;

/**
 * Disk the target's pre-flight reserved for incoming images, one reservation per migration (or library image),
 * keyed by its ID. A reservation is what lets a transfer in and how much: {@link ImageReceiver} caps the transfer
 * at it. Room still owed to others' reservations (reserved, not yet written) counts as taken when the next
 * pre-flight looks at the free disk, so two migrations cannot both be promised the same gigabytes.
 * <p>
 * A reservation lives as long as what it is bound to: the migration's incoming slot or the image's
 * {@code expect-image}, both held open by their caller's SSH channel ({@link TargetRequests} releases it when that
 * channel ends), and it goes with the migration's end here ({@code migration-abort}, a failed transfer, the image
 * deleted). A reservation whose holder is gone and that no transfer is using lapses after {@link #lapseMillis}
 * (-Ddrover.agent.reservationLapseMillis, 10 minutes by default), so a lost release never keeps the disk.
 */
public final class DiskReservations {

	/** One migration's reservation; {@link #written} counts what its transfer has put on disk so far. */
	public static final class Reservation {
		final String id;
		final long bytes;
		final AtomicLong written = new AtomicLong();
		volatile long lastUse;
		volatile boolean inUse;

		Reservation(String id, long bytes, long now) {
			this.id = id;
			this.bytes = bytes;
			this.lastUse = now;
		}

		public long bytes() {
			return bytes;
		}

		/** Reserved and not yet written: what others cannot have. */
		long owed() {
			return Math.max(0, bytes - written.get());
		}
	}

	private final Map<String, Reservation> held = new LinkedHashMap<>();
	private final LongSupplier clock;
	private final long lapseMillis;
	/** Is the reservation's holder (its incoming slot, its expected image) still there? */
	private volatile Predicate<String> holderAlive = id -> false;

	public DiskReservations(LongSupplier clock, long lapseMillis) {
		this.clock = clock;
		this.lapseMillis = lapseMillis;
	}

	public static DiskReservations fromProperties() {
		return new DiskReservations(System::currentTimeMillis, Long.getLong("drover.agent.reservationLapseMillis", 10 * 60_000L));
	}

	void holders(Predicate<String> alive) {
		this.holderAlive = alive;
	}

	/** Is there something here a reservation for {@code id} could be bound to (its slot, its expected image)? */
	boolean bound(String id) {
		return holderAlive.test(id);
	}

	/**
	 * Reserves {@code bytes} for {@code id} if they fit in {@code free} beside what others' reservations still owe;
	 * a second pre-flight of the same migration replaces its reservation. Answers null when reserved, else why not.
	 */
	public synchronized String reserve(String id, long bytes, long free) {
		lapse();
		long owed = 0;
		List<String> others = new java.util.ArrayList<>();
		for (Reservation r : held.values()) {
			if (!r.id.equals(id) && r.owed() > 0) {
				owed += r.owed();
				others.add(r.id + " (" + mb(r.owed()) + " MB)");
			}
		}
		if (bytes > free - owed) {
			return "needs " + mb(bytes) + " MB for the image (its estimate and a margin), " + mb(free) + " MB free"
					+ (owed > 0 ? ", of which " + mb(owed) + " MB are reserved for transfers under way: " + String.join(", ", others)
							+ ". Wait until they end, free disk, or choose another target" : ". Free disk, or choose another target");
		}
		held.put(id, new Reservation(id, bytes, clock.getAsLong()));
		return null;
	}

	/** The reservation of {@code id}, marked in use until {@link #done}; null when there is none. */
	public synchronized Reservation use(String id) {
		lapse();
		Reservation r = held.get(id);
		if (r != null) {
			r.inUse = true;
			r.written.set(0);
		}
		return r;
	}

	/** A transfer on {@code r} ended (kept or not): it may lapse again from now. */
	public void done(Reservation r) {
		if (r != null) {
			r.lastUse = clock.getAsLong();
			r.inUse = false;
		}
	}

	/** What all reservations other than {@code id}'s still owe (for a transfer without a reservation of its own). */
	public synchronized long owedExcept(String id) {
		lapse();
		return held.values().stream().filter(r -> !r.id.equals(id)).mapToLong(Reservation::owed).sum();
	}

	public synchronized void release(String id) {
		held.remove(id);
	}

	public synchronized Map<String, Long> snapshot() {
		lapse();
		Map<String, Long> out = new LinkedHashMap<>();
		held.values().forEach(r -> out.put(r.id, r.bytes));
		return out;
	}

	private void lapse() {
		long now = clock.getAsLong();
		held.values().removeIf(r -> !r.inUse && !holderAlive.test(r.id) && now - r.lastUse > lapseMillis);
	}

	private static long mb(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}
}

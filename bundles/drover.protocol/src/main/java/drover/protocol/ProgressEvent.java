package drover.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One progress event, a JSON line on a request's stderr (stdout carries only the answer's envelope). A phase
 * event names the phase and says what happens; a transfer event counts bytes; a queue event gives the
 * position of a migration waiting for a slot (1 = next).
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record ProgressEvent(Type type, String migration, Phase phase, String message, long bytes, long total,
		long millis, int queuePosition, long at) {

	public enum Type {
		PHASE, TRANSFER, QUEUE, END
	}

	public static ProgressEvent phase(String migration, Phase phase, String message) {
		return new ProgressEvent(Type.PHASE, migration, phase, message, 0, 0, 0, 0, System.currentTimeMillis());
	}

	public static ProgressEvent transfer(long bytes, long total, long millis) {
		return new ProgressEvent(Type.TRANSFER, null, null, null, bytes, total, millis, 0, System.currentTimeMillis());
	}

	public static ProgressEvent queued(String migration, int position, String message) {
		return new ProgressEvent(Type.QUEUE, migration, null, message, 0, 0, 0, position, System.currentTimeMillis());
	}

	public static ProgressEvent end(String migration, String message) {
		return new ProgressEvent(Type.END, migration, null, message, 0, 0, 0, 0, System.currentTimeMillis());
	}

	/** Bytes per second so far (0 before the first byte). */
	public double bytesPerSecond() {
		return millis <= 0 ? 0 : bytes * 1000.0 / millis;
	}

	/** Estimated time left in milliseconds, -1 when unknown. */
	public long etaMillis() {
		double rate = bytesPerSecond();
		return rate <= 0 || total <= 0 ? -1 : (long) (Math.max(0, total - bytes) * 1000 / rate);
	}
}

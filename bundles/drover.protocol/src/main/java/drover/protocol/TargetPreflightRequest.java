package drover.protocol;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A target's pre-flight ({@code preflight-target}), as the source side asks it: the tree's PIDs and pty indexes
 * that must be free there, the image's expected size and the memory it will need, whether the memory follows
 * (post-copy) and, for a transfer that is about to come, the migration (or library image) it is for. With
 * {@code reserveFor} set the target <em>reserves</em> disk for the image ({@link #reservation}: the estimate plus a
 * margin), bound to that migration's incoming slot or that image's {@code expect-image}; the transfer is then
 * capped at what was reserved, and other pre-flights see that room as taken. Without it the pre-flight only
 * checks (a planner, a console's look ahead). {@code addresses}: the tree's own addresses (A/P, {@code drover
 * launch}), which must be free on the target and made there.
 */
public record TargetPreflightRequest(List<Integer> pids, long imageBytes, long memoryBytes, boolean postCopy,
		List<Integer> ptys, List<String> addresses, String reserveFor) {

	/** The option that asks for a reservation: {@code --reserve ID}. */
	public static final String RESERVE = "--reserve";
	/** A tenth of the estimate on top of it: CRIU's metadata, page alignment, a tree that grew since the estimate. */
	public static final int MARGIN_PERCENT = 10;
	/** And at least this much: a small tree's image is mostly metadata, which no page count predicts. */
	public static final long MARGIN_MIN_BYTES = 16L << 20;

	public TargetPreflightRequest {
		pids = List.copyOf(pids);
		ptys = ptys == null ? List.of() : List.copyOf(ptys);
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
	}

	/** A tree without addresses of its own. */
	public TargetPreflightRequest(List<Integer> pids, long imageBytes, long memoryBytes, boolean postCopy, List<Integer> ptys,
			String reserveFor) {
		this(pids, imageBytes, memoryBytes, postCopy, ptys, List.of(), reserveFor);
	}

	/** What a target reserves for an image of about {@code imageBytes}: the estimate and its margin. */
	public static long reservation(long imageBytes) {
		long estimate = Math.max(0, imageBytes);
		return estimate + Math.max(MARGIN_MIN_BYTES, estimate / 100 * MARGIN_PERCENT);
	}

	/** The request line. */
	public String line() {
		// no PIDs: room only (an image copied into a library, not restored)
		StringBuilder line = new StringBuilder(Protocol.PREFLIGHT_TARGET
				+ pids.stream().map(pid -> " " + pid).collect(Collectors.joining()) + " --bytes " + imageBytes + " --memory "
				+ memoryBytes + (postCopy ? " --post-copy" : ""));
		ptys.forEach(n -> line.append(" --pty ").append(n));
		addresses.forEach(a -> line.append(" --address ").append(a));
		if (reserveFor != null) {
			line.append(' ').append(RESERVE).append(' ').append(reserveFor);
		}
		return line.toString();
	}
}

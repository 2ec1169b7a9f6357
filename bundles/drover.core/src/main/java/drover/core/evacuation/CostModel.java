package drover.core.evacuation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationPlan.Cost;
import drover.protocol.MigrationMode;
import drover.protocol.MigrationReport;
import drover.protocol.Outcome;
import drover.protocol.RecordKind;

/**
 * What a migration of so many bytes between two hosts will cost, learned from earlier cost records: per host pair
 * and mode, a least-squares line {@code time = a + bytes / throughput} for the downtime and for the whole
 * migration. Where a pair has too few records (two of different sizes are needed for a line) the source's records
 * to any target stand in, then defaults measured on the demo link (about 150 MB/s through the agents' SSH, 0.3 s
 * fixed downtime, 1.5 s fixed overhead). Built again from the records before each plan, so each migration an
 * evacuation runs teaches the next plan.
 */
public final class CostModel {

	/** SSHD's port forwarding carries about 160 MB/s on the demo link (README, Benchmarks). */
	public static final double DEFAULT_BYTES_PER_MILLI = 150_000;
	public static final long DEFAULT_DOWNTIME_MILLIS = 300;
	public static final long DEFAULT_OVERHEAD_MILLIS = 1500;

	/** A fitted line: {@code millis = intercept + bytes / bytesPerMilli}; {@code n} records behind it. */
	public record Line(double intercept, double bytesPerMilli, int n, String basis) {
		long at(long bytes) {
			return Math.round(intercept + (bytesPerMilli <= 0 ? 0 : bytes / bytesPerMilli));
		}
	}

	private record Key(String source, String target, MigrationMode mode) {
	}

	private record Sample(long bytes, long downtime, long total) {
	}

	private final Map<Key, List<Sample>> samples = new HashMap<>();
	/** Measured link speeds (bytes per millisecond) of pairs with no record of their own, by "source target". */
	private final Map<String, Double> probes = new java.util.concurrent.ConcurrentHashMap<>();

	private CostModel() {
	}

	/** The model learned from {@code records} (only finished migrations that reached their target count). */
	public static CostModel fit(List<MigrationReport> records) {
		CostModel model = new CostModel();
		for (MigrationReport r : records) {
			model.learn(r);
		}
		return model;
	}

	/** Adds one record (an evacuation's own migrations, as they end). */
	public void learn(MigrationReport r) {
		if (r == null || r.kind != RecordKind.MIGRATION || r.outcome != Outcome.DONE || r.source == null || r.target == null
				|| r.finishedAt <= r.startedAt) {
			return;
		}
		samples.computeIfAbsent(new Key(r.source, r.target, r.mode), k -> new ArrayList<>())
				.add(new Sample(r.imageBytes(), r.downtimeMillis, r.finishedAt - r.startedAt));
	}

	/** Has the model a finished migration of its own between this pair (in any mode)? */
	public boolean knowsPair(String source, String target) {
		return samples.keySet().stream().anyMatch(k -> k.source().equals(source) && k.target().equals(target));
	}

	/**
	 * Notes a probe of the pair's link ({@code bytesPerMilli} through the agents' SSH, as an image crosses): used for a
	 * pair with no record of its own, before the source's records to other hosts and the defaults.
	 */
	public void probed(String source, String target, double bytesPerMilli) {
		if (bytesPerMilli > 0) {
			probes.put(source + " " + target, bytesPerMilli);
		}
	}

	/** The predicted cost of moving a tree of {@code bytes} resident memory from {@code source} to {@code target}. */
	public Cost predict(String source, String target, EvacuationAction action, long bytes) {
		MigrationMode mode = action == EvacuationAction.MIGRATE_POSTCOPY ? MigrationMode.POST_COPY : MigrationMode.STOP_AND_COPY;
		Line total = line(source, target, mode, Sample::total, DEFAULT_OVERHEAD_MILLIS);
		long wire = Math.round(bytes / (total.bytesPerMilli() > 0 ? total.bytesPerMilli() : DEFAULT_BYTES_PER_MILLI));
		long downtime;
		if (mode == MigrationMode.POST_COPY) {
			// the memory follows the running process: the freeze does not grow with it
			List<Sample> s = pick(source, target, mode);
			downtime = s.isEmpty() ? DEFAULT_DOWNTIME_MILLIS : Math.round(s.stream().mapToLong(Sample::downtime).average().orElse(0));
		} else {
			downtime = line(source, target, mode, Sample::downtime, DEFAULT_DOWNTIME_MILLIS).at(bytes);
		}
		return new Cost(downtime, bytes, wire, Math.max(total.at(bytes), downtime), total.basis());
	}

	/** The throughput the model expects between a pair (bytes per second), for ranking and for the reasons. */
	public double throughput(String source, String target) {
		Line line = line(source, target, MigrationMode.STOP_AND_COPY, Sample::total, DEFAULT_OVERHEAD_MILLIS);
		return (line.bytesPerMilli() > 0 ? line.bytesPerMilli() : DEFAULT_BYTES_PER_MILLI) * 1000;
	}

	/** The whole-migration line for a pair, as the reasons cite it. */
	public Line totalLine(String source, String target, MigrationMode mode) {
		return line(source, target, mode, Sample::total, DEFAULT_OVERHEAD_MILLIS);
	}

	private List<Sample> pick(String source, String target, MigrationMode mode) {
		List<Sample> pair = samples.getOrDefault(new Key(source, target, mode), List.of());
		if (!pair.isEmpty()) {
			return pair;
		}
		List<Sample> fromSource = new ArrayList<>();
		samples.forEach((k, v) -> {
			if (k.source().equals(source) && k.mode() == mode) {
				fromSource.addAll(v);
			}
		});
		return fromSource;
	}

	private Line line(String source, String target, MigrationMode mode, java.util.function.ToLongFunction<Sample> y,
			long defaultIntercept) {
		List<Sample> pair = samples.getOrDefault(new Key(source, target, mode), List.of());
		Line fitted = leastSquares(pair, y, source + " -> " + target);
		if (fitted != null) {
			return fitted;
		}
		Double probe = probes.get(source + " " + target);
		if (probe != null && pair.isEmpty()) {
			return new Line(defaultIntercept, probe, 0, String.format(java.util.Locale.ROOT,
					"no history %s -> %s: probed its link at %.0f MB/s, default fixed cost", source, target, probe / 1000));
		}
		List<Sample> fromSource = new ArrayList<>();
		samples.forEach((k, v) -> {
			if (k.source().equals(source) && k.mode() == mode) {
				fromSource.addAll(v);
			}
		});
		fitted = leastSquares(fromSource, y, source + " -> any host");
		if (fitted != null) {
			return fitted;
		}
		List<Sample> some = pair.isEmpty() ? fromSource : pair;
		if (!some.isEmpty()) {
			// one size seen: its mean fixed cost, with the default throughput for the rest
			double a = some.stream().mapToDouble(s -> y.applyAsLong(s) - s.bytes() / DEFAULT_BYTES_PER_MILLI).average().orElse(0);
			return new Line(Math.max(0, a), DEFAULT_BYTES_PER_MILLI, some.size(), some.size() + " record(s) "
					+ (pair.isEmpty() ? source + " -> any host" : source + " -> " + target) + " of one size, default throughput");
		}
		return new Line(defaultIntercept, DEFAULT_BYTES_PER_MILLI, 0, "no history: defaults (150 MB/s)");
	}

	/**
	 * Ordinary least squares of y on bytes; null with fewer than two distinct sizes or a line that makes no sense
	 * (more bytes cheaper: noise on small images), so the caller falls back.
	 */
	static Line leastSquares(List<Sample> s, java.util.function.ToLongFunction<Sample> y, String pair) {
		int n = s.size();
		if (n < 2) {
			return null;
		}
		double mx = s.stream().mapToDouble(Sample::bytes).average().orElse(0);
		double my = s.stream().mapToDouble(y::applyAsLong).average().orElse(0);
		double sxx = 0;
		double sxy = 0;
		for (Sample p : s) {
			sxx += (p.bytes() - mx) * (p.bytes() - mx);
			sxy += (p.bytes() - mx) * (y.applyAsLong(p) - my);
		}
		if (sxx <= 0 || sxy <= 0) {
			return null;
		}
		double slope = sxy / sxx; // millis per byte
		double intercept = Math.max(0, my - slope * mx);
		return new Line(intercept, 1 / slope, n, "fitted from " + n + " record(s) " + pair);
	}

	/** For tests and reports: a line fitted on (bytes, millis) points directly. */
	public static Line fitPoints(long[] bytes, long[] millis) {
		List<Sample> s = new ArrayList<>();
		for (int i = 0; i < bytes.length; i++) {
			s.add(new Sample(bytes[i], millis[i], millis[i]));
		}
		return leastSquares(s, Sample::total, "points");
	}
}

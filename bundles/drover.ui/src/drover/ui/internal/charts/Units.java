package drover.ui.internal.charts;

/** The units the charts show: sizes in MiB, throughput in MiB/s. */
public final class Units {

	private static final double MIB = 1024.0 * 1024.0;

	private Units() {
	}

	public static double mib(long bytes) {
		return bytes / MIB;
	}

	public static double mibPerSecond(double bytesPerSecond) {
		return bytesPerSecond / MIB;
	}
}

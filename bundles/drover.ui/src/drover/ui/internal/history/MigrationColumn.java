package drover.ui.internal.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import drover.model.Migration;
import drover.ui.internal.charts.Units;

/** The columns of a table of migration records, each with its header, width and cell text. */
public enum MigrationColumn {

	STATE("State", 240, MigrationColumn::state),
	HOSTS("Source \u2192 Target", 170, m -> m.getSourceHost() + " \u2192 " + m.getTargetHost()),
	PID("PID", 70, m -> Integer.toString(m.getPid())),
	COMMAND("Command", 200, m -> m.getCommand() == null ? "" : m.getCommand()),
	DOWNTIME("Downtime", 90, m -> m.getDowntimeMillis() > 0 ? m.getDowntimeMillis() + " ms" : ""),
	IMAGE("Image", 90, m -> m.getImage() == null ? "" : String.format("%.1f MiB", Units.mib(m.getImage().getTotalSize()))),
	THROUGHPUT("Throughput", 100, m -> m.getThroughput() > 0 ? String.format("%.1f MiB/s", Units.mibPerSecond(m.getThroughput())) : ""),
	STARTED("Started", 150, MigrationColumn::started);

	private final String header;
	private final int width;
	private final Function<Migration, String> text;

	MigrationColumn(String header, int width, Function<Migration, String> text) {
		this.header = header;
		this.width = width;
		this.text = text;
	}

	public String header() {
		return header;
	}

	int width() {
		return width;
	}

	public String text(Migration migration) {
		return text.apply(migration);
	}

	private static String started(Migration m) {
		return m.getStartedAt() > 0 ? Time.FORMAT.format(Instant.ofEpochMilli(m.getStartedAt())) : "";
	}

	private static final class Time {
		static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
	}

	private static String state(Migration m) {
		String kind = m.getKind() == null ? "" : m.getKind().getName().toLowerCase(java.util.Locale.ROOT);
		LiveStatus live = LiveStatus.of(m);
		if (live != null && m.getPhase() != null) {
			return kind + " " + live.describe(m.getPhase());
		}
		String phase = m.getPhase() == null ? "" : m.getPhase().getName();
		if (m.getFailurePhase() != null && m.getPhase() == drover.model.MigrationPhase.FAILED) {
			phase += " in " + m.getFailurePhase().getName();
		}
		return kind + " " + phase;
	}
}

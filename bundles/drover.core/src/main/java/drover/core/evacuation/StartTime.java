package drover.core.evacuation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When {@code --at} means: an ISO-8601 date-time ({@code 2026-12-24T02:00:00Z}, with an offset, or local), {@code
 * HH:MM} today (tomorrow if that time has passed: "at 02:00" said at 23:00 means tonight), or {@code +30s},
 * {@code +10m}, {@code +2h}, {@code +1d} from now. Read where the operator is (their time zone), sent to the agent
 * as an instant.
 */
public final class StartTime {

	private static final Pattern RELATIVE = Pattern.compile("\\+(\\d+)([smhd])");
	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

	private StartTime() {
	}

	public static Instant parse(String at, Instant now, ZoneId zone) {
		String s = at.trim();
		Matcher m = RELATIVE.matcher(s);
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			Duration d = switch (m.group(2)) {
			case "s" -> Duration.ofSeconds(n);
			case "m" -> Duration.ofMinutes(n);
			case "h" -> Duration.ofHours(n);
			default -> Duration.ofDays(n);
			};
			return now.plus(d);
		}
		m = CLOCK.matcher(s);
		if (m.matches()) {
			int h = Integer.parseInt(m.group(1));
			int min = Integer.parseInt(m.group(2));
			if (h > 23 || min > 59) {
				throw new IllegalArgumentException("--at " + at + ": not a time of day (HH:MM, 00:00 to 23:59)");
			}
			ZonedDateTime today = now.atZone(zone).with(LocalTime.of(h, min));
			return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
		}
		try {
			return OffsetDateTime.parse(s).toInstant();
		} catch (DateTimeParseException e) {
			// no offset: the operator's local time
		}
		try {
			return LocalDateTime.parse(s).atZone(zone).toInstant();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--at " + at + ": not a time Drover reads. Give an ISO-8601 date-time"
					+ " (2026-12-24T02:00, 2026-12-24T02:00:00Z), HH:MM for today, or +30s / +10m / +2h / +1d from now.");
		}
	}
}
